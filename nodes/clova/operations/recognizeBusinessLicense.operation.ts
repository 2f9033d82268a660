import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../core/description/output';
import { fromClovaBizLicense } from '../normalise/businessLicense';
import type { OcrResult } from '../../core/output';
import { clovaBizLicenseResponse } from '../documentSchemas';
import { sourceOf } from '../../core/output/source';
import { clovaDocumentOptions, sendToClovaDocument } from './documentRequest';

const properties: INodeProperties[] = [
	...inputProperties(
		'JPG or PNG; PDF or TIFF of a single page',
		'n8n downloads the file and uploads it to CLOVA (Document OCR takes no URLs)',
	),
	outputProperty(['fields', 'document', 'raw']),
	optionsCollection([
		...clovaDocumentOptions,
		minConfidenceOption,
		includeBoxesOption,
		keepBinaryOption,
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['clovaOcr'], operation: ['recognizeBusinessLicense'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const { input, image, raw } = await sendToClovaDocument(
		this,
		itemIndex,
		'biz-license',
		clovaBizLicenseResponse,
	);
	return {
		document: fromClovaBizLicense(image),
		raw,
		source: sourceOf(input),
	};
}

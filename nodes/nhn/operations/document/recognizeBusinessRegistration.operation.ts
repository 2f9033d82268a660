import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../../core/description/output';
import { nhnBusinessLimits } from '../../limits';
import { fromNhnBusiness } from '../../normalise/document';
import type { OcrResult } from '../../../core/output';
import { nhnBusinessResult } from '../../schemas';
import { callNhn } from '../../calls';
import { sourceOf } from '../../../core/output/source';
import { readDocumentFile } from '../../../core/input/documentFile';
import { verifyBusinessProperty, withBusinessStatus } from './verifyBusiness';

const properties = [
	...inputProperties(
		'PDF, JPG or PNG, up to 20 MB; at least 1280×720 px for best results',
		'n8n downloads the file and uploads it to NHN',
	),
	outputProperty(['fields', 'document', 'raw']),
	verifyBusinessProperty,
	optionsCollection([minConfidenceOption, includeBoxesOption, keepBinaryOption]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['nhnDocumentOcr'], operation: ['recognizeBusinessRegistration'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const { file, url } = await readDocumentFile(this, itemIndex, nhnBusinessLimits);
	const { result, raw } = await callNhn(
		this,
		itemIndex,
		'/business',
		{ kind: 'file', file },
		nhnBusinessResult,
	);
	const source = sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file);
	return await withBusinessStatus(this, itemIndex, {
		document: fromNhnBusiness(result),
		raw,
		source,
	});
}

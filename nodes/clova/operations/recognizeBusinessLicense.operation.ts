import { inputProperties } from '../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	markdownConfidencesOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../core/description/output';
import { defineOperation } from '../../core/node/operation';
import type { OutputShape } from '../../core/output/options';
import { sourceOf } from '../../core/output/source';
import { clovaBizLicenseResponse } from '../documentSchemas';
import { clovaDocumentLimits } from '../limits';
import { fromClovaBizLicense } from '../normalise/businessLicense';
import { clovaDocumentOptions, sendToClovaDocument } from './documentRequest';
import { readClovaOptions } from './request';

const outputs: OutputShape[] = ['fields', 'document', 'markdown', 'raw'];

export const recognizeBusinessLicense = defineOperation({
	properties: [
		...inputProperties(
			clovaDocumentLimits,
			'JPG or PNG; PDF or TIFF of a single page',
			'n8n downloads the file and uploads it to CLOVA (Document OCR takes no URLs)',
		),
		outputProperty(outputs),
		optionsCollection([
			...clovaDocumentOptions,
			minConfidenceOption,
			includeBoxesOption,
			keepBinaryOption,
			markdownConfidencesOption,
		]),
	],
	outputs,
	input: { limits: clovaDocumentLimits, urls: 'node' },
	readOwn: (values) => ({ clova: readClovaOptions(values) }),
	async run(item) {
		const { input, image, raw } = await sendToClovaDocument(
			item,
			'biz-license',
			clovaBizLicenseResponse,
		);
		return { document: fromClovaBizLicense(image), raw, source: sourceOf(input) };
	},
});

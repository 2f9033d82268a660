import { inputProperties } from '../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	markdownConfidencesOption,
	maskCardNumberOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../core/description/output';
import { fromClovaReceipt } from '../normalise/receipt';
import { defineOperation } from '../../core/node/operation';
import type { OutputShape } from '../../core/output/options';
import { clovaDocumentLimits } from '../limits';
import { clovaReceiptResponse } from '../documentSchemas';
import { sourceOf } from '../../core/output/source';
import { clovaDocumentOptions, sendToClovaDocument } from './documentRequest';
import { readClovaOptions } from './request';

const outputs: OutputShape[] = ['tableRows', 'document', 'fields', 'markdown', 'raw'];

const output = outputProperty(outputs);
output.options = output.options?.map((option) =>
	'value' in option && option.value === 'tableRows'
		? {
				...option,
				name: 'One Item per Line Item',
				description:
					'Each purchased item as an item: name, count, unitPrice, price, with the store and date — ready for a sheet',
			}
		: option,
);

export const recognizeReceipt = defineOperation({
	properties: [
		...inputProperties(
			clovaDocumentLimits,
			'JPG or PNG; PDF or TIFF of a single page',
			'n8n downloads the file and uploads it to CLOVA (Document OCR takes no URLs)',
		),
		output,
		optionsCollection([
			...clovaDocumentOptions,
			maskCardNumberOption,
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
		const { input, image, raw } = await sendToClovaDocument(item, 'receipt', clovaReceiptResponse);
		return {
			document: fromClovaReceipt(image),
			raw,
			source: sourceOf(input),
		};
	},
});

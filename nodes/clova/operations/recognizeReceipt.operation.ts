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
import { asBoolean } from '../../core/values/read';
import { clovaDocumentLimits } from '../limits';
import { clovaReceiptResponse } from '../documentSchemas';
import { maskDigits } from '../../core/privacy/cardNumbers';
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

interface RawReceiptAnswer {
	images?: Array<{
		receipt?: {
			result?: { paymentInfo?: { cardInfo?: { number?: unknown } | null } | null } | null;
		} | null;
	}>;
}

/** The Raw Response shows the card number no more than the other outputs do. */
function maskedRaw(raw: unknown): unknown {
	const copy = structuredClone(raw) as RawReceiptAnswer;
	for (const image of copy.images ?? []) {
		const number = image.receipt?.result?.paymentInfo?.cardInfo?.number;
		for (const field of Array.isArray(number) ? number : [number]) {
			if (!field || typeof field !== 'object') continue;
			const printed = field as { text?: unknown; formatted?: { value?: unknown } | null };
			if (typeof printed.text === 'string') printed.text = maskDigits(printed.text, 4);
			if (printed.formatted && typeof printed.formatted.value === 'string')
				printed.formatted.value = maskDigits(printed.formatted.value, 4);
		}
	}
	return copy;
}

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
	readOwn: (values) => ({
		clova: readClovaOptions(values),
		mask: asBoolean(values.option('maskCardNumber'), 'Mask Card Number', true),
	}),
	async run(item) {
		const { mask } = item.params.own;
		const { input, image, raw } = await sendToClovaDocument(item, 'receipt', clovaReceiptResponse);
		return {
			document: fromClovaReceipt(image, mask),
			raw: mask ? maskedRaw(raw) : raw,
			source: sourceOf(input),
		};
	},
});

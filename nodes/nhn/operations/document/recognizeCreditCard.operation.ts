import { inputProperties } from '../../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	markdownConfidencesOption,
	maskCardNumberOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../../core/description/output';
import { nhnCreditCardLimits } from '../../limits';
import { maskCardLikeDeep, maskDigits } from '../../../core/privacy/cardNumbers';
import { asBoolean } from '../../../core/values/read';
import { fromNhnCreditCard } from '../../normalise/document';
import { documentFile } from '../../../core/transport/documentFile';
import { defineOperation } from '../../../core/node/operation';
import type { OutputShape } from '../../../core/output/options';
import { nhnCreditCardResult, type NhnCreditCardResult } from '../../schemas';
import { callNhn } from '../../calls';
import { sourceOf } from '../../../core/output/source';
import { readNhnParameters } from '../../authentication';

/**
 * The raw answer gets the same masking as the model, so "Raw Response" never shows more than the other outputs; then
 * every other card-number-like value in it, known field or not, is masked too.
 */
function maskedRaw(raw: unknown, result: NhnCreditCardResult): unknown {
	const envelope = raw as { result?: Record<string, unknown> };
	const last = result.cardNums.length - 1;
	return maskCardLikeDeep({
		...envelope,
		result: {
			...envelope.result,
			totalCardNum:
				result.totalCardNum === undefined ? undefined : maskDigits(result.totalCardNum, 4),
			cardNums: result.cardNums.map((group, index) => ({
				...group,
				value: maskDigits(group.value, index === last ? 4 : 0),
			})),
		},
	});
}

const outputs: OutputShape[] = ['fields', 'document', 'markdown', 'raw'];

export const recognizeCreditCard = defineOperation({
	properties: [
		...inputProperties(
			nhnCreditCardLimits,
			'JPG or PNG, up to 20 MB; at least 760×480 px for best results',
			'n8n downloads the file and uploads it to NHN',
		),
		outputProperty(outputs),
		optionsCollection([
			maskCardNumberOption,
			minConfidenceOption,
			includeBoxesOption,
			keepBinaryOption,
			markdownConfidencesOption,
		]),
	],
	outputs,
	input: { limits: nhnCreditCardLimits, urls: 'node' },
	readOwn: (values) => ({
		...readNhnParameters(values),
		mask: asBoolean(values.option('maskCardNumber'), 'Mask Card Number', true),
	}),
	async run(item) {
		const { file, url } = await documentFile(item, nhnCreditCardLimits);
		const { result, raw } = await callNhn(
			item,
			'/credit-card',
			{ kind: 'file', file },
			nhnCreditCardResult,
		);
		const { mask } = item.params.own;
		return {
			document: fromNhnCreditCard(result, mask),
			raw: mask ? maskedRaw(raw, result) : raw,
			source: sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file),
		};
	},
});

import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	maskCardNumberOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../../core/description/output';
import { nhnCreditCardLimits } from '../../limits';
import { maskCardLikeDeep, maskDigits } from '../../../core/privacy/cardNumbers';
import { asBoolean, readOptions } from '../../../core/values/parameters';
import { fromNhnCreditCard } from '../../normalise/document';
import type { OcrResult } from '../../../core/output';
import { nhnCreditCardResult, type NhnCreditCardResult } from '../../schemas';
import { callNhn } from '../../calls';
import { sourceOf } from '../../../core/output/source';
import { readDocumentFile } from '../../../core/input/documentFile';

const properties = [
	...inputProperties(
		'JPG or PNG, up to 20 MB; at least 760×480 px for best results',
		'n8n downloads the file and uploads it to NHN',
	),
	outputProperty(['fields', 'document', 'raw']),
	optionsCollection([
		maskCardNumberOption,
		minConfidenceOption,
		includeBoxesOption,
		keepBinaryOption,
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['nhnDocumentOcr'], operation: ['recognizeCreditCard'] } },
	properties,
);

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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const { file, url } = await readDocumentFile(this, itemIndex, nhnCreditCardLimits);
	const mask = asBoolean(
		this,
		itemIndex,
		readOptions(this, itemIndex).maskCardNumber,
		'Mask Card Number',
		true,
	);
	const { result, raw } = await callNhn(
		this,
		itemIndex,
		'/credit-card',
		{ kind: 'file', file },
		nhnCreditCardResult,
	);
	const source = sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file);
	return {
		document: fromNhnCreditCard(result, mask),
		raw: mask ? maskedRaw(raw, result) : raw,
		source,
	};
}

import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../description/output';
import { nhnCreditCardLimits } from '../../input/nhnLimits';
import { maskDigits } from '../../input/cardNumber';
import { fromNhnCreditCard } from '../../model/nhnDocument';
import type { OcrResult } from '../../output';
import { nhnCreditCardResult, type NhnCreditCardResult } from '../../parse/nhn';
import { callNhn } from '../../transport/nhn';
import { sourceOf } from '../source';
import { readDocumentFile } from './fileInput';

const properties = [
	...inputProperties(
		'JPG or PNG, up to 20 MB; at least 760×480 px for best results',
		'n8n downloads the file and uploads it to NHN',
	),
	outputProperty(['fields', 'document', 'raw']),
	optionsCollection([
		{
			displayName: 'Mask Card Number',
			name: 'maskCardNumber',
			type: 'boolean',
			default: true,
			description:
				'Whether to replace all but the last four digits of the card number with * in every output',
		},
		minConfidenceOption,
		includeBoxesOption,
		keepBinaryOption,
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['nhnDocumentOcr'], operation: ['recognizeCreditCard'] } },
	properties,
);

/** The raw answer gets the same masking as the model, so "Raw Response" never shows more than the other outputs. */
function maskedRaw(raw: unknown, result: NhnCreditCardResult): unknown {
	const envelope = raw as { result?: Record<string, unknown> };
	const last = result.cardNums.length - 1;
	return {
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
	};
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const { file, url } = await readDocumentFile(this, itemIndex, nhnCreditCardLimits);
	const mask =
		(this.getNodeParameter('options', itemIndex, {}) as { maskCardNumber?: boolean })
			.maskCardNumber !== false;
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

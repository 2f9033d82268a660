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
import { fromNhnCreditCard } from '../../normalise/document';
import { documentFile } from '../../../core/transport/documentFile';
import { defineOperation } from '../../../core/node/operation';
import type { OutputShape } from '../../../core/output/options';
import { nhnCreditCardResult } from '../../schemas';
import { callNhn } from '../../calls';
import { sourceOf } from '../../../core/output/source';
import { readNhnParameters } from '../../authentication';

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
	readOwn: readNhnParameters,
	async run(item) {
		const { file, url } = await documentFile(item, nhnCreditCardLimits);
		const { result, raw } = await callNhn(
			item,
			'/credit-card',
			{ kind: 'file', file },
			nhnCreditCardResult,
		);
		return {
			document: fromNhnCreditCard(result),
			raw,
			source: sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file),
		};
	},
});

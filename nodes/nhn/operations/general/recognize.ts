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
import { checkFile, checkNhnImageUrl } from '../../../core/input/limits';
import { nhnFileHint, nhnGeneralLimits } from '../../limits';
import { readInput } from '../../../core/input/readInput';
import { fromNhnGeneral } from '../../normalise/general';
import { nhnGeneralResult } from '../../schemas';
import type { OcrResult } from '../../../core/output';
import { callNhn, type NhnBody } from '../../calls';
import type { OcrOperation } from '../../../core/node/operation';
import { sourceOf } from '../../../core/output/source';

/** `/general` and `/general/cropping` take the same input and answer in the same shape. */
export function nhnGeneralOperation(
	operation: string,
	path: string,
	urlHint: string,
): OcrOperation {
	const properties = [
		...inputProperties(nhnFileHint, urlHint),
		outputProperty(['fields', 'document', 'raw']),
		optionsCollection([minConfidenceOption, includeBoxesOption, keepBinaryOption]),
	];

	async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
		const input = await readInput(this, itemIndex);
		let body: NhnBody;
		if (input.kind === 'file') {
			checkFile(this, itemIndex, input, nhnGeneralLimits);
			body = { kind: 'file', file: input };
		} else {
			checkNhnImageUrl(this, itemIndex, input);
			body = { kind: 'json', json: { imageUrl: input.url } };
		}
		const { result, raw } = await callNhn(this, itemIndex, path, body, nhnGeneralResult);
		return {
			document: fromNhnGeneral(result),
			raw,
			source: sourceOf(input),
		};
	}

	return {
		description: updateDisplayOptions(
			{ show: { resource: ['nhnGeneralOcr'], operation: [operation] } },
			properties,
		),
		execute,
	};
}

import { inputProperties } from '../../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	markdownConfidencesOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../../core/description/output';
import { defineOperation, type Operation } from '../../../core/node/operation';
import { sourceOf } from '../../../core/output/source';
import { readNhnParameters, type NhnParameters } from '../../authentication';
import { callNhn, type NhnBody } from '../../calls';
import { checkNhnImageUrl, nhnFileHint, nhnGeneralLimits } from '../../limits';
import { fromNhnGeneral } from '../../normalise/general';
import { nhnGeneralResult } from '../../schemas';

/** `/general` and `/general/cropping` take the same input and answer in the same shape. */
export function nhnGeneralOperation(path: string, urlHint: string): Operation<NhnParameters> {
	const outputs = ['fields', 'document', 'markdown', 'raw'] as const;
	return defineOperation({
		properties: [
			...inputProperties(nhnGeneralLimits, nhnFileHint, urlHint),
			outputProperty([...outputs]),
			optionsCollection([
				minConfidenceOption,
				includeBoxesOption,
				keepBinaryOption,
				markdownConfidencesOption,
			]),
		],
		outputs: [...outputs],
		input: { limits: nhnGeneralLimits, urls: 'provider', checkUrl: checkNhnImageUrl },
		readOwn: readNhnParameters,
		async run(item) {
			const input = item.input!;
			let body: NhnBody;
			if (input.kind === 'file') body = { kind: 'file', file: input };
			else body = { kind: 'json', json: { imageUrl: input.url } };
			const { result, raw } = await callNhn(item, path, body, nhnGeneralResult);
			return { document: fromNhnGeneral(result), raw, source: sourceOf(input) };
		},
	});
}

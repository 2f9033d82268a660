import type { IDataObject } from 'n8n-workflow';
import type { LlmAnswer } from '../model/document';
import { withSource, type Source } from './options';

/** `source` says which input (one image: page 0) the item came from, unless the answer itself has a key of that name: the answer wins. */
function withProvenance(json: IDataObject, source: Source): IDataObject {
	return 'source' in json ? json : { ...json, source: withSource(source, 0) };
}

/**
 * A language model's answer: one item with the text, or — when JSON was looked for — the object's keys as the
 * item's fields, or one item per element of an array (a value that is not an object becomes `{ value }`).
 */
export function answerItems(answer: LlmAnswer, source: Source): IDataObject[] {
	if (answer.data === undefined)
		return [
			{ answer: answer.text, documentType: answer.documentType, source: withSource(source, 0) },
		];
	const values = Array.isArray(answer.data) ? answer.data : [answer.data];
	return values.map((value) =>
		withProvenance(
			typeof value === 'object' && value !== null && !Array.isArray(value)
				? (value as IDataObject)
				: { value: value as IDataObject },
			source,
		),
	);
}

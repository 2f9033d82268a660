import type { IDataObject } from 'n8n-workflow';
import type { ShapedResult } from '../model/result';
import { extractionItems } from '../output/extraction';
import type { ShapeOptions } from '../output/options';
import { compactDocument } from './compact';

const COMPACT: ShapeOptions = {
	minConfidence: 0,
	includeBoxes: false,
	keepBinary: false,
	headerRow: true,
};

/**
 * The answer a model reads, per what the operation exists for, each value once (see ./compact.ts):
 * - Extract Fields: exactly the user's fields, typed, and `problems` when some failed (`answer` when it held no JSON);
 * - Ask About Document: `answer`, the language model's text, or the JSON found in it when Parse JSON is on;
 * - Check Business Status: the status facts (businessNumber, status, statusCode, inBusiness, statusMessage);
 * - every other operation: `markdown` (the text, tables as Markdown tables) and `fields` (key fields by English
 *   name, typed), with the operation's facts (e.g. luhnValid, registrationNumberValid, template).
 * No `source`: the model knows what it passed, and the call's id pairs the answer with it.
 */
export function toolAnswer(result: ShapedResult): IDataObject {
	const { document } = result;
	if (document.extraction) {
		const [item] = extractionItems(document.extraction, 'document', result.source, COMPACT);
		delete item.source;
		return item;
	}
	if (document.answer)
		return { answer: (document.answer.data ?? document.answer.text) as IDataObject };
	return compactDocument(document);
}

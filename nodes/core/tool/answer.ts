import type { IDataObject } from 'n8n-workflow';
import type { ShapedResult } from '../model/result';
import { documentItem } from '../output/document';
import type { ShapeOptions } from '../output/options';

const COMPACT: ShapeOptions = {
	minConfidence: 0,
	includeBoxes: false,
	keepBinary: false,
	headerRow: true,
};

/**
 * The answer a model reads: the text, the key fields, tables as rows (the first row naming the columns) and the
 * operation's facts — no boxes, no per-line or per-page copies of the text, no confidence figures.
 */
export function toolAnswer(result: ShapedResult): IDataObject {
	const rest = documentItem(result.document, result.source, COMPACT);
	for (const key of ['pages', 'lines', 'confidence']) delete rest[key];
	const answer: IDataObject = { ...rest };
	if (Array.isArray(rest.tables)) {
		answer.tables = (rest.tables as IDataObject[]).map(({ rows, page, index }) => ({
			index,
			page,
			rows,
		}));
	}
	const source = rest.source as IDataObject | undefined;
	if (source) answer.source = { fileName: source.fileName, url: source.url, page: source.page };
	return answer;
}

import type { DocumentAiResult } from '../schemas';
import type { OcrDocument } from '../../core/model/document';
import { readExtraction, type ExtractionField } from '../extract';

/** NHN Document AI: the model's answer; `data` is the JSON found in it, when the operation looked for some. */
export function fromDocumentAi(
	result: DocumentAiResult,
	documentType: string,
	data?: unknown,
): OcrDocument {
	return {
		provider: 'nhn',
		pages: [],
		keyValues: [],
		extras: {},
		answer: { text: result.llmResponse, documentType, ...(data === undefined ? {} : { data }) },
	};
}

/** NHN Document AI asked for fields (Extract Fields): the answer read to the fields, typed, with its problems. */
export function fromDocumentAiExtraction(
	result: DocumentAiResult,
	documentType: string,
	fields: readonly ExtractionField[],
): OcrDocument {
	const read = readExtraction(result.llmResponse, fields);
	const list = fields.find((field) => field.type === 'list');
	return {
		provider: 'nhn',
		pages: [],
		keyValues: [],
		extras: {},
		extraction: {
			values: read.values,
			...(list
				? {
						rowsOf: {
							name: list.name,
							fields: (list.fields ?? []).map((field) => field.name),
						},
					}
				: {}),
			problems: read.problems,
			found: read.found,
			answer: result.llmResponse,
			documentType,
		},
	};
}

import type { DocumentAiResult } from '../parse/documentAi';
import type { OcrDocument } from './document';

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

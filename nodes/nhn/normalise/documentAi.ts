import type { DocumentAiResult } from '../documentAiSchema';
import type { OcrDocument } from '../../core/model/document';

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

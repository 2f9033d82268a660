import type { NhnGeneralResult } from '../schemas';
import type { OcrDocument, OcrField } from '../../core/model/document';

/** `listOfInferTexts[i]` is line i; its boxes run parallel in `listOfBoundingBoxes[i]`. */
export function fromNhnGeneral(result: NhnGeneralResult): OcrDocument {
	const fields: OcrField[] = [];
	result.listOfInferTexts.forEach((line, lineIndex) => {
		const boxes = result.listOfBoundingBoxes[lineIndex]?.boundingBoxes ?? [];
		line.inferTexts.forEach((word, wordIndex) => {
			fields.push({
				text: word.value,
				confidence: word.conf,
				box: boxes[wordIndex],
				lineBreak: wordIndex === line.inferTexts.length - 1,
			});
		});
	});
	const extras: Record<string, unknown> = {};
	if (result.fileType) extras.fileType = result.fileType;
	if (result.slicesImages !== undefined) extras.slicesImages = result.slicesImages;
	return { provider: 'nhn', pages: [{ index: 0, fields, tables: [] }], keyValues: [], extras };
}

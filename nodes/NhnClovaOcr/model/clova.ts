import type { ClovaField, ClovaImage, ClovaResponse, ClovaTable } from '../parse/clova';
import type { OcrDocument, OcrField, OcrKeyValue, OcrPage, OcrTable } from './document';
import { quadFromRect, quadFromVertices } from './quad';

function toField(field: Omit<ClovaField, 'subFields'> & { subFields?: ClovaField['subFields'] }): OcrField {
	const result: OcrField = {
		text: field.inferText,
		confidence: field.inferConfidence,
		box: quadFromVertices(field.boundingPoly?.vertices) ?? quadFromRect(field.bounding),
	};
	if (field.lineBreak !== undefined) result.lineBreak = field.lineBreak;
	if (field.name !== undefined) result.name = field.name;
	if (field.type !== undefined) result.type = field.type;
	if (field.checked !== undefined) result.checked = field.checked;
	if (field.valueType !== undefined) result.valueType = field.valueType;
	if (field.subFields?.length) result.subFields = field.subFields.map((sub) => toField(sub));
	return result;
}

function toTable(table: ClovaTable, index: number): OcrTable {
	return {
		index,
		confidence: table.inferConfidence,
		box: quadFromVertices(table.boundingPoly?.vertices),
		cells: table.cells.map((cell) => {
			// Every line of the cell, not only the first; an empty cell stays an empty string.
			const lines = cell.cellTextLines.map((line) => line.cellWords.map((word) => word.inferText).join(' '));
			return {
				row: cell.rowIndex,
				column: cell.columnIndex,
				rowSpan: cell.rowSpan,
				columnSpan: cell.columnSpan,
				lines,
				text: lines.join('\n'),
				confidence: cell.inferConfidence,
				box: quadFromVertices(cell.boundingPoly?.vertices),
			};
		}),
	};
}

function pageIndexOf(image: ClovaImage, position: number): number {
	return image.convertedImageInfo?.pageIndex ?? position;
}

/** One page per image entry; /infer's named fields become key-values (name → text), /general's fields stay page text. */
export function fromClova(response: ClovaResponse, endpoint: 'general' | 'infer'): OcrDocument {
	const pages: OcrPage[] = [];
	const keyValues: OcrKeyValue[] = [];
	let tableCount = 0;
	response.images.forEach((image, position) => {
		const index = pageIndexOf(image, position);
		const fields = image.fields.map((field) => toField(field));
		if (endpoint === 'infer') {
			for (const field of fields) {
				keyValues.push({
					key: field.name ?? '',
					name: field.name,
					value: field.text,
					confidence: field.confidence,
					box: field.box,
					page: index,
					type: field.type,
					checked: field.checked,
					subFields: field.subFields,
				});
			}
		}
		pages.push({
			index,
			width: image.convertedImageInfo?.width,
			height: image.convertedImageInfo?.height,
			fields: endpoint === 'infer' ? [] : fields,
			tables: (image.tables ?? []).map((table) => toTable(table, tableCount++)),
		});
	});
	pages.sort((a, b) => a.index - b.index);

	const first = response.images[0];
	const extras: Record<string, unknown> = {};
	if (endpoint === 'infer') {
		const matched = response.images.find((image) => image.matchedTemplate)?.matchedTemplate;
		extras.matchedTemplate = matched ? { id: matched.id, name: matched.name } : undefined;
		const title = response.images.find((image) => image.title)?.title;
		extras.title = title ? title.inferText : undefined;
		extras.titleConfidence = title?.inferConfidence;
		extras.validationResult = first.validationResult;
		const combined = response.images.flatMap((image) =>
			image.combineResult === undefined ? [] : Array.isArray(image.combineResult) ? image.combineResult : [image.combineResult],
		);
		if (combined.length) extras.combineResult = combined;
	}
	extras.imageName = first.name;
	extras.version = response.version;
	return { provider: 'clova', pages, keyValues, extras };
}

import type { ClovaField, ClovaImage, ClovaResponse, ClovaTable } from '../schemas';
import type {
	FailedPage,
	MatchedTemplate,
	OcrDocument,
	OcrField,
	OcrKeyValue,
	OcrPage,
	OcrTable,
	Quad,
} from '../../core/model/document';
import { quadFromRect, quadFromVertices } from '../../core/model/quad';

function toField(field: ClovaField): OcrField {
	const result: OcrField = {
		text: field.inferText ?? '',
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

function verticalExtent(box: Quad): { top: number; bottom: number; left: number } {
	return {
		top: Math.min(box.y1, box.y2, box.y3, box.y4),
		bottom: Math.max(box.y1, box.y2, box.y3, box.y4),
		left: Math.min(box.x1, box.x2, box.x3, box.x4),
	};
}

/** The next word continues the line when it sits to the right, overlapping at least half the height of the smaller box. */
function continuesLine(box: Quad | undefined, next: Quad | undefined): boolean {
	if (!box || !next) return true;
	const a = verticalExtent(box);
	const b = verticalExtent(next);
	const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return b.left >= a.left && overlap >= Math.min(a.bottom - a.top, b.bottom - b.top) / 2;
}

/**
 * V1 answers have no lineBreak (V2 only). Without it, a page would read as one long line; CLOVA lists words in
 * reading order, so a word ends its line where the next one does not continue it on the same band.
 */
function withLineBreaks(fields: OcrField[]): OcrField[] {
	if (fields.some((field) => field.lineBreak !== undefined)) return fields;
	return fields.map((field, index) => ({
		...field,
		lineBreak: index === fields.length - 1 || !continuesLine(field.box, fields[index + 1].box),
	}));
}

function toTable(table: ClovaTable, index: number): OcrTable {
	return {
		index,
		confidence: table.inferConfidence,
		box: quadFromVertices(table.boundingPoly?.vertices),
		cells: table.cells.map((cell) => {
			const textLines = cell.cellTextLines ?? [];
			// Every line of the cell, not only the first; an empty cell stays an empty string.
			const lines = textLines.map((line) => line.cellWords.map((word) => word.inferText).join(' '));
			return {
				row: cell.rowIndex,
				column: cell.columnIndex,
				rowSpan: cell.rowSpan ?? 1,
				columnSpan: cell.columnSpan ?? 1,
				lines,
				text: lines.join('\n'),
				// CLOVA scores an empty cell 0: nothing was read, so it must not count as a poor reading (or be filtered out).
				confidence: lines.length ? cell.inferConfidence : undefined,
				box: quadFromVertices(cell.boundingPoly?.vertices),
			};
		}),
	};
}

function dropUndefinedName(template: MatchedTemplate): MatchedTemplate {
	return template.name === undefined
		? { id: template.id }
		: { id: template.id, name: template.name };
}

function pageIndexOf(image: ClovaImage, position: number): number {
	return image.convertedImageInfo?.pageIndex ?? position;
}

/** One page per image entry; /infer's named fields become key-values (name → text), /general's fields stay page text. */
export function fromClova(response: ClovaResponse, endpoint: 'general' | 'infer'): OcrDocument {
	const pages: OcrPage[] = [];
	const keyValues: OcrKeyValue[] = [];
	let tableCount = 0;
	const failedPages: FailedPage[] = [];
	response.images.forEach((image, position) => {
		const index = pageIndexOf(image, position);
		if (image.inferResult !== 'SUCCESS') {
			failedPages.push({ page: index, message: image.message || image.inferResult });
			return;
		}
		const fields = (image.fields ?? []).map((field) => toField(field));
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
			fields: endpoint === 'infer' ? [] : withLineBreaks(fields),
			tables: (image.tables ?? []).map((table) => toTable(table, tableCount++)),
		});
	});
	pages.sort((a, b) => a.index - b.index);
	failedPages.sort((a, b) => a.page - b.page);

	const first =
		response.images.find((image) => image.inferResult === 'SUCCESS') ?? response.images[0];
	const extras: Record<string, unknown> = {};
	let matchedTemplate: MatchedTemplate | undefined;
	if (endpoint === 'infer') {
		const matched = response.images.find((image) => image.matchedTemplate)?.matchedTemplate;
		if (matched) matchedTemplate = dropUndefinedName(matched);
		const title = response.images.find((image) => image.title)?.title;
		extras.title = title ? (title.inferText ?? '') : undefined;
		extras.titleConfidence = title?.inferConfidence;
		extras.validationResult = first.validationResult;
		const combined = response.images.flatMap((image) =>
			image.combineResult === undefined
				? []
				: Array.isArray(image.combineResult)
					? image.combineResult
					: [image.combineResult],
		);
		if (combined.length) extras.combineResult = combined;
	}
	extras.imageName = first.name;
	extras.version = response.version;
	const document: OcrDocument = { provider: 'clova', pages, keyValues, matchedTemplate, extras };
	if (failedPages.length) document.failedPages = failedPages;
	return document;
}

import type { OcrField, OcrPage } from '../model/document';

/** Groups a page's fields into lines: a field with `lineBreak` ends its line. */
export function linesOf(fields: OcrField[]): OcrField[][] {
	const lines: OcrField[][] = [];
	let current: OcrField[] = [];
	for (const field of fields) {
		current.push(field);
		if (field.lineBreak) {
			lines.push(current);
			current = [];
		}
	}
	if (current.length) lines.push(current);
	return lines;
}

export function lineTexts(page: Pick<OcrPage, 'fields'>): string[] {
	return linesOf(page.fields).map((line) => line.map((field) => field.text).join(' '));
}

import type { OcrField, OcrPage } from './document';

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

/** Line texts; `keep` filters after lines are formed, so a left-out field's line break still ends its line (a line left empty is dropped). */
export function lineTexts(
	page: Pick<OcrPage, 'fields'>,
	keep: (field: OcrField) => boolean = () => true,
): string[] {
	return linesOf(page.fields)
		.map((line) =>
			line
				.filter(keep)
				.map((field) => field.text)
				.join(' '),
		)
		.filter((text) => text !== '');
}

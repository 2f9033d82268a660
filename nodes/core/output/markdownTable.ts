import type { OcrCell, OcrTable } from '../model/document';
import { tableHeader } from './tableHeader';

export interface MarkdownOptions {
	/** Adds `(confidence 0.97)` after each value that has one (lines, cells, key-values). */
	confidences?: boolean;
}

/** A confidence rounded down, so that 0.999 does not read as certain. */
export function confidenceNote(confidence: number | undefined, options: MarkdownOptions): string {
	if (!options.confidences || confidence === undefined) return '';
	return ` (confidence ${(Math.floor(confidence * 100) / 100).toFixed(2)})`;
}

/** Text for one Markdown table cell: pipes escaped, each line trimmed, line breaks as `<br>`. */
export function markdownCellText(text: string): string {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.join('<br>')
		.replace(/\|/g, '\\|');
}

/** One Markdown table row; an empty cell stays empty (`| a | | c |`). */
export function markdownRow(cells: string[]): string {
	return `|${cells.map((cell) => (cell ? ` ${cell} ` : ' ')).join('|')}|`;
}

/** Header and separator, then the body rows. */
export function markdownTableOf(header: string[], body: string[][]): string {
	return [markdownRow(header), markdownRow(header.map(() => '---')), ...body.map(markdownRow)].join(
		'\n',
	);
}

/**
 * A table as a GitHub Markdown table. Header rows are joined into one: a column's header is the texts of the
 * header cells above it, top to bottom (`금액 공급가액`, `금액 세액`); a header spanning columns names each of them.
 * In the body a cell spanning rows repeats on each row (each row stands alone), while a cell spanning columns
 * fills only its first column, so that an amount is not read twice. Empty when the table has no cells.
 */
export function tableMarkdown(table: OcrTable, options: MarkdownOptions = {}): string {
	const { slots, rows: headerRows, texts } = tableHeader(table);
	if (!slots.length || !slots[0].length) return '';
	const columns = slots[0].map((_, column) => column);
	const text = (cell: OcrCell) => {
		const content = markdownCellText(cell.text);
		return content && `${content}${confidenceNote(cell.confidence, options)}`;
	};
	// Header cells go without confidences: a joined header would repeat them between its words.
	const header = texts.map((words) => markdownCellText(words));
	const body = slots.slice(headerRows).map((row) =>
		columns.map((column) => {
			const cell = row[column];
			return cell && cell.column === column ? text(cell) : '';
		}),
	);
	return markdownTableOf(header, body);
}

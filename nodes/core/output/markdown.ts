import type {
	OcrDocument,
	OcrField,
	OcrKeyValue,
	OcrPage,
	OcrTable,
	Quad,
} from '../model/document';
import { minOf } from '../model/numbers';
import { linesOf } from '../model/lines';
import { receiptMarkdown } from './markdownReceipt';
import { confidenceNote, tableMarkdown, type MarkdownOptions } from './markdownTable';

export { tableMarkdown, markdownCellText, type MarkdownOptions } from './markdownTable';

interface Area {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

// Called for every word of a page: four corners compared directly, no arrays made.
function areaOf(box: Quad | undefined): Area | undefined {
	if (!box) return undefined;
	return {
		top: Math.min(box.y1, box.y2, box.y3, box.y4),
		bottom: Math.max(box.y1, box.y2, box.y3, box.y4),
		left: Math.min(box.x1, box.x2, box.x3, box.x4),
		right: Math.max(box.x1, box.x2, box.x3, box.x4),
	};
}

/** The box around `areas` (a loop: a table may have thousands of cells). */
function unionOf(areas: Area[]): Area | undefined {
	if (!areas.length) return undefined;
	const union = { ...areas[0] };
	for (const area of areas) {
		if (area.top < union.top) union.top = area.top;
		if (area.bottom > union.bottom) union.bottom = area.bottom;
		if (area.left < union.left) union.left = area.left;
		if (area.right > union.right) union.right = area.right;
	}
	return union;
}

/** The table's own box, else the box around its cells (V1 answers have neither). */
function tableArea(table: OcrTable): Area | undefined {
	if (table.box) return areaOf(table.box);
	const cells = table.cells.map((cell) => areaOf(cell.box));
	return cells.every(Boolean) ? unionOf(cells as Area[]) : undefined;
}

function centreInside(area: Area, inner: Area): boolean {
	const x = (inner.left + inner.right) / 2;
	const y = (inner.top + inner.bottom) / 2;
	return x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
}

interface Line {
	text: string;
	words: string[];
	/** Vertical middle, when every word of the line has a box. */
	middle?: number;
}

/**
 * The page's lines, without the words that lie inside a table the page also has: the table says them, in its
 * cells. A word without a box is kept.
 */
function textLines(page: OcrPage, tableAreas: Area[], options: MarkdownOptions): Line[] {
	const inTable = (field: OcrField) => {
		const area = areaOf(field.box);
		return !!area && tableAreas.some((table) => centreInside(table, area));
	};
	return linesOf(page.fields).flatMap((line) => {
		const kept = tableAreas.length ? line.filter((field) => !inTable(field)) : line;
		const text = kept
			.map((field) => field.text)
			.join(' ')
			.trim();
		if (!text) return [];
		const areas = kept.map((field) => areaOf(field.box));
		const box = areas.every(Boolean) ? unionOf(areas as Area[]) : undefined;
		const lowest = options.confidences
			? minOf(kept.flatMap((field) => field.confidence ?? []))
			: undefined;
		return [
			{
				text: `${text}${confidenceNote(lowest, options)}`,
				words: text.split(/\s+/),
				middle: box && (box.top + box.bottom) / 2,
			},
		];
	});
}

/**
 * Without boxes (CLOVA V1), the lines that say exactly the table's words, one after the other: the table is read
 * there, and those lines are its cells read as text.
 */
function linesOfTable(
	lines: Line[],
	table: OcrTable,
	taken: Set<number>,
): [number, number] | undefined {
	const wanted = new Map<string, number>();
	let total = 0;
	for (const word of table.cells.flatMap((cell) => cell.text.split(/\s+/)).filter(Boolean)) {
		wanted.set(word, (wanted.get(word) ?? 0) + 1);
		total++;
	}
	if (!total) return undefined;
	for (let start = 0; start < lines.length; start++) {
		const left = new Map(wanted);
		let found = 0;
		for (let end = start; end < lines.length && !taken.has(end); end++) {
			const fits = lines[end].words.every((word) => {
				const count = left.get(word) ?? 0;
				left.set(word, count - 1);
				return count > 0;
			});
			if (!fits) break;
			found += lines[end].words.length;
			if (found === total) return [start, end + 1];
		}
	}
	return undefined;
}

/**
 * Text and tables in reading order: a table goes before the first line whose middle lies below the table's top
 * (so after the line above it). Without boxes, it takes the place of the lines that read its cells; when neither
 * tells, it goes after the page's text.
 */
function pageBlocks(page: OcrPage, options: MarkdownOptions): string[] {
	const tables = page.tables
		.map((table) => ({ table, markdown: tableMarkdown(table, options), area: tableArea(table) }))
		.filter((entry) => entry.markdown);
	const lines = textLines(
		page,
		tables.flatMap((entry) => entry.area ?? []),
		options,
	);
	const positioned = lines.every((line) => line.middle !== undefined);
	const taken = new Set<number>();
	const placed = tables
		.map((entry) => {
			const area = entry.area;
			let at = lines.length;
			if (area && positioned) {
				const below = lines.findIndex((line) => line.middle! > area.top);
				if (below >= 0) at = below;
			} else if (!area) {
				const run = linesOfTable(lines, entry.table, taken);
				if (run) {
					at = run[0];
					for (let index = run[0]; index < run[1]; index++) taken.add(index);
				}
			}
			return { ...entry, at, top: area?.top ?? Infinity };
		})
		.sort((a, b) => a.at - b.at || a.top - b.top || a.table.index - b.table.index);

	const blocks: string[] = [];
	let text: string[] = [];
	const endText = () => {
		if (text.length) blocks.push(text.join('\n'));
		text = [];
	};
	for (let index = 0; index <= lines.length; index++) {
		for (const entry of placed.filter((candidate) => candidate.at === index)) {
			endText();
			blocks.push(entry.markdown);
		}
		if (index < lines.length && !taken.has(index)) text.push(lines[index].text);
	}
	endText();
	return blocks;
}

/** Separators, spaces and currency marks do not make a reading different: "14,800원" and 14800 say the same. */
function sameReading(value: string, normalized: string | number): boolean {
	const compact = (text: string) => text.replace(/[\s,원₩]/g, '').toLowerCase();
	return compact(value) === compact(String(normalized));
}

/** `- **English name** (label as printed): value (reading)`; the label alone when there is no English name. */
function keyValueLine(entry: OcrKeyValue, options: MarkdownOptions): string {
	const bold = (text: string) => `**${text.replace(/\*/g, '\\*')}**`;
	const key = entry.key.trim();
	const label =
		entry.name && key && entry.name !== key
			? `${bold(entry.name)} (${key})`
			: bold(entry.name || key || '(no label)');
	const value =
		entry.checked === undefined ? entry.value.trim() : entry.checked ? 'checked' : 'not checked';
	const reading =
		entry.normalized !== undefined && !sameReading(value, entry.normalized)
			? ` (${entry.normalized})`
			: '';
	// Continuation lines are indented, so that a value of several lines stays one list item.
	const text = `${value}${reading}${confidenceNote(entry.confidence, options)}`.replace(
		/\s*\n\s*/g,
		'\n  ',
	);
	return text ? `- ${label}: ${text}` : `- ${label}:`;
}

/** Key-values already in the receipt block, by their English names (nodes/clova/normalise/receipt.ts). */
const IN_RECEIPT_BLOCK = new Set([
	'storeName',
	'storeSubName',
	'businessNumber',
	'storeAddress',
	'storePhone',
	'paymentDate',
	'paymentTime',
	'cardCompany',
	'cardNumber',
	'approvalNumber',
	'totalPrice',
	'creditCardPrice',
	'subTotalPrice',
	'taxPrice',
	'discountPrice',
]);

function keyValueList(entries: OcrKeyValue[], options: MarkdownOptions): string[] {
	return entries.length ? [entries.map((entry) => keyValueLine(entry, options)).join('\n')] : [];
}

/**
 * The document as Markdown for a language model: each page's text in reading order with its tables in place,
 * key-values as a list with their English names and printed labels, a receipt as a short list and an items table,
 * a language model's answer as its text. With more than one page, or a page that failed, pages get `## Page N`
 * headings (1-based) in page order, and a failed page says so. No boxes; confidences only when asked.
 */
export function documentMarkdown(document: OcrDocument, options: MarkdownOptions = {}): string {
	const failed = document.failedPages ?? [];
	const keyValues = document.receipt
		? document.keyValues.filter((entry) => !entry.name || !IN_RECEIPT_BLOCK.has(entry.name))
		: document.keyValues;
	const pageNumbers = [
		...new Set([
			...document.pages.map((page) => page.index),
			...failed.map((page) => page.page),
			...keyValues.flatMap((entry) => (entry.page === undefined ? [] : [entry.page])),
		]),
	].sort((a, b) => a - b);
	const numbered = pageNumbers.length > 1 || failed.length > 0;

	const blocks: string[] = [];
	if (numbered) {
		for (const index of pageNumbers) {
			blocks.push(`## Page ${index + 1}`);
			const page = document.pages.find((candidate) => candidate.index === index);
			const content = [
				...(page ? pageBlocks(page, options) : []),
				...failed
					.filter((entry) => entry.page === index)
					.map(
						(entry) =>
							`> This page could not be read: ${entry.message.replace(/\s+/g, ' ').trim()}`,
					),
				...keyValueList(
					keyValues.filter((entry) => entry.page === index),
					options,
				),
			];
			blocks.push(...(content.length ? content : ['_This page has no text._']));
		}
		const unpaged = keyValues.filter((entry) => entry.page === undefined);
		if (unpaged.length) blocks.push('## Fields', ...keyValueList(unpaged, options));
	} else {
		for (const page of document.pages) blocks.push(...pageBlocks(page, options));
		blocks.push(...keyValueList(keyValues, options));
	}
	if (document.receipt) {
		const receipt = receiptMarkdown(document.receipt);
		if (receipt) blocks.push(receipt);
	}
	const answer = document.answer?.text.trim();
	if (answer) blocks.push(answer);
	return blocks
		.join('\n\n')
		.split('\n')
		.map((line) => line.replace(/[ \t]+$/, ''))
		.join('\n');
}

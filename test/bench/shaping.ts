/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/**
 * 4. Shaping one CLOVA answer with 5,000 fields and 2,000 table cells into each output shape: validation (zod) →
 * model → shape, in process, no HTTP. Then the same at 300,000 words, which must not hit a stack limit.
 */
import { fromClova } from '../../nodes/clova/normalise/general';
import { documentItem } from '../../nodes/core/output/document';
import { fieldItems } from '../../nodes/core/output/fields';
import { tableRowItems } from '../../nodes/core/output/tableRows';
import { clovaResponse } from '../../nodes/clova/schemas';
import { fixed, median, table, timed } from './stats';

const poly = (x: number, y: number) => ({
	vertices: [
		{ x, y },
		{ x: x + 40, y },
		{ x: x + 40, y: y + 20 },
		{ x, y: y + 20 },
	],
});

/** A V2 /general answer: `words` fields, ten to a line, and one table of `cells` cells, 20 to a row. */
export function bigAnswer(words: number, cells: number): unknown {
	const fields = Array.from({ length: words }, (_, i) => ({
		valueType: 'ALL',
		inferText: `word${i}`,
		inferConfidence: 0.9 + (i % 10) / 100,
		type: 'NORMAL',
		lineBreak: i % 10 === 9,
		boundingPoly: poly((i % 10) * 50, Math.floor(i / 10) * 30),
	}));
	const tableCells = Array.from({ length: cells }, (_, i) => ({
		cellTextLines: [
			{
				cellWords: [{ inferText: `c${i}`, inferConfidence: 0.95, boundingPoly: poly(i % 20, i) }],
				inferConfidence: 0.95,
				boundingPoly: poly(i % 20, i),
			},
		],
		boundingPoly: poly(i % 20, i),
		inferConfidence: 0.95,
		rowSpan: 1,
		rowIndex: Math.floor(i / 20),
		columnSpan: 1,
		columnIndex: i % 20,
	}));
	return {
		version: 'V2',
		requestId: 'r',
		timestamp: 1,
		images: [
			{
				uid: 'u',
				name: 'big',
				inferResult: 'SUCCESS',
				message: 'SUCCESS',
				validationResult: { result: 'NO_REQUESTED' },
				fields,
				tables: [{ cells: tableCells, boundingPoly: poly(0, 0), inferConfidence: 0.9 }],
			},
		],
	};
}

const source = { fileName: 'big.png', resource: 'clovaOcr', operation: 'recognizeText' };
const options = { minConfidence: 0, includeBoxes: false, keepBinary: false, headerRow: true };

const shapes = {
	fields: (answer: unknown) => fieldItems(fromClova(validate(answer), 'general'), source, options),
	document: (answer: unknown) =>
		documentItem(fromClova(validate(answer), 'general'), source, options),
	tableRows: (answer: unknown) =>
		tableRowItems(fromClova(validate(answer), 'general'), source, options),
	raw: (answer: unknown) => ({ ...(validate(answer) && (answer as object)), source }),
};

function validate(answer: unknown) {
	const parsed = clovaResponse.safeParse(answer);
	if (!parsed.success) throw new Error(parsed.error.message);
	return parsed.data;
}

export async function shaping() {
	const answer = bigAnswer(5000, 2000);
	const rounds = Number(process.env.BENCH_SHAPING_ROUNDS ?? 15);
	const rows: string[][] = [];
	const validation: number[] = [];
	for (let round = 0; round < rounds + 1; round++) {
		const ms = await timed(async () => validate(answer));
		if (round) validation.push(ms);
	}
	rows.push(['zod validation alone', fixed(median(validation), 1), '']);
	for (const [name, shape] of Object.entries(shapes)) {
		const times: number[] = [];
		for (let round = 0; round < rounds + 1; round++) {
			const ms = await timed(async () => shape(answer));
			if (round) times.push(ms);
		}
		rows.push([`validate → model → ${name}`, fixed(median(times), 1), '≤ 50']);
	}
	const huge = bigAnswer(300_000, 2000);
	for (const [name, shape] of Object.entries(shapes)) {
		let outcome: string;
		try {
			const ms = await timed(async () => shape(huge));
			outcome = `${fixed(ms, 0)} ms, no stack limit hit`;
		} catch (error) {
			outcome = `FAILED: ${(error as Error).message.slice(0, 80)}`;
		}
		rows.push([`300,000 words → ${name}`, outcome, '']);
	}
	return table(['step (5,000 fields + 2,000 cells)', 'ms (median)', 'target ms'], rows);
}

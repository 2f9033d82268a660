/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INodeProperties } from 'n8n-workflow';
import type { RequestLogEntry } from '../emulator';
import { runNode, type HarnessRun } from '../harness';
import { operationSpecs, sampleFor, type OperationSpec, type Sample } from '../package/operations';
import { useEmulator } from './setup';

/**
 * Every parameter of every operation (read from the node's description, so a parameter added later is covered),
 * given every kind of value an expression can give: texts that spell a boolean or a number, null, '', -1, an
 * object, NaN, a 1 MB text, a list, undefined, a number, true. Each cell says what came of it, with a column
 * computed from the emulator's request log: accepted, refused before any paid call, refused by the service, or
 * refused by the node after a paid call. The table ends with:
 * - no JavaScript-like text (`[object Object]`, `undefined`, `NaN`) in any message or output item, and no
 *   message longer than a few hundred characters (a megabyte is never echoed);
 * - no refusal by the node after a paid call;
 * - booleans and numbers given as text meaning what they say ("true" = true, "0.8" = 0.8);
 * - unset (null, '', undefined) meaning the default the panel shows.
 * The table goes to $TMPDIR/parameter-table.md (PARAMETER_TABLE overrides the path); the totals are printed.
 */
const emulator = useEmulator();
jest.setTimeout(600_000);

const MEGABYTE = 'x'.repeat(1024 * 1024);

const values: Array<[string, unknown]> = [
	['"true"', 'true'],
	['"0.8"', '0.8'],
	['null', '={{ null }}'],
	["''", ''],
	['-1', '={{ -1 }}'],
	['{a:1}', '={{ { "a": 1 } }}'],
	['NaN', '={{ NaN }}'],
	['1 MB text', MEGABYTE],
	['[1,2]', '={{ [1, 2] }}'],
	['undefined', '={{ undefined }}'],
	['42', '={{ 42 }}'],
	['true', '={{ true }}'],
];
const UNSET = new Set(['null', "''", 'undefined']);

/** Parameters every run sets itself, shared by all operations: tested once each, on the first operation. */
const GLOBAL = new Set([
	'needsReviewOutput',
	'reviewBelowConfidence',
	'reviewRequiredKeys',
	'skipFilesAlreadyRead',
	'filesReadBefore',
]);

interface Parameter {
	/** `name` or `options.name`. */
	path: string;
	property: INodeProperties;
	/** Parameters that must have a value for this one to be shown (from its displayOptions). */
	enablers: Record<string, unknown>;
}

/** The first value each displayOptions condition allows, so that the parameter is shown and read. */
function enablersOf(property: INodeProperties): Record<string, unknown> {
	const show = property.displayOptions?.show ?? {};
	return Object.fromEntries(
		Object.entries(show)
			.filter(([name]) => !['resource', 'operation', '@tool'].includes(name))
			.map(([name, allowed]) => [name, (allowed as unknown[])[0]]),
	);
}

/** Every parameter of the regular node for `spec`: top-level ones, the Options collection and its options. */
function parametersOf(spec: OperationSpec, withGlobal: boolean): Parameter[] {
	const seen = new Set<string>();
	const found: Parameter[] = [];
	for (const property of spec.properties) {
		const show = property.displayOptions?.show ?? {};
		if ((show['@tool'] as unknown[] | undefined)?.includes(true)) continue; // only the tool variant has it
		if (property.type === 'notice' || property.type === 'hidden' || seen.has(property.name))
			continue;
		if (GLOBAL.has(property.name) && !withGlobal) continue;
		seen.add(property.name);
		found.push({ path: property.name, property, enablers: enablersOf(property) });
	}
	for (const option of spec.options)
		found.push({ path: `options.${option.name}`, property: option, enablers: {} });
	return found;
}

function withValue(base: Record<string, unknown>, path: string, value: unknown) {
	const parameters = { ...base };
	const [head, key] = path.split('.');
	if (key) parameters[head] = { ...(parameters[head] as object), [key]: value };
	else parameters[head] = value;
	return parameters;
}

type Outcome = 'accepted' | 'before' | 'service' | 'after' | 'n8n' | 'n/a';

interface Cell {
	outcome: Outcome;
	text: string;
	/** What the items were, for comparing two values. */
	shape: string;
	paidCalls: number;
}

const OCR = (entry: RequestLogEntry) => entry.provider === 'nhn' || entry.provider === 'clova';
const VOLATILE = /"(requestId|timestamp|uid|readAt)":("[^"]*"|\d+)/g;
const JAVASCRIPT_TEXT = /\[object Object\]|\bundefined\b|\bNaN\b/;
const LONGEST_MESSAGE = 1500;

async function runCell(
	spec: OperationSpec,
	sample: Sample,
	parameters: Record<string, unknown>,
): Promise<Cell> {
	emulator().clearLog();
	let run: HarnessRun;
	try {
		run = await runNode({
			parameters: {
				resource: spec.resource,
				operation: spec.operation,
				...sample.parameters,
				...parameters,
			} as never,
			items: sample.items,
			credentials: sample.credentials,
		});
	} catch (error) {
		// n8n itself refuses a workflow whose required parameter is empty, before the node runs.
		const text = `(n8n) ${(error as Error).message.replace(/\s+/g, ' ')}`;
		return { outcome: 'n8n', text, shape: text, paidCalls: 0 };
	}
	const paidCalls = emulator().log.filter(OCR).length;
	if (run.error) {
		const error = run.error as unknown as { name?: string; message: string; description?: string };
		const text = `${error.message}${error.description ? ` — ${error.description}` : ''}`;
		const outcome: Outcome = !paidCalls
			? 'before'
			: error.name === 'NodeApiError'
				? 'service'
				: 'after';
		return { outcome, text, shape: `error: ${error.message}`, paidCalls };
	}
	const items = JSON.stringify(run.items.map((item) => item.json)).replace(VOLATILE, '');
	return { outcome: 'accepted', text: items, shape: items, paidCalls };
}

/** n8n itself reads these before the node does: Authentication picks the credential n8n hands the node. */
const N8N_DECIDES = new Set(['authentication']);

/** The same result: the same items, or both refused before any paid call (by the node or by n8n). */
function same(a: Cell, b: Cell): boolean {
	const refused = (cell: Cell) => cell.outcome === 'before' || cell.outcome === 'n8n';
	if (refused(a) && refused(b)) return true;
	return a.outcome === b.outcome && a.shape === b.shape;
}

interface Row {
	operation: string;
	parameter: string;
	cells: Cell[];
}

const rows: Row[] = [];
const problems = {
	javascriptTexts: [] as string[],
	longMessages: [] as string[],
	refusedAfterPaidCall: [] as string[],
	textNotAsValue: [] as string[],
	unsetNotDefault: [] as string[],
};

function shortCell(cell: Cell): string {
	const text = cell.text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
	const shown = text.length > 140 ? `${text.slice(0, 140)}…` : text;
	if (cell.outcome === 'accepted') return `✓ accepted (${cell.paidCalls} paid)`;
	if (cell.outcome === 'n/a') return 'n/a (n8n takes no expression here)';
	const when = {
		before: 'refused before any paid call',
		service: `refused by the service after ${cell.paidCalls} paid call(s)`,
		after: `REFUSED BY THE NODE AFTER ${cell.paidCalls} PAID CALL(S)`,
		n8n: 'refused by n8n before the node ran',
	}[cell.outcome];
	return `${when}: ${shown}`;
}

afterAll(() => {
	const path = process.env.PARAMETER_TABLE ?? join(tmpdir(), 'parameter-table.md');
	const lines = [
		`| Operation | Parameter | ${values.map(([kind]) => kind).join(' | ')} |`,
		`|---|---|${values.map(() => '---').join('|')}|`,
		...rows.map(
			(row) => `| ${row.operation} | ${row.parameter} | ${row.cells.map(shortCell).join(' | ')} |`,
		),
	];
	const all = rows.flatMap((row) => row.cells);
	const count = (outcome: Outcome) => all.filter((cell) => cell.outcome === outcome).length;
	const totals = [
		`parameters: ${rows.length}, cases: ${all.length}`,
		`accepted: ${count('accepted')}, refused before any paid call: ${count('before')}, refused by n8n before the node ran: ${count('n8n')}, refused by the service: ${count('service')}, refused by the node after a paid call: ${count('after')}, not applicable (no expressions in that parameter): ${count('n/a')}`,
		`JavaScript-like texts: ${problems.javascriptTexts.length}, messages over ${LONGEST_MESSAGE} characters: ${problems.longMessages.length}`,
		`booleans/numbers as text not meaning what they say: ${problems.textNotAsValue.length}, unset not meaning the shown default: ${problems.unsetNotDefault.length}`,
	];
	writeFileSync(path, `${lines.join('\n')}\n\n${totals.join('\n')}\n`);
	console.log(`Parameter table (${path}):\n${totals.join('\n')}`);
});

const specs = operationSpecs();
const cases = specs.flatMap((spec, index) =>
	parametersOf(spec, index === 0).map(
		(parameter) =>
			[`${spec.resource} › ${spec.operation}`, parameter.path, spec, parameter] as const,
	),
);

describe('every parameter × every kind of value', () => {
	it('covers every operation', () => {
		expect(new Set(cases.map(([operation]) => operation)).size).toBe(specs.length);
	});

	it.each(cases)('%s › %s', async (operation, path, spec, parameter) => {
		const sample = await sampleFor(emulator(), spec);
		// Each run of this file would skip the file the run before read: every run forgets first.
		const base =
			path === 'skipFilesAlreadyRead'
				? { ...parameter.enablers, filesReadBefore: 'forgetAll' }
				: { ...parameter.enablers };
		const cells: Cell[] = [];
		for (const [, value] of values) {
			// n8n evaluates no expression in a `noDataExpression` parameter (its panel offers none).
			const expression = typeof value === 'string' && value.startsWith('=');
			if (expression && parameter.property.noDataExpression) {
				cells.push({ outcome: 'n/a', text: '', shape: 'n/a', paidCalls: 0 });
				continue;
			}
			cells.push(await runCell(spec, sample, withValue(base, path, value)));
		}
		rows.push({ operation, parameter: path, cells });
		const where = (kind: string) => `${operation} › ${path} = ${kind}`;

		cells.forEach((cell, index) => {
			const kind = values[index][0];
			if (cell.outcome !== 'accepted' && JAVASCRIPT_TEXT.test(cell.text))
				problems.javascriptTexts.push(`${where(kind)}: ${cell.text.slice(0, 200)}`);
			if (cell.outcome === 'accepted' && /\[object Object\]|"undefined"|"NaN"/.test(cell.text))
				problems.javascriptTexts.push(`${where(kind)} (output): ${cell.text.slice(0, 200)}`);
			if (cell.outcome !== 'accepted' && cell.text.length > LONGEST_MESSAGE)
				problems.longMessages.push(`${where(kind)}: ${cell.text.length} characters`);
			if (cell.outcome === 'after')
				problems.refusedAfterPaidCall.push(`${where(kind)}: ${cell.text}`);
		});

		// A boolean given as the text "true" is true; a number given as "0.8" is 0.8. (What Skip Files Already Read
		// given as "true" remembers is checked by test/node/trust/skipFilesRaces.test.ts: a second run skips.)
		const type = parameter.property.type;
		const typed = (kind: string) => cells[values.findIndex(([name]) => name === kind)];
		if (
			type === 'boolean' &&
			typed('true').outcome !== 'n/a' &&
			!same(typed('"true"'), typed('true'))
		)
			problems.textNotAsValue.push(`${where('"true"')}: ${typed('"true"').text.slice(0, 200)}`);
		if (type === 'number') {
			const asNumber = await runCell(spec, sample, withValue(base, path, '={{ 0.8 }}'));
			if (!same(typed('"0.8"'), asNumber))
				problems.textNotAsValue.push(`${where('"0.8"')}: ${typed('"0.8"').text.slice(0, 200)}`);
		}

		// Unset means the default the panel shows. Where n8n decides before the node runs (a required parameter left
		// empty, the parameter that picks the credential), and for a required definition, a refusal before any paid
		// call stands for the default.
		const shownDefault = await runCell(
			spec,
			sample,
			withValue(base, path, parameter.property.default),
		);
		const definition =
			parameter.property.required ||
			['json', 'fixedCollection'].includes(type) ||
			N8N_DECIDES.has(parameter.path);
		for (const kind of UNSET) {
			const cell = typed(kind);
			if (cell.outcome === 'n/a' || cell.outcome === 'n8n') continue;
			if (definition && cell.outcome === 'before') continue;
			if (!same(cell, shownDefault))
				problems.unsetNotDefault.push(
					`${where(kind)}: ${cell.text.slice(0, 160)} ≠ default: ${shownDefault.text.slice(0, 160)}`,
				);
		}
	});

	it('has no JavaScript-like text, no long echo and no refusal after a paid call; texts and unset values mean what they say', () => {
		expect(rows.length).toBe(cases.length);
		expect(problems).toEqual({
			javascriptTexts: [],
			longMessages: [],
			refusedAfterPaidCall: [],
			textNotAsValue: [],
			unsetNotDefault: [],
		});
	});
});

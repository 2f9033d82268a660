import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../errors';
import { shortEcho } from '../privacy/secrets';
import { inspectFile } from '../input/inspectFile';
import { checkDocument } from '../input/limits';
import { readInput, type OcrInput } from '../input/readInput';
import { fileTypesOf } from '../tool/hints';
import type { Operation } from './operation';
import {
	CUSTOM_API_CALL,
	readItemParameters,
	readOperationName,
	type ItemParameters,
	type RunParameters,
} from './parameters';
import type { FileToSkip } from './skipFiles';

/** A node's operations: resource → operation → what it does. */
export type OperationTable = Record<string, Record<string, Operation>>;

/** An item ready to be sent: everything that can be checked without a paid call has been. */
export interface PreparedItem {
	index: number;
	operation: Operation;
	params: ItemParameters;
	input?: OcrInput;
	/** Set when a file given as bytes must be read again when its turn comes (only its facts are kept meanwhile). */
	readAgain?: boolean;
	skip?: FileToSkip;
}

function pickOperation(
	table: OperationTable,
	names: { resource: string; operation: string },
): Operation {
	const operation = table[names.resource]?.[names.operation];
	if (operation) return operation;
	if (names.operation === CUSTOM_API_CALL) {
		throw inputError(
			'This node makes only the OCR calls in its list',
			"For other API calls, use the HTTP Request node: set Authentication to 'Predefined Credential Type' and choose this credential.",
		);
	}
	throw inputError(
		`The operation "${shortEcho(names.operation)}" is not supported for "${shortEcho(names.resource)}"`,
		'Choose one of the operations in the list.',
	);
}

/**
 * Reads one item's parameters and input and checks them against the documented limits, before anything is paid
 * for. A file held in memory is kept only for the items sent first: with hundreds of items the others' facts alone
 * wait for their turn.
 */
export async function prepareItem(
	ctx: IExecuteFunctions,
	index: number,
	table: OperationTable,
	run: RunParameters,
): Promise<PreparedItem> {
	const names = readOperationName(ctx, index, Object.keys(table)[0]);
	const operation = pickOperation(table, names);
	const params = readItemParameters(ctx, index, names, operation, run);
	const prepared: PreparedItem = { index, operation, params };
	if (!operation.input || !params.input) return prepared;
	const input = await readInput(
		ctx,
		index,
		params.input,
		params.tool,
		fileTypesOf(operation.input.limits),
	);
	if (input.kind === 'url') {
		if (operation.input.urls === 'provider') operation.input.checkUrl?.(input);
		return { ...prepared, input };
	}
	// Everything the bytes can rule out (format by its first bytes, size, cut off, password, pages) is checked here,
	// before the first paid call of the run; the hash for Skip Files Already Read comes from the same read.
	const { limits } = operation.input;
	const { check, sha256 } = await inspectFile(input, {
		sha256: params.skipFiles.enabled,
		whole: (format) => limits.maxPages?.(format) !== undefined,
	});
	const checked = { ...input, format: checkDocument(input, check, limits) };
	if (sha256) {
		prepared.skip = {
			sha256,
			key: `${names.resource}.${names.operation}:${sha256}`,
			mode: params.skipFiles.mode,
		};
	}
	// The first Items in Parallel items are sent as soon as all are prepared: their bytes are kept, not read twice.
	if (!checked.bytes || index < run.itemsInParallel) return { ...prepared, input: checked };
	return { ...prepared, input: { ...checked, bytes: undefined }, readAgain: true };
}

/** The item's input for its call: a file given as bytes is read again (it was checked when prepared). */
export async function inputForCall(
	ctx: IExecuteFunctions,
	item: PreparedItem,
): Promise<OcrInput | undefined> {
	if (!item.readAgain || !item.params.input) return item.input;
	const input = await readInput(ctx, item.index, item.params.input, item.params.tool);
	return input.kind === 'file' && item.input?.kind === 'file'
		? { ...input, format: item.input.format }
		: input;
}

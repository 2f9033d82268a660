import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { fileSha256 } from '../input/fileSource';
import { readInput, type OcrInput } from '../input/readInput';
import type { OcrResult } from '../output';
import { withSource } from '../output/options';

/** n8n's own deduplication store, shared by the workflow's nodes; one entry per file and operation. */
const SCOPE = 'workflow';
const OPTIONS = { mode: 'entries', maxEntries: 10000 } as const;
/** n8n's store keeps only a hash of each value, not when it was recorded: the time is kept in the workflow's static data. */
const READ_AT = 'nhnClovaOcrFilesRead';
const READ_AT_MAX = 1000;

export interface SkippedFile {
	skipped: INodeExecutionData;
}

/**
 * n8n's store reads and then writes one row per workflow: two calls at once (Items in Parallel) collide on it
 * (SQLite: UNIQUE constraint failed). So the items of a run use it one at a time; the OCR calls stay parallel.
 */
const storeTurns = new WeakMap<object, Promise<unknown>>();
async function inTurn<T>(ctx: IExecuteFunctions, work: () => Promise<T>): Promise<T> {
	const previous = storeTurns.get(ctx) ?? Promise.resolve();
	const turn = previous.then(work, work);
	storeTurns.set(
		ctx,
		turn.catch(() => undefined),
	);
	return await turn;
}

/** One "Forget All" per run, shared by the items in flight, so that no item records before the store is cleared. */
const forgetting = new WeakMap<object, Promise<void>>();

function readTimes(ctx: IExecuteFunctions): Record<string, string> {
	const data = ctx.getWorkflowStaticData('global');
	if (typeof data[READ_AT] !== 'object' || data[READ_AT] === null) data[READ_AT] = {};
	return data[READ_AT] as Record<string, string>;
}

async function fileHash(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<{ sha256: string; fileName?: string; mimeType?: string } | undefined> {
	let input: OcrInput;
	try {
		// The same reader as the operations, so every binary-data mode (and a file given by an expression) works.
		input = await readInput(ctx, itemIndex);
	} catch {
		// No file: the operation reads the input and says what is wrong.
		return undefined;
	}
	if (input.kind !== 'file') return undefined;
	return {
		sha256: await fileSha256(input),
		fileName: input.fileName,
		mimeType: input.mimeType,
	};
}

/**
 * Calls `read` unless the item's file was read successfully before by this workflow (same operation, same bytes).
 * The file is recorded before the call and removed again when the call fails, so a failure is never remembered.
 */
export async function readOnce(
	ctx: IExecuteFunctions,
	itemIndex: number,
	read: () => Promise<OcrResult>,
): Promise<OcrResult | SkippedFile> {
	if (
		ctx.getNodeParameter('skipFilesAlreadyRead', itemIndex, false) !== true ||
		ctx.getNodeParameter('inputType', itemIndex, 'binary') !== 'binary'
	) {
		return await read();
	}
	const file = await fileHash(ctx, itemIndex);
	if (!file) return await read();
	const resource = ctx.getNodeParameter('resource', itemIndex) as string;
	const operation = ctx.getNodeParameter('operation', itemIndex) as string;
	const key = `${resource}.${operation}:${file.sha256}`;
	const times = readTimes(ctx);
	const mode = ctx.getNodeParameter('filesReadBefore', itemIndex, 'skip') as string;

	if (mode === 'forgetAll') {
		let clearing = forgetting.get(ctx);
		if (!clearing) {
			clearing = (async () => {
				await inTurn(ctx, async () => await ctx.helpers.clearAllProcessedItems(SCOPE, OPTIONS));
				for (const known of Object.keys(times)) delete times[known];
			})();
			forgetting.set(ctx, clearing);
		}
		await clearing;
	}
	if (mode === 'readAgain')
		await inTurn(ctx, async () => await ctx.helpers.removeProcessed([key], SCOPE, OPTIONS));

	const { processed } = await inTurn(
		ctx,
		async () => await ctx.helpers.checkProcessedAndRecord([key], SCOPE, OPTIONS),
	);
	if (processed.length) {
		const json: IDataObject = {
			skipped: true,
			reason: 'alreadyRead',
			message:
				'This file was read before by this workflow (same content, same operation), so it was not sent again. Set "Files Read Before" to "Read Them Again" to read it anyway.',
			sha256: file.sha256,
			readAt: times[key],
			source: withSource({ fileName: file.fileName, mimeType: file.mimeType, resource, operation }),
		};
		if (json.readAt === undefined) delete json.readAt;
		return { skipped: { json, pairedItem: { item: itemIndex } } };
	}
	let succeeded = false;
	try {
		const result = await read();
		succeeded = true;
		delete times[key];
		times[key] = new Date().toISOString();
		const keys = Object.keys(times);
		for (const old of keys.slice(0, Math.max(0, keys.length - READ_AT_MAX))) delete times[old];
		return result;
	} finally {
		if (!succeeded)
			await inTurn(ctx, async () => await ctx.helpers.removeProcessed([key], SCOPE, OPTIONS));
	}
}

export function isSkipped(outcome: OcrResult | SkippedFile): outcome is SkippedFile {
	return 'skipped' in outcome;
}

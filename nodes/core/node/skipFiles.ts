import { sleep, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { withSource } from '../output/options';
import type { SkipMode } from './parameters';

/**
 * Skip Files Already Read, on n8n's own deduplication store (shared by the workflow's nodes; one entry per file and
 * operation). A file counts as read only once its output has left the node: entries are written when the node
 * returns its items, never before the call, so a failed call, a failed run or an item that failed after its call
 * leaves nothing behind and the file is read again next time.
 *
 * n8n's store can only look a key up by recording it, so a look-up that finds a file new is undone at once. Two
 * executions that read the same file at the same time therefore both read it (a second paid call) rather than one
 * skipping a file the other then fails to deliver. One window is left: an execution may look a file up in the
 * instant between another's look-up and its undo, and find it "read". So a file found read is looked up once more
 * after a pause (`confirmDelivered`, once per run for all such files): only a file still found then is skipped. A
 * look-up's undo can also remove a record another execution wrote in the same instant: that file is read again
 * next time — a second paid read, never a lost file.
 */
const SCOPE = 'workflow';
const OPTIONS = { mode: 'entries', maxEntries: 10000 } as const;
/** n8n's store keeps only a hash of each value, not when it was recorded: the time is kept in the workflow's static data. */
const READ_AT = 'ocrFilesReadAt';
const READ_AT_MAX = 1000;

export interface FileToSkip {
	/** `<resource>.<operation>:<sha256>` */
	key: string;
	sha256: string;
	mode: SkipMode;
	/** Found in the store when the run was prepared: an earlier run delivered this file's output. */
	delivered?: boolean;
}

function readTimes(ctx: IExecuteFunctions): Record<string, string> {
	const data = ctx.getWorkflowStaticData('global');
	if (typeof data[READ_AT] !== 'object' || data[READ_AT] === null) data[READ_AT] = {};
	return data[READ_AT] as Record<string, string>;
}

/** "Forget All, Then Read": the workflow's memory of files read is cleared once, before any file is looked up. */
export async function forgetAllFiles(ctx: IExecuteFunctions): Promise<void> {
	await ctx.helpers.clearAllProcessedItems(SCOPE, OPTIONS);
	const times = readTimes(ctx);
	for (const key of Object.keys(times)) delete times[key];
}

/** Whether the file's output was delivered by an earlier run; the look-up leaves the store as it was. */
export async function wasDelivered(ctx: IExecuteFunctions, key: string): Promise<boolean> {
	const { processed } = await ctx.helpers.checkProcessedAndRecord([key], SCOPE, OPTIONS);
	if (processed.length) return true;
	await ctx.helpers.removeProcessed([key], SCOPE, OPTIONS);
	return false;
}

/** Long enough for another execution's look-up to have been undone (two requests to n8n's database at most). */
export const CONFIRM_PAUSE_MS = 250;

/**
 * Of `keys` found read when the run was prepared, those still found after a pause: a key another execution had
 * recorded only for its own look-up is gone by then (and is undone here again, as any look-up that finds it new).
 */
export async function confirmDelivered(
	ctx: IExecuteFunctions,
	keys: string[],
): Promise<Set<string>> {
	if (!keys.length) return new Set();
	await sleep(CONFIRM_PAUSE_MS);
	const { processed } = await ctx.helpers.checkProcessedAndRecord(keys, SCOPE, OPTIONS);
	const confirmed = new Set(processed.map(String));
	const unconfirmed = keys.filter((key) => !confirmed.has(key));
	if (unconfirmed.length) await ctx.helpers.removeProcessed(unconfirmed, SCOPE, OPTIONS);
	return confirmed;
}

/** Records the files whose output this run delivers, as the node returns it. */
export async function recordDelivered(ctx: IExecuteFunctions, keys: string[]): Promise<void> {
	if (!keys.length) return;
	await ctx.helpers.checkProcessedAndRecord(keys, SCOPE, OPTIONS);
	const times = readTimes(ctx);
	const now = new Date().toISOString();
	for (const key of keys) {
		delete times[key];
		times[key] = now;
	}
	const all = Object.keys(times);
	for (const old of all.slice(0, Math.max(0, all.length - READ_AT_MAX))) delete times[old];
}

/** The item that stands for a file read before. */
export function skippedItem(
	ctx: IExecuteFunctions,
	file: FileToSkip,
	source: { fileName?: string; mimeType?: string; resource: string; operation: string },
	reason: 'alreadyRead' | 'sameFileInThisRun',
): IDataObject {
	const json: IDataObject = {
		skipped: true,
		reason,
		message:
			reason === 'alreadyRead'
				? "This file was read before by this workflow (same content, same operation), so it was not sent again. Set 'Files Read Before' to 'Read Them Again' to read it anyway."
				: 'The same file (same content, same operation) came earlier in this run and was read there, so it was not sent again.',
		sha256: file.sha256,
		readAt: readTimes(ctx)[file.key],
		source: withSource(source),
	};
	if (json.readAt === undefined) delete json.readAt;
	return json;
}

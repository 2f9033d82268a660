import type { IDataObject, IExecuteFunctions, INodeExecutionData, NodeError } from 'n8n-workflow';
import { toNodeError } from '../errors/toNodeError';
import type { ShapedResult } from '../model/result';
import { shapeOutput } from '../output';
import { protectResult } from '../privacy/protect';
import { redactSecrets } from '../privacy/secrets';
import { reviewObject, reviewReasons } from '../review/reasons';
import { toolAnswer } from '../tool/answer';
import { toolFailureItem } from '../tool/failure';
import { isToolMode } from '../tool/mode';
import { startPolicy } from '../transport/policy';
import { pressureGate } from '../transport/pressure';
import { inParallel } from './inParallel';
import { readRunParameters, type RunParameters } from './parameters';
import { inputForCall, prepareItem, type OperationTable, type PreparedItem } from './prepare';
import {
	confirmDelivered,
	forgetAllFiles,
	recordDelivered,
	skippedItem,
	wasDelivered,
} from './skipFiles';

type Outcome =
	| { items: INodeExecutionData[]; needsReview?: boolean; delivers?: string }
	| { error: NodeError };

function errorItem(error: NodeError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error.context.providerCode) json.code = error.context.providerCode as string;
	if ('httpCode' in error && error.httpCode) json.httpCode = error.httpCode as string;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * Every text that leaves the node in an error or a review reason goes through here: no secret of the credentials
 * the run used (in any derived form), no resident, foreigner, licence, passport or card number (cleanOutgoing).
 */
function cleaner(ctx: IExecuteFunctions): (text: string) => string {
	return (text) => redactSecrets(ctx, text);
}

/** Phase one: every item's parameters and input, checked before the first paid call; skip decisions. */
async function prepareAll(
	ctx: IExecuteFunctions,
	table: OperationTable,
	run: RunParameters,
	/** Continue On Fail, or tool mode (a tool answers every failure: core/tool/failure.ts). */
	continueOnFail: boolean,
): Promise<Array<PreparedItem | { error: NodeError }>> {
	const count = ctx.getInputData().length;
	const prepared: Array<PreparedItem | { error: NodeError }> = [];
	for (let index = 0; index < count; index++) {
		try {
			prepared.push(await prepareItem(ctx, index, table, run));
		} catch (caught) {
			const error = toNodeError(ctx.getNode(), index, caught, cleaner(ctx));
			// Without Continue On Fail the run fails here, before any item was sent.
			if (!continueOnFail) throw error;
			prepared.push({ error });
		}
	}
	const skipping = prepared.filter((item): item is PreparedItem => 'index' in item && !!item.skip);
	if (skipping.some((item) => item.skip?.mode === 'forgetAll')) await forgetAllFiles(ctx);
	// One look-up per file, one at a time (n8n's store is not made for concurrent writes of one workflow's row).
	const found = new Map<string, boolean>();
	for (const item of skipping) {
		const skip = item.skip!;
		if (skip.mode === 'readAgain' || found.has(skip.key)) continue;
		found.set(skip.key, await wasDelivered(ctx, skip.key));
	}
	// A file found read is skipped only when a second look, after a pause, still finds it (see skipFiles.ts).
	const confirmed = await confirmDelivered(
		ctx,
		[...found].filter(([, delivered]) => delivered).map(([key]) => key),
	);
	for (const item of skipping) item.skip!.delivered = confirmed.has(item.skip!.key);
	return prepared;
}

/** Phase two for one item: the paid call, then its output and where it goes. */
async function runPrepared(
	ctx: IExecuteFunctions,
	item: PreparedItem,
	run: RunParameters,
): Promise<Outcome> {
	const { params, operation, index } = item;
	const policy = startPolicy(params.request);
	const input = await inputForCall(ctx, item);
	// Masked before anything is made of it: every output shape, the raw answer, tool answers, review reasons.
	const result = protectResult(
		await operation.run({ index, params, input, policy, n8n: ctx }),
		params.privacy,
	);
	const shaped: ShapedResult = {
		...result,
		source: {
			...result.source,
			resource: params.resource,
			operation: params.operation,
			template: result.document.matchedTemplate,
		},
	};
	const inputItem = ctx.getInputData()[index];
	const items = params.tool
		? [{ json: toolAnswer(shaped) }]
		: shapeOutput(shaped, params.output, inputItem);
	for (const output of items) output.pairedItem = { item: index };
	if (!run.needsReviewOutput) return { items, delivers: item.skip?.key };
	// Values come from the protected document; messages may quote a provider: cleaned like an error's text.
	const reasons = reviewReasons(shaped.document, params.review).map((reason) => ({
		...reason,
		message: cleaner(ctx)(reason.message),
	}));
	if (reasons.length) for (const output of items) output.json.review = reviewObject(reasons);
	return { items, needsReview: reasons.length > 0, delivers: item.skip?.key };
}

/**
 * The item loop lives here once: every input item yields output items, or an error item under Continue On Fail.
 * First every item is prepared (parameters and input checked), so that without Continue On Fail a refusable item
 * costs no paid call; then up to Items in Parallel items are sent at once. The output keeps the input order, and
 * without Continue On Fail the run fails with the error of the first failing item, as one at a time would.
 */
export async function runItems(
	ctx: IExecuteFunctions,
	table: OperationTable,
): Promise<INodeExecutionData[][]> {
	if (ctx.getInputData().length === 0) return [[]];
	// As an AI Agent's tool every failure is an answer the model reads (`{ error, fix }`), never a thrown error:
	// n8n would hand the model only the message (agent 3.x) or nothing (2.x).
	const tool = isToolMode(ctx.getNode().type);
	const continueOnFail = ctx.continueOnFail() || tool;
	let run: RunParameters;
	try {
		run = readRunParameters(ctx);
	} catch (caught) {
		const error = toNodeError(ctx.getNode(), 0, caught, cleaner(ctx));
		if (!tool) throw error;
		return [ctx.getInputData().map((_, index) => toolFailureItem(error, index))];
	}
	pressureGate(ctx, run.itemsInParallel);
	const prepared = await prepareAll(ctx, table, run, continueOnFail);
	// The first item of a file read in this run reads it; the others wait for it and skip when it succeeded.
	const firstReads = new Map<string, Promise<boolean>>();
	const outcomes = await inParallel<Outcome>(
		prepared.length,
		run.itemsInParallel,
		async (index) => {
			const item = prepared[index];
			if ('error' in item) return item;
			let settle: ((succeeded: boolean) => void) | undefined;
			try {
				const skip = item.skip;
				if (skip && skip.mode !== 'readAgain') {
					const earlier = firstReads.get(skip.key);
					const reason = skip.delivered
						? 'alreadyRead'
						: earlier && (await earlier)
							? 'sameFileInThisRun'
							: undefined;
					if (reason) {
						const source = {
							fileName: item.input?.fileName,
							mimeType: item.input?.kind === 'file' ? item.input.mimeType : undefined,
							resource: item.params.resource,
							operation: item.params.operation,
						};
						return {
							items: [
								{ json: skippedItem(ctx, skip, source, reason), pairedItem: { item: index } },
							],
						};
					}
					firstReads.set(skip.key, new Promise((resolve) => (settle = resolve)));
				}
				const outcome = await runPrepared(ctx, item, run);
				settle?.(true);
				return outcome;
			} catch (caught) {
				settle?.(false);
				return { error: toNodeError(ctx.getNode(), index, caught, cleaner(ctx)) };
			}
		},
		(outcome) => !continueOnFail && 'error' in outcome,
	);
	const accepted: INodeExecutionData[] = [];
	const review: INodeExecutionData[] = [];
	const delivered: string[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (!outcome) return;
		if ('error' in outcome) {
			if (!continueOnFail) throw outcome.error;
			accepted.push(
				tool ? toolFailureItem(outcome.error, itemIndex) : errorItem(outcome.error, itemIndex),
			);
			return;
		}
		if (outcome.delivers) delivered.push(outcome.delivers);
		// A tool has one output, the model: an item that needs review goes there too, with its `review`.
		const target = outcome.needsReview && !tool ? review : accepted;
		for (const item of outcome.items) target.push(item);
	});
	await recordDelivered(ctx, delivered);
	return run.needsReviewOutput && !tool ? [accepted, review] : [accepted];
}

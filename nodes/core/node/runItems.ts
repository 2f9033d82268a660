import type { IDataObject, IExecuteFunctions, INodeExecutionData, NodeError } from 'n8n-workflow';
import { toNodeError } from '../errors/toNodeError';
import type { ShapedResult } from '../model/result';
import { shapeOutput } from '../output';
import { redactSecrets } from '../privacy/secrets';
import { reviewObject, reviewReasons } from '../review/reasons';
import { toolAnswer } from '../tool/answer';
import { startPolicy } from '../transport/policy';
import { pressureGate } from '../transport/pressure';
import { inParallel } from './inParallel';
import { readRunParameters, type RunParameters } from './parameters';
import { inputForCall, prepareItem, type OperationTable, type PreparedItem } from './prepare';
import { forgetAllFiles, recordDelivered, skippedItem, wasDelivered } from './skipFiles';

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

/** Every text that leaves the node in an error goes through here: no secret of the credentials the run used. */
function cleaner(ctx: IExecuteFunctions): (text: string) => string {
	return (text) => redactSecrets(ctx, text);
}

/** Phase one: every item's parameters and input, checked before the first paid call; skip decisions. */
async function prepareAll(
	ctx: IExecuteFunctions,
	table: OperationTable,
	run: RunParameters,
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
	const lookedUp = new Set<string>();
	for (const item of skipping) {
		const skip = item.skip!;
		if (skip.mode === 'readAgain' || lookedUp.has(skip.key)) continue;
		lookedUp.add(skip.key);
		skip.delivered = await wasDelivered(ctx, skip.key);
	}
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
	const result = await operation.run({ index, params, input, policy, n8n: ctx });
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
	const reasons = reviewReasons(shaped.document, params.review);
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
	const continueOnFail = ctx.continueOnFail();
	let run: RunParameters;
	try {
		run = readRunParameters(ctx);
	} catch (caught) {
		throw toNodeError(ctx.getNode(), 0, caught, cleaner(ctx));
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
			accepted.push(errorItem(outcome.error, itemIndex));
			return;
		}
		if (outcome.delivers) delivered.push(outcome.delivers);
		const target = outcome.needsReview ? review : accepted;
		for (const item of outcome.items) target.push(item);
	});
	await recordDelivered(ctx, delivered);
	return run.needsReviewOutput ? [accepted, review] : [accepted];
}

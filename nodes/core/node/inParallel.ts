import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DEFAULT_ITEMS_IN_PARALLEL, MAX_ITEMS_IN_PARALLEL } from '../description/itemsInParallel';

/** The Items in Parallel option, read once per run (from the first item) and checked. */
export function itemsInParallel(ctx: IExecuteFunctions): number {
	const value = ctx.getNodeParameter(
		'options.itemsInParallel',
		0,
		DEFAULT_ITEMS_IN_PARALLEL,
	) as unknown;
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number === 'number' && Number.isInteger(number)) {
		if (number >= 1 && number <= MAX_ITEMS_IN_PARALLEL) return number;
	}
	throw new NodeOperationError(
		ctx.getNode(),
		`"${String(value)}" is not a number of items to send at once`,
		{
			itemIndex: 0,
			description: `Set Items in Parallel to a whole number from 1 to ${MAX_ITEMS_IN_PARALLEL}, e.g. ${DEFAULT_ITEMS_IN_PARALLEL}.`,
		},
	);
}

/**
 * Runs `task(index)` for every index in order, with at most `limit` unfinished at once. Once `stop` accepts a result,
 * no further index is started; the ones already started are awaited. `results[i]` is undefined for an index never
 * started, so every index below a stopping one has its result.
 */
export async function inParallel<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
	stop: (result: T) => boolean,
): Promise<Array<T | undefined>> {
	const results = new Array<T | undefined>(count);
	let next = 0;
	let stopped = false;
	const worker = async () => {
		while (!stopped && next < count) {
			const index = next++;
			const result = await task(index);
			results[index] = result;
			if (stop(result)) stopped = true;
		}
	};
	const workers: Array<Promise<void>> = [];
	for (let i = 0; i < Math.min(limit, count); i++) workers.push(worker());
	await Promise.all(workers);
	return results;
}

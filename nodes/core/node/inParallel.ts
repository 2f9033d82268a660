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

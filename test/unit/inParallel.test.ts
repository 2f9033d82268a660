import type { INodeProperties } from 'n8n-workflow';
import { inParallel } from '../../nodes/core/node/inParallel';
import { NhnClovaOcr } from '../../nodes/NhnClovaOcr/NhnClovaOcr.node';

/** Tasks that finish only when the test says so, so that what is in flight is known exactly. */
function controlledTasks() {
	const started: number[] = [];
	const finish = new Map<number, (value: string) => void>();
	let inFlight = 0;
	let peak = 0;
	const task = (index: number) =>
		new Promise<string>((resolve) => {
			started.push(index);
			inFlight++;
			peak = Math.max(peak, inFlight);
			finish.set(index, (value) => {
				inFlight--;
				resolve(value);
			});
		});
	const settle = async () => {
		for (let i = 0; i < 5; i++) await Promise.resolve();
	};
	return { started, finish, task, settle, peak: () => peak };
}

describe('inParallel (the item pool of Items in Parallel)', () => {
	it('keeps at most `limit` tasks unfinished, starts them in index order, and gives results by index', async () => {
		const t = controlledTasks();
		const done = inParallel(6, 3, t.task, () => false);
		await t.settle();
		expect(t.started).toEqual([0, 1, 2]);
		t.finish.get(2)!('c');
		await t.settle();
		expect(t.started).toEqual([0, 1, 2, 3]);
		t.finish.get(0)!('a');
		t.finish.get(3)!('d');
		await t.settle();
		expect(t.started).toEqual([0, 1, 2, 3, 4, 5]);
		for (const index of [5, 1, 4]) t.finish.get(index)!(String.fromCharCode(97 + index));
		expect(await done).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(t.peak()).toBe(3);
	});

	it('starts nothing new after a stopping result, waits for those in flight, and leaves the rest undefined', async () => {
		const t = controlledTasks();
		const done = inParallel(8, 2, t.task, (result) => result === 'stop');
		await t.settle();
		t.finish.get(1)!('stop');
		await t.settle();
		expect(t.started).toEqual([0, 1]);
		t.finish.get(0)!('ok');
		const results = await done;
		expect(results.slice(0, 2)).toEqual(['ok', 'stop']);
		expect(results.slice(2)).toEqual(new Array(6).fill(undefined));
	});

	it('runs one at a time with a limit of 1 and handles more workers than tasks', async () => {
		const order: number[] = [];
		const results = await inParallel(
			3,
			1,
			async (index) => {
				order.push(index);
				await Promise.resolve();
				order.push(-index - 1);
				return index;
			},
			() => false,
		);
		expect(order).toEqual([0, -1, 1, -2, 2, -3]);
		expect(results).toEqual([0, 1, 2]);
		expect(
			await inParallel(
				2,
				10,
				async (index) => index * 2,
				() => false,
			),
		).toEqual([0, 2]);
		expect(
			await inParallel(
				0,
				4,
				async (index) => index,
				() => false,
			),
		).toEqual([]);
	});
});

describe('the Items in Parallel option', () => {
	it("is in every operation's Options, default 4, explained by the service's limits without naming a provider", () => {
		const collections = new NhnClovaOcr().description.properties.filter(
			(property) => property.name === 'options',
		);
		const operations = new NhnClovaOcr().description.properties
			.filter((property) => property.name === 'operation')
			.flatMap((property) =>
				(property.options ?? []).map((option) => (option as { value: string }).value),
			);
		expect(collections.length).toBe(operations.length);
		for (const collection of collections) {
			const option = (collection.options as INodeProperties[]).find(
				(candidate) => candidate.name === 'itemsInParallel',
			);
			expect(option).toMatchObject({
				displayName: 'Items in Parallel',
				type: 'number',
				default: 4,
			});
			expect(option?.description).toMatch(
				/the service limits calls at the same time \(per domain or per plan\)/,
			);
			// The same words serve each single-service package, so they name neither provider.
			expect(option?.description).not.toMatch(/CLOVA|NHN/);
		}
	});
});

import type { ICheckProcessedContextData, INode } from 'n8n-workflow';
import { InMemoryDeduplicator } from './deduplication';

const node = { id: 'node-1', name: 'A' } as INode;
const workflowA: ICheckProcessedContextData = { workflow: { id: 'A', active: false }, node };
const workflowB: ICheckProcessedContextData = { workflow: { id: 'B', active: false }, node };
const entries = { mode: 'entries' } as const;

describe("the harness's deduplication store (n8n's DeduplicationHelper, in memory)", () => {
	it('records new values, reports them processed next time, per workflow and per scope', async () => {
		const store = new InMemoryDeduplicator();
		expect(await store.checkProcessedAndRecord(['a', 'b'], 'workflow', workflowA, entries)).toEqual(
			{
				new: ['a', 'b'],
				processed: [],
			},
		);
		expect(await store.checkProcessedAndRecord(['b', 'c'], 'workflow', workflowA, entries)).toEqual(
			{
				new: ['c'],
				processed: ['b'],
			},
		);
		expect(
			(await store.checkProcessedAndRecord(['b'], 'workflow', workflowB, entries)).processed,
		).toEqual([]);
		expect((await store.checkProcessedAndRecord(['b'], 'node', workflowA, entries)).new).toEqual([
			'b',
		]);
		expect(await store.getProcessedDataCount('workflow', workflowA, entries)).toBe(3);
	});

	it('removes values, clears a scope, keeps at most maxEntries (the oldest go), and refuses a mode change', async () => {
		const store = new InMemoryDeduplicator();
		await store.checkProcessedAndRecord(['a', 'b', 'c'], 'workflow', workflowA, entries);
		await store.removeProcessed(['b'], 'workflow', workflowA, entries);
		expect(
			(await store.checkProcessedAndRecord(['b'], 'workflow', workflowA, entries)).new,
		).toEqual(['b']);
		await store.checkProcessedAndRecord(['d'], 'workflow', workflowA, {
			mode: 'entries',
			maxEntries: 2,
		});
		expect(
			(await store.checkProcessedAndRecord(['a', 'd'], 'workflow', workflowA, entries)).processed,
		).toEqual(['d']);
		await expect(
			store.checkProcessedAndRecord(['1'], 'workflow', workflowA, { mode: 'latestIncrementalKey' }),
		).rejects.toThrow(/incompatible setting/);
		await store.clearAllProcessedItems('workflow', workflowA);
		expect(await store.getProcessedDataCount('workflow', workflowA, entries)).toBe(0);
	});

	it('keeps the largest value in the "latest" modes', async () => {
		const store = new InMemoryDeduplicator();
		const latest = { mode: 'latestIncrementalKey' } as const;
		expect(
			(await store.checkProcessedAndRecord([3, 1], 'workflow', workflowA, latest)).new,
		).toEqual([3, 1]);
		expect(await store.checkProcessedAndRecord([2, 5], 'workflow', workflowA, latest)).toEqual({
			new: [5],
			processed: [2],
		});
	});
});

import { createHash } from 'node:crypto';
import { DataDeduplicationService } from 'n8n-core';
import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';
import { tryToParseDateTime, UnexpectedError } from 'n8n-workflow';

interface ProcessedData {
	mode: ICheckProcessedOptions['mode'];
	data: DeduplicationItemTypes | string[];
}

/**
 * What n8n's server gives nodes behind `this.helpers.checkProcessedAndRecord` & co: the package `n8n` 2.41.1
 * `dist/deduplication/deduplication-helper.js` (`DeduplicationHelper`, set up by `BaseCommand.initDataDeduplicationService`
 * with `DataDeduplicationService.init(new DeduplicationHelper())`), with its `processed_data` table rows
 * (workflowId, context) → { mode, data } kept in memory instead of the database. Same context keys ("" for workflow
 * scope, `n:<nodeId>` for node scope), same md5/base64 hashes, same maxEntries trimming, same refusals.
 */
export class InMemoryDeduplicator implements IDataDeduplicator {
	private readonly rows = new Map<string, ProcessedData>();

	private static context(scope: DeduplicationScope, contextData: ICheckProcessedContextData) {
		if (scope === 'node') {
			if (!contextData.node) {
				throw new UnexpectedError(
					"No node information has been provided and so cannot use scope 'node'",
				);
			}
			return `n:${contextData.node.id}`;
		}
		return '';
	}

	private static hash(value: DeduplicationItemTypes): string {
		return createHash('md5').update(value.toString()).digest('base64');
	}

	private static compare(mode: string, a: DeduplicationItemTypes, b: DeduplicationItemTypes) {
		if (mode === 'latestIncrementalKey') {
			const [x, y] = [Number(a), Number(b)];
			if (isNaN(x) || isNaN(y)) {
				throw new UnexpectedError(
					'Invalid value. Only numbers are supported in mode "latestIncrementalKey"',
				);
			}
			return x === y ? 0 : x > y ? 1 : -1;
		}
		const [x, y] = [tryToParseDateTime(a), tryToParseDateTime(b)];
		return x === y ? 0 : x > y ? 1 : -1;
	}

	private key(scope: DeduplicationScope, contextData: ICheckProcessedContextData) {
		if (!contextData.workflow.id) throw new UnexpectedError('The workflow has no id');
		return `${contextData.workflow.id}\u0000${InMemoryDeduplicator.context(scope, contextData)}`;
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		const key = this.key(scope, contextData);
		const row = this.rows.get(key);
		if (row && row.mode !== options.mode) {
			throw new UnexpectedError(
				'Deduplication data was originally saved with an incompatible setting of the ‘Keep Items Where’ parameter. Try ’Clean Database’ operation to reset.',
			);
		}
		if (options.mode !== 'entries') {
			const sorted = [...items].sort((a, b) => InMemoryDeduplicator.compare(options.mode, a, b));
			if (!row) {
				this.rows.set(key, { mode: options.mode, data: sorted.pop() as DeduplicationItemTypes });
				return { new: items, processed: [] };
			}
			const result: IDeduplicationOutput = { new: [], processed: [] };
			if (Array.isArray(row.data)) return result;
			let largest = row.data;
			for (const item of sorted) {
				if (InMemoryDeduplicator.compare(options.mode, item, row.data) === 1) {
					result.new.push(item);
					if (InMemoryDeduplicator.compare(options.mode, item, largest) === 1) largest = item;
				} else result.processed.push(item);
			}
			row.data = largest;
			return result;
		}
		const hashes = items.map((item) => InMemoryDeduplicator.hash(item));
		if (!row) {
			if (options.maxEntries) hashes.splice(0, hashes.length - options.maxEntries);
			this.rows.set(key, { mode: options.mode, data: hashes });
			return { new: items, processed: [] };
		}
		const result: IDeduplicationOutput = { new: [], processed: [] };
		if (!Array.isArray(row.data)) return result;
		const data = row.data;
		const seen = new Set(data);
		hashes.forEach((hash, index) => {
			if (seen.has(hash)) result.processed.push(items[index]);
			else {
				result.new.push(items[index]);
				data.push(hash);
			}
		});
		if (options.maxEntries) data.splice(0, data.length - options.maxEntries);
		return result;
	}

	async removeProcessed(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<void> {
		if (options.mode !== 'entries') {
			throw new UnexpectedError('Removing processed data is not possible in mode "latest"');
		}
		const row = this.rows.get(this.key(scope, contextData));
		if (!row || !Array.isArray(row.data)) return;
		const data = row.data;
		for (const hash of items.map((item) => InMemoryDeduplicator.hash(item))) {
			const index = data.indexOf(hash);
			if (index !== -1) data.splice(index, 1);
		}
	}

	async clearAllProcessedItems(
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
	): Promise<void> {
		this.rows.delete(this.key(scope, contextData));
	}

	async getProcessedDataCount(
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<number> {
		const row = this.rows.get(this.key(scope, contextData));
		return options.mode === 'entries' && row && Array.isArray(row.data) ? row.data.length : 0;
	}
}

/** Once per process, as n8n's commands do at start-up (the service refuses a second init). */
export async function initDeduplication(): Promise<void> {
	try {
		DataDeduplicationService.getInstance();
	} catch {
		await DataDeduplicationService.init(new InMemoryDeduplicator());
	}
}

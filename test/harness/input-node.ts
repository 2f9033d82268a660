/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { FILES_DIR } from '../fixtures/fixtures-dir';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, jsonParse } from 'n8n-workflow';

import { prepareBinaryData } from './prepare-binary';
import type { HarnessItem } from './types';

export const INPUT_NODE_TYPE = 'harness.input';

/** `HarnessItem` as it travels in the input node's `items` parameter. */
export interface SerializedItem {
	json?: IDataObject;
	files?: Array<{
		property?: string;
		path?: string;
		base64?: string;
		fileName?: string;
		mimeType?: string;
	}>;
}

export function serializeItems(items: HarnessItem[]): string {
	const serialized: SerializedItem[] = items.map(({ json, files }) => ({
		json,
		files: files?.map(({ buffer, ...file }) => ({ ...file, base64: buffer?.toString('base64') })),
	}));
	return JSON.stringify(serialized);
}

/**
 * Emits the items of its `items` parameter (JSON of `SerializedItem[]`). Files become binary
 * through `prepareBinaryData`, as n8n's own file-reading nodes do, so that in filesystem mode
 * the bytes live in the binary-data store and the item holds only a reference.
 */
export class HarnessInput implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Input',
		name: 'input',
		group: ['trigger'],
		version: 1,
		description: 'Emits the test items',
		defaults: { name: 'Input' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'Items',
				name: 'items',
				type: 'string',
				default: '[]',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = jsonParse<SerializedItem[]>(this.getNodeParameter('items', 0) as string);
		const output: INodeExecutionData[] = [];
		for (const item of items) {
			const entry: INodeExecutionData = { json: item.json ?? {}, pairedItem: { item: 0 } };
			for (const file of item.files ?? []) {
				const buffer = file.path
					? await readFile(resolve(FILES_DIR, file.path)) // relative: a sample file of test/fixtures/files
					: Buffer.from(file.base64 ?? '', 'base64');
				const fileName = file.fileName ?? (file.path ? basename(file.path) : undefined);
				entry.binary ??= {};
				entry.binary[file.property ?? 'data'] = await prepareBinaryData(
					this,
					buffer,
					fileName,
					file.mimeType,
				);
			}
			output.push(entry);
		}
		return [output];
	}
}

/** n8n-nodes-base's Manual Trigger, so that workflows exported from n8n can run here. */
export class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: "When clicking 'Execute workflow'" },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

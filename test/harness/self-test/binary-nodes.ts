import { createHash } from 'node:crypto';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { BINARY_ENCODING, NodeConnectionTypes } from 'n8n-workflow';

export const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

function describe(name: string, description: string): INodeTypeDescription {
	return {
		displayName: name,
		name,
		group: ['transform'],
		version: 1,
		description,
		defaults: { name },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};
}

/** Reads the input binary the supported way, through n8n's binary-data helpers. */
export class HashViaHelper implements INodeType {
	description = describe('hashViaHelper', 'SHA-256 of binary.data via getBinaryDataBuffer');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const output: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			const buffer = await this.helpers.getBinaryDataBuffer(i, 'data');
			output.push({
				json: { sha256: sha256(buffer), bytes: buffer.length },
				pairedItem: { item: i },
			});
		}
		return [output];
	}
}

/** The mistake the harness must expose: decoding `binary.data.data` as if it always held the bytes. */
export class HashViaRawData implements INodeType {
	description = describe('hashViaRawData', 'SHA-256 of binary.data.data decoded as base64');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [
			this.getInputData().map((item, i) => {
				const buffer = Buffer.from(item.binary?.data?.data ?? '', BINARY_ENCODING);
				return { json: { sha256: sha256(buffer), bytes: buffer.length }, pairedItem: { item: i } };
			}),
		];
	}
}

/** Writes new binary output (the input's bytes reversed), so tests can read output binary back. */
export class ReverseBinary implements INodeType {
	description = describe('reverseBinary', 'Outputs binary.data with its bytes reversed');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const output: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			const buffer = Buffer.from(await this.helpers.getBinaryDataBuffer(i, 'data')).reverse();
			const binary = await this.helpers.prepareBinaryData(buffer, 'reversed.bin');
			output.push({ json: {}, binary: { data: binary }, pairedItem: { item: i } });
		}
		return [output];
	}
}

import type { IExecuteFunctions, INodeType } from 'n8n-workflow';
import { NhnClovaOcr } from '../../nodes/NhnClovaOcr/NhnClovaOcr.node';
import { receiptKoPng } from '../fixtures/catalog';
import { runNode } from '../harness';
import { appKeyCredential, fileItem, succeeded, useEmulator } from './setup';

const emulator = useEmulator();

/** The real node, counting how often each item's file is read from n8n's memory (default binary mode). */
function countingNode(reads: number[]): INodeType {
	const node = new NhnClovaOcr();
	const execute = node.execute!;
	node.execute = async function (this: IExecuteFunctions) {
		const view = Object.create(this) as IExecuteFunctions;
		const helpers = this.helpers;
		view.helpers = {
			...helpers,
			getBinaryDataBuffer: async (itemIndex, ...rest) => {
				reads[itemIndex] = (reads[itemIndex] ?? 0) + 1;
				return await helpers.getBinaryDataBuffer(itemIndex, ...rest);
			},
		};
		return await execute.call(view);
	};
	return node;
}

describe('a file in memory is read once for the items sent first', () => {
	it('with Items in Parallel 2, items 1-2 are read once, the others when their turn comes again', async () => {
		const reads: number[] = [];
		const result = await runNode({
			nodeType: countingNode(reads),
			parameters: {
				resource: 'nhnGeneralOcr',
				operation: 'recognizeText',
				output: 'document',
				options: { itemsInParallel: 2 },
			},
			items: Array.from({ length: 5 }, () => fileItem(receiptKoPng)),
			credentials: [appKeyCredential(emulator())],
		});
		expect(succeeded(result)).toHaveLength(5);
		expect(reads).toEqual([1, 1, 2, 2, 2]);
		expect(emulator().log.filter((entry) => entry.endpoint === 'general')).toHaveLength(5);
	});
});

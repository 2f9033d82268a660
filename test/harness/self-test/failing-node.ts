/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

/** Fails items whose JSON has `fail: true`, handling "continue on fail" the way n8n nodes do. */
export class FailingNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Failing',
		name: 'failing',
		group: ['transform'],
		version: 1,
		description: 'Fails the items marked to fail',
		defaults: { name: 'Failing' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const output: INodeExecutionData[] = [];
		for (const [itemIndex, item] of this.getInputData().entries()) {
			try {
				if (item.json.fail === true) {
					throw new NodeOperationError(this.getNode(), `Item ${itemIndex} failed`, {
						itemIndex,
						description: 'It was marked to fail',
					});
				}
				output.push({ json: { ok: itemIndex }, pairedItem: { item: itemIndex } });
			} catch (error) {
				if (!this.continueOnFail()) throw error;
				output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
			}
		}
		return [output];
	}
}

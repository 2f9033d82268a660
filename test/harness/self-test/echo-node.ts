/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** Outputs its `message` parameter per item (expressions resolved by n8n) and logs it. */
export class EchoNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Echo',
		name: 'echo',
		group: ['transform'],
		version: 1,
		description: 'Outputs and logs its message',
		defaults: { name: 'Echo' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Message', name: 'message', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [
			this.getInputData().map((_item, i) => {
				const message = this.getNodeParameter('message', i) as string;
				this.logger.info(`echo: ${message}`, { item: i });
				return { json: { message }, pairedItem: { item: i } };
			}),
		];
	}
}

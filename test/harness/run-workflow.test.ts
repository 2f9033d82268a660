import { randomBytes } from 'node:crypto';

import { INPUT_NODE_TYPE, runWorkflow } from './index';
import { HashViaHelper, sha256 } from './self-test/binary-nodes';
import { EchoNode } from './self-test/echo-node';

it('runs a workflow exported from n8n, from its Manual Trigger', async () => {
	const result = await runWorkflow(
		{
			nodes: [
				{
					id: 'trigger',
					name: "When clicking 'Execute workflow'",
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: 'echo',
					name: 'Say hi',
					type: 'test.echo',
					typeVersion: 1,
					position: [200, 0],
					parameters: { message: '=hi {{ 1 + 1 }}' },
				},
			],
			connections: {
				"When clicking 'Execute workflow'": {
					main: [[{ node: 'Say hi', type: 'main', index: 0 }]],
				},
			},
		},
		{ nodeTypes: { 'test.echo': new EchoNode() } },
	);

	expect(result.error).toBeUndefined();
	expect(result.run.finished).toBe(true);
	expect(result.output('Say hi').map((item) => item.json)).toEqual([{ message: 'hi 2' }]);
	expect(result.output('Nowhere')).toEqual([]);
});

it('feeds files to a workflow through a harness.input node', async () => {
	const file = randomBytes(1024);
	const result = await runWorkflow(
		{
			nodes: [
				{
					id: 'input',
					name: 'Files',
					type: INPUT_NODE_TYPE,
					typeVersion: 1,
					position: [0, 0],
					parameters: {
						items: JSON.stringify([
							{ files: [{ base64: file.toString('base64'), fileName: 'a.bin' }] },
						]),
					},
				},
				{
					id: 'hash',
					name: 'Hash',
					type: 'test.hash',
					typeVersion: 1,
					position: [200, 0],
					parameters: {},
				},
			],
			connections: { Files: { main: [[{ node: 'Hash', type: 'main', index: 0 }]] } },
		},
		{ nodeTypes: { 'test.hash': new HashViaHelper() }, binaryMode: 'filesystem' },
	);

	expect(result.output('Hash')[0].json.sha256).toBe(sha256(file));
	expect(await result.binary(result.output('Files')[0])).toEqual(file);
});

import { runNode } from './index';
import { FailingNode } from './self-test/failing-node';

const items = [{ json: {} }, { json: { fail: true } }, { json: {} }];

it('turns the failure into an error item when the node continues on fail', async () => {
	const result = await runNode({
		nodeType: new FailingNode(),
		parameters: {},
		items,
		continueOnFail: true,
	});

	expect(result.error).toBeUndefined();
	expect(result.run.status).toBe('success');
	expect(result.items.map((item) => item.json)).toEqual([
		{ ok: 0 },
		{ error: 'Item 1 failed' },
		{ ok: 2 },
	]);
	expect(result.items[1].pairedItem).toEqual({ item: 1 });
});

it('fails the workflow with the node error otherwise', async () => {
	const result = await runNode({ nodeType: new FailingNode(), parameters: {}, items });

	expect(result.items).toEqual([]);
	expect(result.run.status).toBe('error');
	// As stored and shown by n8n: a plain copy of the NodeOperationError, not an instance.
	expect(result.error).toMatchObject({
		name: 'NodeOperationError',
		message: 'Item 1 failed',
		description: 'It was marked to fail',
		context: { itemIndex: 1 },
		node: { name: 'Failing' },
	});
	expect(result.run.data.resultData.lastNodeExecuted).toBe('Failing');
});

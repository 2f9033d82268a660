/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { Expression } from 'n8n-workflow';

import { runNode } from './index';
import { EchoNode } from './self-test/echo-node';

const run = async (message: string) =>
	await runNode({
		nodeType: new EchoNode(),
		parameters: { message },
		items: [{ json: { n: 2 } }, { json: { n: 5 } }],
	});

it("resolves parameter expressions per item with n8n's default (vm) expression engine", async () => {
	const result = await run("={{ $json.n * 10 }} from {{ $('Input').item.json.n }}");

	expect(Expression.getActiveImplementation()).toBe('vm');
	// One isolate for every execution unless HARNESS_ISOLATE=execution (test/harness/expression-engine.ts).
	expect((Expression as unknown as { useSharedCaller: boolean }).useSharedCaller).toBe(
		process.env.HARNESS_ISOLATE !== 'execution',
	);
	expect(result.items.map((item) => item.json.message)).toEqual(['20 from 2', '50 from 5']);
});

it('records what the node and the engine log during the run, metadata included', async () => {
	const result = await run('hello');

	expect(result.logs).toEqual(
		expect.arrayContaining([
			'info: echo: hello {"item":0}',
			'info: echo: hello {"item":1}',
			expect.stringMatching(/^debug: Running node "Echo" finished successfully/),
		]),
	);
});

it("keeps each run's logs to itself", async () => {
	const first = await run('first');
	const second = await run('second');

	expect(first.logs.join('\n')).not.toContain('second');
	expect(second.logs.join('\n')).not.toContain('first');
});

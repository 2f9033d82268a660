/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { existsSync, readFileSync } from 'node:fs';
import { BinaryDataService } from 'n8n-core';

import { Container } from './core-modules';
import { closeHarness, runNode } from './index';
import { HashViaHelper } from './self-test/binary-nodes';

const file = Buffer.from('stored on disk');

it('keeps filesystem-mode binaries on disk until the harness closes, then deletes them', async () => {
	const result = await runNode({
		nodeType: new HashViaHelper(),
		parameters: {},
		items: [{ files: [{ buffer: file }] }],
		binaryMode: 'filesystem',
	});
	const id = result.output('Input')[0].binary?.data.id ?? '';
	const path = Container.get(BinaryDataService).getPath(id);

	expect(readFileSync(path)).toEqual(file);

	await closeHarness();

	expect(existsSync(path)).toBe(false);
});

it('starts again after closing', async () => {
	const result = await runNode({
		nodeType: new HashViaHelper(),
		parameters: {},
		items: [{ files: [{ buffer: file }] }],
	});

	expect(result.items[0].json.bytes).toBe(file.length);
});

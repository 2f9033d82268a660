/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { randomBytes } from 'node:crypto';

import { runNode, type BinaryMode } from './index';
import { HashViaHelper, HashViaRawData, ReverseBinary, sha256 } from './self-test/binary-nodes';

const file = randomBytes(64 * 1024);
const items = [{ files: [{ buffer: file, fileName: 'scan.png', mimeType: 'image/png' }] }];

describe.each<BinaryMode>(['default', 'filesystem'])('binary-data mode %s', (binaryMode) => {
	it('gives the node the input bytes through getBinaryDataBuffer', async () => {
		const result = await runNode({
			nodeType: new HashViaHelper(),
			parameters: {},
			items,
			binaryMode,
		});

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{ sha256: sha256(file), bytes: file.length },
		]);
	});

	it('reads output binary back through the BinaryDataService', async () => {
		const result = await runNode({
			nodeType: new ReverseBinary(),
			parameters: {},
			items,
			binaryMode,
		});

		expect(await result.binary(result.items[0])).toEqual(Buffer.from(file).reverse());
		expect(result.items[0].binary?.data.fileName).toBe('reversed.bin');
	});

	it('keeps the input metadata set by prepareBinaryData', async () => {
		const result = await runNode({
			nodeType: new HashViaHelper(),
			parameters: {},
			items,
			binaryMode,
		});

		const [input] = result.output('Input');
		expect(input.binary?.data).toMatchObject({ fileName: 'scan.png', mimeType: 'image/png' });
		expect(await result.binary(input)).toEqual(file);
	});
});

describe('filesystem mode', () => {
	it('stores the bytes outside the item, so reading binary.data.data directly breaks', async () => {
		const result = await runNode({
			nodeType: new HashViaRawData(),
			parameters: {},
			items,
			binaryMode: 'filesystem',
		});

		const [input] = result.output('Input');
		expect(input.binary?.data.id).toMatch(/^filesystem-v2:/);
		expect(input.binary?.data.data).toBe('filesystem-v2');
		expect(result.items[0].json.sha256).not.toBe(sha256(file));
	});

	it('is not what default mode does: there the bytes are in the item', async () => {
		const result = await runNode({ nodeType: new HashViaRawData(), parameters: {}, items });

		const [input] = result.output('Input');
		expect(input.binary?.data.id).toBeUndefined();
		expect(result.items[0].json.sha256).toBe(sha256(file));
	});
});

it('reads input files from disk by path', async () => {
	const result = await runNode({
		nodeType: new HashViaHelper(),
		parameters: {},
		items: [{ files: [{ path: __filename }] }],
		binaryMode: 'filesystem',
	});

	const [input] = result.output('Input');
	expect(input.binary?.data.fileName).toBe('binary-modes.test.ts');
	expect(result.items[0].json.bytes).toBeGreaterThan(0);
});

it('lets n8n sniff the type of a file given without name or MIME type', async () => {
	const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1');
	const result = await runNode({
		nodeType: new HashViaHelper(),
		parameters: {},
		items: [
			{
				files: [
					{ buffer: pdf },
					{ buffer: Buffer.from('plain words'), property: 'text' },
					{ buffer: pdf, fileName: 'scan.unknown', property: 'named' },
				],
			},
		],
	});

	const [input] = result.output('Input');
	expect(input.binary?.data).toMatchObject({ mimeType: 'application/pdf', fileExtension: 'pdf' });
	expect(input.binary?.text).toMatchObject({ mimeType: 'text/plain' });
	expect(input.binary?.text.fileExtension).toBeUndefined();
	expect(input.binary?.named).toMatchObject({
		mimeType: 'application/pdf',
		fileExtension: 'unknown',
		fileName: 'scan.unknown',
	});
});

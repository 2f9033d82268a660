import { receiptKoPng, words } from '../fixtures/catalog';
import { runNode, type BinaryMode } from '../harness';
import { appKeyCredential, failed, fileItem, succeeded, texts, useEmulator } from './setup';

const emulator = useEmulator();

function run(
	binaryMode: BinaryMode,
	binaryPropertyName: unknown,
	files = [fileItem(receiptKoPng)],
) {
	return runNode({
		parameters: {
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			inputType: 'binary',
			binaryPropertyName: binaryPropertyName as string,
		},
		items: files,
		credentials: [appKeyCredential(emulator())],
		binaryMode,
	});
}

const expected = words(receiptKoPng.lines);

describe.each<[BinaryMode, string]>([
	['default', '={{ $binary.data }}'],
	['filesystem', '={{ $binary.data }}'],
	['combined', '={{ $json._files.data }}'],
])('binary mode %s: the file is read through n8n’s helpers', (binaryMode, fileExpression) => {
	it('by field name', async () => {
		expect(texts(succeeded(await run(binaryMode, 'data')))).toEqual(expected);
	});

	it(`by a binary object from an expression (${fileExpression})`, async () => {
		expect(texts(succeeded(await run(binaryMode, fileExpression)))).toEqual(expected);
	});

	it('a missing field names the ones the item has', async () => {
		const error = failed(await run(binaryMode, 'attachment_0'));
		expect(error.message).toBe('This item has no binary field "attachment_0"');
		expect(error.description).toContain('Binary fields on this item: data.');
	});
});

it('combined mode: the path n8n itself uses (_files.data) works too, and the input really is in json._files', async () => {
	const result = await run('combined', '_files.data');
	expect(texts(succeeded(result))).toEqual(expected);
	const input = result.output('Input')[0];
	expect(input.binary).toBeUndefined();
	expect(Object.keys(input.json._files as object)).toEqual(['data']);
});

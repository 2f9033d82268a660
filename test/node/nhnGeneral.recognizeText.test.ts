/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { receiptKoJpg, receiptKoPng, words } from '../fixtures/catalog';
import { runNode } from '../harness';
import {
	appKeyCredential,
	binaryModes,
	bufferItem,
	fileItem,
	pairedItems,
	succeeded,
	texts,
	uniqueCopy,
	useEmulator,
} from './setup';

const emulator = useEmulator();
const base = {
	resource: 'nhnGeneralOcr',
	operation: 'recognizeText',
	authentication: 'appKeySecretKey',
};

describe.each(binaryModes)(
	'NHN General OCR › Recognize Text (App Key), binary mode %s',
	(binaryMode) => {
		const run = (
			parameters: Record<string, unknown>,
			items = [fileItem(receiptKoPng), fileItem(receiptKoJpg)],
		) =>
			runNode({
				parameters: { ...base, ...parameters },
				items,
				credentials: [appKeyCredential(emulator())],
				binaryMode,
			});

		it('gives one item per recognized word, paired with its input, with line numbers and source', async () => {
			const items = succeeded(await run({ inputType: 'binary' }));
			expect(texts(items)).toEqual([...words(receiptKoPng.lines), ...words(receiptKoJpg.lines)]);
			const first = items.filter((item) => (item.pairedItem as { item: number }).item === 0);
			expect(first.map((item) => item.json.line)).toEqual(
				receiptKoPng.lines.flatMap((line, index) => line.map(() => index)),
			);
			expect(items[0].json).toMatchObject({
				kind: 'text',
				confidence: expect.any(Number),
				source: {
					fileName: receiptKoPng.name,
					resource: 'nhnGeneralOcr',
					operation: 'recognizeText',
					page: 0,
				},
			});
			expect(items[0].json.box).toBeUndefined();
			expect(pairedItems(items)).toEqual([
				...words(receiptKoPng.lines).map(() => 0),
				...words(receiptKoJpg.lines).map(() => 1),
			]);
			// Items are sent side by side (Items in Parallel): the calls may arrive in either order.
			const uploads = emulator().log.filter((entry) => entry.endpoint === 'general');
			expect(uploads.map((entry) => [entry.apiVersion, entry.auth, entry.fileName]).sort()).toEqual(
				[
					['v1.0', 'ok', receiptKoJpg.name],
					['v1.0', 'ok', receiptKoPng.name],
				],
			);
		});

		it('uploads the bytes intact: the emulator reports the byte count and SHA-256 it received', async () => {
			const copy = uniqueCopy(receiptKoPng);
			const items = succeeded(
				await run({ inputType: 'binary' }, [bufferItem(copy.buffer, 'scan.png', 'image/png')]),
			);
			expect(texts(items)).toEqual([`bytes=${copy.buffer.length}`, `sha256=${copy.sha256}`]);
		});

		it('sends an image URL as JSON for NHN to download', async () => {
			const url = emulator().fileUrl(receiptKoPng.name);
			const items = succeeded(await run({ inputType: 'url', imageUrl: url }, [{}]));
			expect(texts(items)).toEqual(words(receiptKoPng.lines));
			expect(items[0].json.source).toMatchObject({ url, fileName: receiptKoPng.name });
			const call = emulator().log.find((entry) => entry.endpoint === 'general');
			expect(call?.json).toEqual({ imageUrl: url });
		});

		it('gives one document item with the text in lines, and can keep the input file on it', async () => {
			const result = await run({
				inputType: 'binary',
				output: 'document',
				options: { keepBinary: true },
			});
			const items = succeeded(result);
			expect(items).toHaveLength(2);
			expect(items[0].json.text).toBe(receiptKoPng.lines.map((line) => line.join(' ')).join('\n'));
			expect(items[1].json.lines).toEqual(receiptKoJpg.lines.map((line) => line.join(' ')));
			expect(items[0].json).toMatchObject({
				pageCount: 1,
				fileType: 'png',
				confidence: { count: words(receiptKoPng.lines).length },
			});
			expect(pairedItems(items)).toEqual([0, 1]);
			expect(await result.binary(items[1])).toEqual(
				require('node:fs').readFileSync(receiptKoJpg.path),
			);
		});

		it('gives the raw answer with its source', async () => {
			const items = succeeded(
				await run({ inputType: 'binary', output: 'raw' }, [fileItem(receiptKoPng)]),
			);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				header: { isSuccessful: true, resultCode: 0 },
				source: { fileName: receiptKoPng.name },
			});
			expect(
				(items[0].json.result as { listOfInferTexts: unknown[] }).listOfInferTexts,
			).toHaveLength(receiptKoPng.lines.length);
		});

		it('adds boxes on request and leaves out words below the minimum confidence', async () => {
			const all = succeeded(
				await run({ inputType: 'binary', options: { includeBoundingBoxes: true } }, [
					fileItem(receiptKoPng),
				]),
			);
			expect(all[0].json.box).toEqual({
				x1: expect.any(Number),
				y1: expect.any(Number),
				x2: expect.any(Number),
				y2: expect.any(Number),
				x3: expect.any(Number),
				y3: expect.any(Number),
				x4: expect.any(Number),
				y4: expect.any(Number),
			});
			const confidences = all.map((item) => item.json.confidence as number);
			const threshold = [...confidences].sort()[Math.floor(confidences.length / 2)];
			const kept = succeeded(
				await run({ inputType: 'binary', options: { minConfidence: threshold } }, [
					fileItem(receiptKoPng),
				]),
			);
			expect(kept.length).toBe(confidences.filter((value) => value >= threshold).length);
			expect(kept.length).toBeLessThan(all.length);
			expect(kept.every((item) => (item.json.confidence as number) >= threshold)).toBe(true);
		});
	},
);

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import {
	claimFormPng,
	invoiceTablePng,
	notAnImageTxt,
	receiptKoJpg,
	receiptKoPng,
	scanTiff,
	threePagesPdf,
	words,
} from '../fixtures/catalog';
import type { HarnessItem } from '../harness';
import { bufferItem, failed, fileItem, succeeded, texts, uniqueCopy, useEmulator } from './setup';
import { clovaCalls, runClova, sentImage, type ClovaOperation } from './clovaSetup';

const emulator = useEmulator();
const MB = 1024 * 1024;
const OCTET = 'application/octet-stream';

function recognizeText(items: HarnessItem[], parameters: Record<string, unknown> = {}) {
	return runClova(emulator(), 'recognizeText', { output: 'fields', ...parameters }, items);
}

/** A file of exactly `bytes` bytes that starts like `file`: its real header, then zeros. Cheap to build. */
/** `bytes` long: the file's first bytes, zeros, and a PDF's end marker (so that a PDF does not look cut off). */
function bigFile(file: { path: string }, bytes: number): Buffer {
	const head = readFileSync(file.path).subarray(0, 64);
	const end = Buffer.from('\n%%EOF\n');
	return Buffer.concat([head, Buffer.alloc(bytes - head.length - end.length), end]);
}

describe('CLOVA OCR input', () => {
	describe('the format CLOVA requires is the one the bytes have, whatever the name and MIME type say', () => {
		it('the MIME type wins over the extension: a PNG named photo.jpg but typed image/png is sent as png', async () => {
			const items = succeeded(
				await recognizeText([
					bufferItem(readFileSync(receiptKoPng.path), 'photo.jpg', 'image/png'),
				]),
			);
			expect(texts(items)).toEqual(words(receiptKoPng.lines));
			expect(sentImage(clovaCalls(emulator())[0])).toMatchObject({
				format: 'png',
				name: 'photo.jpg',
			});
		});

		it('without a useful MIME type the bytes still win: PNG bytes named photo.jpg are declared png, and read', async () => {
			const items = succeeded(
				await recognizeText([bufferItem(readFileSync(receiptKoPng.path), 'photo.jpg', OCTET)]),
			);
			expect(sentImage(clovaCalls(emulator())[0])).toMatchObject({ format: 'png' });
			expect(texts(items)).toEqual(words(receiptKoPng.lines));
		});

		it('PDF bytes named scan.png are sent as a PDF', async () => {
			succeeded(
				await recognizeText([
					bufferItem(readFileSync(threePagesPdf.path), 'scan.png', 'image/png'),
				]),
			);
			expect(sentImage(clovaCalls(emulator())[0])).toMatchObject({
				format: 'pdf',
				name: 'scan.png',
			});
		});

		it.each([
			['scan.PNG', 'png', receiptKoPng],
			['scan.jpeg', 'jpg', receiptKoJpg],
			['scan.tif', 'tiff', scanTiff],
			['scan.pdf', 'pdf', threePagesPdf],
		])('the extension of %s gives %s', async (fileName, format, file) => {
			succeeded(await recognizeText([bufferItem(readFileSync(file.path), fileName, OCTET)]));
			expect(sentImage(clovaCalls(emulator())[0]).format).toBe(format);
		});

		it.each([
			[receiptKoPng.name, 'png', receiptKoPng],
			[receiptKoJpg.name, 'jpg', receiptKoJpg],
			[threePagesPdf.name, 'pdf', threePagesPdf],
			[scanTiff.name, 'tiff', scanTiff],
		])(
			'with neither (a file named "upload"), the first bytes of %s give %s',
			async (_name, format, file) => {
				const copy = uniqueCopy(file);
				const items = succeeded(await recognizeText([bufferItem(copy.buffer, 'upload', OCTET)]));
				expect(sentImage(clovaCalls(emulator())[0])).toMatchObject({ format, name: 'upload' });
				expect(clovaCalls(emulator())[0].fileSha256).toBe(copy.sha256);
				expect(texts(items)).toContain(`sha256=${copy.sha256}`);
			},
		);

		it("an image URL's format comes from its path, query string left out", async () => {
			succeeded(
				await runClova(
					emulator(),
					'recognizeText',
					{ inputType: 'url', imageUrl: `${emulator().fileUrl(invoiceTablePng.name)}?download=1` },
					[{}],
				),
			);
			expect(sentImage(clovaCalls(emulator())[0])).toMatchObject({
				format: 'png',
				name: invoiceTablePng.name,
			});
		});

		it('an image URL without a known extension fails before anything is sent, saying how to fix it', async () => {
			const error = failed(
				await runClova(
					emulator(),
					'recognizeText',
					{ inputType: 'url', imageUrl: `${emulator().url}/files/scan` },
					[{}],
				),
			);
			expect(error.message).toBe(`Cannot tell the file format of ${emulator().url}/files/scan`);
			expect(error.description).toMatch(/\.jpg, \.jpeg, \.png, \.pdf, \.tif or \.tiff/);
			expect(emulator().log).toHaveLength(0);
		});
	});

	describe.each(['recognizeText', 'recognizeTemplate'] as ClovaOperation[])(
		'%s: checked before upload, so no paid call is made',
		(operation) => {
			const run = (item: HarnessItem) => runClova(emulator(), operation, {}, [item]);

			it('a file that is not a JPG, PNG, PDF or TIFF', async () => {
				const error = failed(await run(fileItem(notAnImageTxt)));
				expect(error.message).toMatch(
					/^CLOVA OCR( Template)? cannot read "not-an-image\.txt" \(text\/plain; charset=utf-8\)$/,
				);
				expect(error.description).toMatch(/accepts JPG, PNG, PDF, TIFF files/);
				expect(emulator().log).toHaveLength(0);
			});

			it('an empty file', async () => {
				const error = failed(await run(bufferItem(Buffer.alloc(0), 'empty.png', 'image/png')));
				expect(error.message).toBe('The file "empty.png" is empty');
				expect(emulator().log).toHaveLength(0);
			});
		},
	);

	describe('documented size limits, checked before upload (MB = MiB, as the emulator reads the documents)', () => {
		it('General: a 50 MB image is over the limit by one byte', async () => {
			const error = failed(
				await recognizeText([
					bufferItem(bigFile(receiptKoPng, 50 * MB + 1), 'huge.png', 'image/png'),
				]),
			);
			expect(error.message).toBe(
				'"huge.png" is 52,428,801 bytes, larger than the 50 MB (52,428,800 bytes) CLOVA OCR accepts',
			);
			expect(emulator().log).toHaveLength(0);
		});

		it('Template: images up to 20 MB, so an image of 20 MB + 1 byte is refused', async () => {
			const error = failed(
				await runClova(emulator(), 'recognizeTemplate', {}, [
					bufferItem(bigFile(claimFormPng, 20 * MB + 1), 'huge.png', 'image/png'),
				]),
			);
			expect(error.message).toBe(
				'"huge.png" is 20,971,521 bytes, larger than the 20 MB (20,971,520 bytes) CLOVA OCR Template accepts',
			);
			expect(emulator().log).toHaveLength(0);
		});

		it('Template: PDF and TIFF up to 50 MB, so a 20 MB + 1 byte PDF is sent while a 50 MB + 1 byte one is not', async () => {
			await runClova(emulator(), 'recognizeTemplate', {}, [
				bufferItem(bigFile(threePagesPdf, 20 * MB + 1), 'big.pdf', 'application/pdf'),
			]);
			expect(clovaCalls(emulator()).map((call) => call.fileBytes)).toEqual([20 * MB + 1]);
			emulator().clearLog();
			const error = failed(
				await runClova(emulator(), 'recognizeTemplate', {}, [
					bufferItem(bigFile(scanTiff, 50 * MB + 1), 'huge.tiff', 'image/tiff'),
				]),
			);
			expect(error.message).toBe(
				'"huge.tiff" is 52,428,801 bytes, larger than the 50 MB (52,428,800 bytes) CLOVA OCR Template accepts',
			);
			expect(emulator().log).toHaveLength(0);
		});
	});

	describe('image name', () => {
		it("defaults to the file name, or the URL's last path segment", async () => {
			succeeded(await recognizeText([fileItem(receiptKoPng)]));
			succeeded(
				await runClova(
					emulator(),
					'recognizeText',
					{ inputType: 'url', imageUrl: emulator().fileUrl(receiptKoJpg.name) },
					[{}],
				),
			);
			// Items in Parallel: both are sent, in whatever order the uploads arrive.
			expect(
				clovaCalls(emulator())
					.map((call) => sentImage(call).name)
					.sort(),
			).toEqual([receiptKoPng.name, receiptKoJpg.name].sort());
		});

		it("the Image Name option is sent instead, and CLOVA's answer carries it", async () => {
			const items = succeeded(
				await runClova(
					emulator(),
					'recognizeText',
					{ output: 'document', options: { imageName: 'march-receipt' } },
					[fileItem(receiptKoPng)],
				),
			);
			expect(sentImage(clovaCalls(emulator())[0]).name).toBe('march-receipt');
			expect(items[0].json).toMatchObject({
				imageName: 'march-receipt',
				source: { fileName: receiptKoPng.name },
			});
		});
	});

	it("languages: one, or several joined with commas as CLOVA documents; none leaves lang out (the domain's setting)", async () => {
		for (const languages of [['ja'], ['ko', 'ja', 'zh-TW'], []]) {
			succeeded(await recognizeText([fileItem(receiptKoPng)], { options: { languages } }));
		}
		expect(clovaCalls(emulator()).map((call) => (call.json as { lang?: string }).lang)).toEqual([
			'ja',
			'ko,ja,zh-TW',
			undefined,
		]);
	});
});

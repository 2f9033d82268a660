/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	longBannerPng,
	notAnImageTxt,
	receiptKoJpg,
	receiptKoPng,
	threePagesPdf,
} from '../fixtures/catalog';
import { useEmulator } from './fixture';
import {
	blankRaster,
	call,
	encodePng,
	expectNhnError,
	fileBytes,
	fillRect,
	imageForm,
	nhnV10,
	nhnV11,
} from './helpers';
import { sha256 } from './request-log';

describe('NHN General OCR (file upload)', () => {
	const emu = useEmulator();

	test.each([
		['v1.0', receiptKoPng, 'png'],
		['v1.1', receiptKoJpg, 'jpg'],
	] as const)(
		'%s: %s answers its fixture, one inferTexts entry per line, boxes parallel',
		async (version, fixture, fileType) => {
			const form = imageForm(fileBytes(fixture.path), fixture.name);
			const answer =
				version === 'v1.0'
					? await nhnV10(emu, 'general', form)
					: await nhnV11(emu, 'general', form);
			expect(answer.json.header).toEqual({
				isSuccessful: true,
				resultCode: 0,
				resultMessage: 'SUCCESS',
			});
			const result = answer.json.result;
			expect(result.fileType).toBe(fileType);
			expect(
				result.listOfInferTexts.map((l: any) => l.inferTexts.map((t: any) => t.value)),
			).toEqual(fixture.lines);
			expect(result.listOfBoundingBoxes.map((l: any) => l.boundingBoxes.length)).toEqual(
				fixture.lines.map((l) => l.length),
			);
			expect(Object.keys(result.listOfBoundingBoxes[0].boundingBoxes[0]).sort()).toEqual([
				'x1',
				'x2',
				'x3',
				'x4',
				'y1',
				'y2',
				'y3',
				'y4',
			]);
			expect(result.slicesImages).toBeUndefined();
		},
	);

	test('an unknown image reports the exact byte count and SHA-256 it received', async () => {
		const raster = blankRaster(64, 48);
		fillRect(raster, 5, 5, 17, 9);
		const png = encodePng(raster);
		const answer = await nhnV10(emu, 'general', imageForm(png, 'mine.png'));
		const texts = answer.json.result.listOfInferTexts.map((l: any) => l.inferTexts[0].value);
		expect(texts).toEqual([`bytes=${png.length}`, `sha256=${sha256(png)}`]);
		expect(answer.json.result.listOfBoundingBoxes).toHaveLength(2);
	});

	test('/general/cropping adds slicesImages', async () => {
		const answer = await nhnV10(
			emu,
			'general/cropping',
			imageForm(fileBytes(receiptKoPng.path), receiptKoPng.name),
		);
		expect(answer.json.result.slicesImages).toBe(1);
	});

	test('long-banner.png is out of ratio for /general: 4000505', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', imageForm(fileBytes(longBannerPng.path), longBannerPng.name)),
			4000505,
			'Image out of ratio. Please check image.',
		);
	});

	test('long-banner.png through /general/cropping: slicesImages 3 and its lines', async () => {
		const answer = await nhnV11(
			emu,
			'general/cropping',
			imageForm(fileBytes(longBannerPng.path), longBannerPng.name),
		);
		expect(answer.json.result.slicesImages).toBe(longBannerPng.slicesImages);
		expect(
			answer.json.result.listOfInferTexts.map((l: any) => l.inferTexts.map((t: any) => t.value)),
		).toEqual(longBannerPng.lines);
	});

	test('an empty file: 4000004', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', imageForm(Buffer.alloc(0), 'empty.png')),
			4000004,
			'Uploaded file is empty.',
		);
	});

	test('plain text named .png: 4000003 (the type comes from the bytes)', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', imageForm(fileBytes(notAnImageTxt.path), 'receipt.png')),
			4000003,
			'Invalid file type.',
		);
	});

	test('a PDF on /general: 4000003', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', imageForm(fileBytes(threePagesPdf.path), threePagesPdf.name)),
			4000003,
			'Invalid file type.',
		);
	});

	test('PNG signature followed by garbage: 4000002', async () => {
		const broken = Buffer.concat([
			fileBytes(receiptKoPng.path).subarray(0, 40),
			Buffer.from('garbage garbage garbage'),
		]);
		expectNhnError(
			await nhnV10(emu, 'general', imageForm(broken, 'broken.png')),
			4000002,
			'Invalid file.',
		);
	});

	test('a file over 20 MB: 4131000', async () => {
		const big = Buffer.alloc(20 * 1024 * 1024 + 1);
		fileBytes(receiptKoPng.path).copy(big);
		expectNhnError(
			await nhnV10(emu, 'general', imageForm(big, 'big.png')),
			4131000,
			'Request size is larger than permissible limit.',
		);
	});

	test('a file of exactly 20 MB passes the size rule', async () => {
		const exact = Buffer.alloc(20 * 1024 * 1024);
		fileBytes(receiptKoPng.path).copy(exact);
		// Not a well-formed PNG any more (trailing zeros after IEND are fine, this is a size check): no 4131000.
		expect(
			(await nhnV10(emu, 'general', imageForm(exact, 'exact.png'))).json.header.resultCode,
		).not.toBe(4131000);
	});

	test('the file in a field not named image: 4000001', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', imageForm(fileBytes(receiptKoPng.path), 'r.png', 'file')),
			4000001,
			'Invalid parameter.',
		);
	});

	test('an image part without a filename: 4000001', async () => {
		const boundary = 'XyZ123';
		const body = Buffer.concat([
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"\r\n\r\n`),
			fileBytes(receiptKoPng.path),
			Buffer.from(`\r\n--${boundary}--\r\n`),
		]);
		const answer = await nhnV10(emu, 'general', body as unknown as string, {
			'Content-Type': `multipart/form-data; boundary=${boundary}`,
		});
		expectNhnError(answer, 4000001, 'Invalid parameter.');
	});

	test('a multipart body without its closing boundary: 4000001', async () => {
		const boundary = 'XyZ123';
		const body = Buffer.concat([
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="r.png"\r\n\r\n`,
			),
			fileBytes(receiptKoPng.path),
		]);
		const answer = await call(`${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/general`, {
			headers: {
				Authorization: emu.nhn.secretKey,
				'Content-Type': `multipart/form-data; boundary=${boundary}`,
			},
			body,
		});
		expectNhnError(answer, 4000001, 'Invalid parameter.');
	});

	test('multipart/form-data without a boundary parameter: 4000001', async () => {
		const answer = await call(`${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/general`, {
			headers: { Authorization: emu.nhn.secretKey, 'Content-Type': 'multipart/form-data' },
			body: fileBytes(receiptKoPng.path),
		});
		expectNhnError(answer, 4000001, 'Invalid parameter.');
	});
});

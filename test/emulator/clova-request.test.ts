/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { invoiceTablePng, receiptKoPng, threePagesPdf } from '../fixtures/catalog';
import { useEmulator } from './fixture';
import { call, clova, clovaJson, clovaMultipart, expectClovaError, fileBytes } from './helpers';
import { sha256 } from './request-log';

const INVALID = 'Request body invalid.';

describe('CLOVA request body', () => {
	const png = fileBytes(receiptKoPng.path);
	const emu = useEmulator();

	const general = (body: Parameters<typeof clova>[2]) => clova(emu.clova.general, 'general', body);
	const expectInvalid = async (body: Parameters<typeof clova>[2]) =>
		expectClovaError(await general(body), 400, '0011', INVALID);

	test.each(['V3', 'v0', '2'])('version %s: HTTP 400 "0021"', async (version) => {
		expectClovaError(
			await general(clovaJson(png, 'png', { version })),
			400,
			'0021',
			'Protocol version not support.',
		);
	});

	test('version "v1" in lower case (as the General doc sends it) is accepted and echoed', async () => {
		const answer = await general(clovaJson(png, 'png', { version: 'v1' }));
		expect(answer.status).toBe(200);
		expect(answer.json.version).toBe('v1');
	});

	test('the answer echoes requestId', async () => {
		const answer = await general(clovaJson(png, 'png', { requestId: 'my-request-7' }));
		expect(answer.json).toMatchObject({
			version: 'V2',
			requestId: 'my-request-7',
			timestamp: expect.any(Number),
		});
	});

	test('version missing: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'png', { version: undefined }));
	});

	test('requestId missing: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'png', { requestId: undefined }));
	});

	test('timestamp as a string of digits (the General doc example) is accepted', async () => {
		expect((await general(clovaJson(png, 'png', { timestamp: '1722225600000' }))).status).toBe(200);
	});

	test('timestamp that is not a number: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'png', { timestamp: 'yesterday' }));
	});

	test('two images: "0011"', async () => {
		const body = clovaJson(png, 'png');
		body.images = [...(body.images as object[]), ...(body.images as object[])];
		await expectInvalid(body);
	});

	test('no images: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'png', { images: [] }));
	});

	test('format gif: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'gif'));
	});

	test('format "PNG" in upper case is accepted', async () => {
		expect((await general(clovaJson(png, 'PNG'))).status).toBe(200);
	});

	test('name missing: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'png', {}, { name: undefined }));
	});

	test('neither url nor data: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'png', {}, { data: undefined }));
	});

	test('data with a data: URL prefix: "0011"', async () => {
		await expectInvalid(
			clovaJson(png, 'png', {}, { data: `data:image/png;base64,${png.toString('base64')}` }),
		);
	});

	test.each(['en', 'ko,en', 'KO'])('lang %s: "0011"', async (lang) => {
		await expectInvalid(clovaJson(png, 'png', { lang }));
	});

	test.each(['ko', 'ja', 'zh-TW', 'ko,ja', 'ko, ja, zh-TW'])(
		'lang %s is accepted',
		async (lang) => {
			expect((await general(clovaJson(png, 'png', { lang }))).status).toBe(200);
		},
	);

	test('enableTableDetection as a string: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'png', { enableTableDetection: 'true' }));
	});

	test('templateIds that are not numbers: "0011"', async () => {
		expectClovaError(
			await clova(emu.clova.template, 'infer', clovaJson(png, 'png', {}, { templateIds: ['390'] })),
			400,
			'0011',
			INVALID,
		);
	});

	test('a body that is not JSON: "0011"', async () => {
		const answer = await call(`${emu.clova.general.invokeUrl}/general`, {
			headers: { 'X-OCR-SECRET': emu.clova.general.secretKey, 'Content-Type': 'application/json' },
			body: '{"version":"V2",',
		});
		expectClovaError(answer, 400, '0011', INVALID);
	});

	test('a Content-Type other than JSON or multipart: "0011"', async () => {
		const answer = await call(`${emu.clova.general.invokeUrl}/general`, {
			headers: { 'X-OCR-SECRET': emu.clova.general.secretKey, 'Content-Type': 'text/plain' },
			body: JSON.stringify(clovaJson(png, 'png')),
		});
		expectClovaError(answer, 400, '0011', INVALID);
	});

	test('declared png but the bytes are a PDF: "0011"', async () => {
		await expectInvalid(clovaJson(fileBytes(threePagesPdf.path), 'png'));
	});

	test('declared jpg but the bytes are a PNG: "0011"', async () => {
		await expectInvalid(clovaJson(png, 'jpg'));
	});

	test('a broken PNG: "0011"', async () => {
		await expectInvalid(
			clovaJson(Buffer.concat([png.subarray(0, 30), Buffer.from('broken')]), 'png'),
		);
	});

	test('data wins over url', async () => {
		const invoice = fileBytes(invoiceTablePng.path);
		const answer = await general(
			clovaJson(invoice, 'png', {}, { url: 'http://127.0.0.1:1/never-fetched.png' }),
		);
		expect(answer.json.images[0].fields[0].inferText).toBe(invoiceTablePng.headerLines[0][0]);
		expect(emu.log.some((entry) => entry.path === '/never-fetched.png')).toBe(false);
	});

	test('url only: the emulator downloads it', async () => {
		const answer = await general(
			clovaJson(png, 'png', {}, { data: undefined, url: emu.fileUrl(invoiceTablePng.name) }),
		);
		expect(answer.json.images[0].fields[0].inferText).toBe(invoiceTablePng.headerLines[0][0]);
	});

	test('a url that cannot be downloaded: HTTP 200 with inferResult ERROR', async () => {
		const answer = await general(
			clovaJson(png, 'png', {}, { data: undefined, url: emu.fileUrl('missing.png') }),
		);
		expect(answer.status).toBe(200);
		expect(answer.json.images[0]).toMatchObject({ inferResult: 'ERROR', name: 'sample' });
	});

	describe('multipart/form-data', () => {
		const message = {
			version: 'V2',
			requestId: 'mp-1',
			timestamp: 1722225600000,
			images: [{ format: 'png', name: 'upload' }],
		};

		test('message + file parts: the fixture answers', async () => {
			const answer = await general(clovaMultipart(png, 'receipt.png', message));
			expect(answer.status).toBe(200);
			expect(answer.json.images[0].fields.map((f: any) => f.inferText)).toEqual(
				receiptKoPng.lines.flat(),
			);
		});

		test('an unknown file through multipart reports its exact bytes and SHA-256', async () => {
			const pdf = fileBytes(threePagesPdf.path);
			const other = Buffer.from(pdf.toString('latin1').replace('Page one', 'Page uno'), 'latin1');
			const answer = await general(
				clovaMultipart(other, 'doc.pdf', { ...message, images: [{ format: 'pdf', name: 'doc' }] }),
			);
			const texts = answer.json.images[0].fields.map((f: any) => f.inferText);
			expect(texts).toEqual([`bytes=${other.length}`, `sha256=${sha256(other)}`, 'page=0']);
		});

		test('no file part: "0011"', async () => {
			const { FormData } = await import('undici');
			const form = new FormData();
			form.append('message', JSON.stringify(message));
			await expectInvalid(form);
		});

		test('no message part: "0011"', async () => {
			const { FormData } = await import('undici');
			const form = new FormData();
			form.append('file', new Blob([new Uint8Array(png)]), 'r.png');
			await expectInvalid(form);
		});

		test('a message that is not JSON: "0011"', async () => {
			const { FormData } = await import('undici');
			const form = new FormData();
			form.append('message', 'version=V2');
			form.append('file', new Blob([new Uint8Array(png)]), 'r.png');
			await expectInvalid(form);
		});
	});
});

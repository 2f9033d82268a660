/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
	corporateLicence,
	individualLicence,
	receiptCafeJpg,
	receiptMartPng,
	scanTiff,
	threePagesPdf,
} from '../fixtures/catalog';
import { useEmulator } from './fixture';
import {
	blankRaster,
	call,
	clova,
	clovaJson,
	clovaMultipart,
	encodePng,
	expectClovaError,
	fileBytes,
	fillRect,
} from './helpers';
import { sha256 } from './request-log';

const BODY_INVALID = 'Request body invalid.';

describe('CLOVA Document OCR (/document/receipt, /document/biz-license)', () => {
	const emu = useEmulator();

	const mart = fileBytes(receiptMartPng.path);
	const receipt = (body: Parameters<typeof clova>[2], domain = emu.clova.receipt) =>
		clova(domain, 'document/receipt', body);
	const licence = (body: Parameters<typeof clova>[2]) =>
		clova(emu.clova.bizLicense, 'document/biz-license', body);

	test('receipt-mart.png (JSON, base64): the envelope, receipt.meta and the observed result tree', async () => {
		const answer = await receipt(clovaJson(mart, 'png', { requestId: 'r-1' }, { name: 'mart' }));
		expect(answer.status).toBe(200);
		expect(answer.json).toMatchObject({
			version: 'V2',
			requestId: 'r-1',
			timestamp: expect.any(Number),
		});
		const [image] = answer.json.images;
		expect(answer.json.images).toHaveLength(1);
		expect(image).toMatchObject({
			uid: expect.any(String),
			name: 'mart',
			inferResult: 'SUCCESS',
			message: 'SUCCESS',
			receipt: { meta: { estimatedLanguage: 'ko' } },
		});
		const { result } = image.receipt;
		expect(result.storeInfo.bizNum).toMatchObject({
			text: '214-86-01373',
			formatted: { value: '2148601373' },
		});
		expect(result.storeInfo.tel[0].formatted.value).toBe('0317861171');
		expect(result.paymentInfo.date.formatted).toEqual({ year: '2026', month: '03', day: '14' });
		expect(result.subResults.map((group: any) => group.items.length)).toEqual([2, 1]);
		expect(result.subResults[0].items[0].price.unitPrice.text).toBe('4,500');
		expect(result.totalPrice.creditCardPrice.text).toBe('14,800');
		expect(Array.isArray(result.subTotal)).toBe(true);
		expect(result.subTotal[0].taxPrice[0].text).toBe('1,345');
		expect(result.subTotal[0].subTotalPrice.text).toBe('13,455');
		expect(result.storeInfo.name.boundingPolys[0].vertices).toHaveLength(4);
		expect(emu.log[0]).toMatchObject({
			endpoint: 'document/receipt',
			auth: 'ok',
			fileSha256: sha256(mart),
		});
	});

	test('multipart (message + file) answers the same receipt', async () => {
		const cafe = fileBytes(receiptCafeJpg.path);
		const message = {
			version: 'V2',
			requestId: 'm',
			timestamp: 1,
			images: [{ format: 'jpg', name: 'cafe' }],
		};
		const answer = await receipt(clovaMultipart(cafe, receiptCafeJpg.name, message));
		expect(answer.status).toBe(200);
		const { result } = answer.json.images[0].receipt;
		expect(result.paymentInfo.date.formatted).toEqual({ year: '26', month: '03', day: '14' });
		expect(result.storeInfo.subName).toBeUndefined();
		expect(result.subTotal).toBeUndefined();
		expect(emu.log[0]).toMatchObject({ fileName: receiptCafeJpg.name, fileSha256: sha256(cafe) });
	});

	test('"Only use V2": V1 is 0021, like any other version', async () => {
		expectClovaError(
			await receipt(clovaJson(mart, 'png', { version: 'V1' })),
			400,
			'0021',
			'Protocol version not support.',
		);
		expectClovaError(
			await receipt(clovaJson(mart, 'png', { version: 'V3' })),
			400,
			'0021',
			'Protocol version not support.',
		);
	});

	test('specialised documents take encoded bytes only: an image URL is 0011', async () => {
		const body = clovaJson(
			mart,
			'png',
			{},
			{ data: undefined, url: emu.fileUrl(receiptMartPng.name) },
		);
		expectClovaError(await receipt(body), 400, '0011', BODY_INVALID);
	});

	test('one image per call: two images are 0011', async () => {
		const one = clovaJson(mart, 'png').images as unknown[];
		expectClovaError(
			await receipt(clovaJson(mart, 'png', { images: [...one, ...one] })),
			400,
			'0011',
			BODY_INVALID,
		);
	});

	test('PDF and TIFF single page only: several pages are 0011, one page is read', async () => {
		expectClovaError(
			await receipt(clovaJson(fileBytes(threePagesPdf.path), 'pdf')),
			400,
			'0011',
			BODY_INVALID,
		);
		expectClovaError(
			await receipt(clovaJson(fileBytes(scanTiff.path), 'tiff')),
			400,
			'0011',
			BODY_INVALID,
		);
		const pdf = await licence(clovaJson(fileBytes(businessRegistrationPdf.path), 'pdf'));
		expect(pdf.status).toBe(200);
		expect(pdf.json.images[0].bizLicense.result.registerNumber[0].text).toBe('105-87-12345');
	});

	test('format outside jpg|jpeg|png|pdf|tif|tiff, or not what the bytes are: 0011', async () => {
		expectClovaError(await receipt(clovaJson(mart, 'gif')), 400, '0011', BODY_INVALID);
		expectClovaError(await receipt(clovaJson(mart, 'jpg')), 400, '0011', BODY_INVALID);
	});

	test('required message fields: without requestId or timestamp the body is 0011', async () => {
		expectClovaError(
			await receipt(clovaJson(mart, 'png', { requestId: undefined })),
			400,
			'0011',
			BODY_INVALID,
		);
		expectClovaError(
			await receipt(clovaJson(mart, 'png', { timestamp: undefined })),
			400,
			'0011',
			BODY_INVALID,
		);
	});

	test('X-OCR-SECRET: a wrong or missing secret is 401 0002', async () => {
		const body = clovaJson(mart, 'png');
		expectClovaError(
			await clova(emu.clova.receipt, 'document/receipt', body, 'wrong'),
			401,
			'0002',
			'Secret key validate failed.',
		);
		expectClovaError(
			await clova(emu.clova.receipt, 'document/receipt', body, ''),
			401,
			'0002',
			'Secret key validate failed.',
		);
	});

	test('a Document path on a domain of another model, or of General OCR, is 0022; an unknown path 0001', async () => {
		const body = clovaJson(mart, 'png');
		expectClovaError(
			await clova(emu.clova.bizLicense, 'document/receipt', body, emu.clova.bizLicense.secretKey),
			400,
			'0022',
			'Request domain invalid.',
		);
		expectClovaError(
			await clova(emu.clova.general, 'document/receipt', body),
			400,
			'0022',
			'Request domain invalid.',
		);
		const nameCard = await call(`${emu.clova.receipt.invokeUrl}/document/name-card`, {
			headers: { 'X-OCR-SECRET': emu.clova.receipt.secretKey, 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		expectClovaError(nameCard, 400, '0001', 'URL is invalid.');
	});

	test('an unknown picture gets the part with an empty result (every observed key is optional)', async () => {
		const raster = blankRaster(200, 200);
		fillRect(raster, 20, 20, 100, 20);
		const image = (await receipt(clovaJson(encodePng(raster), 'png'))).json.images[0];
		expect(image.receipt).toEqual({ meta: { estimatedLanguage: 'ko' }, result: {} });
		const other = (await licence(clovaJson(encodePng(raster), 'png'))).json.images[0];
		expect(other.bizLicense).toEqual({ result: {} });
	});

	test('business licences: corporate and individual certificates, every key an array of fields scored 0.0', async () => {
		const corporate = (await licence(clovaJson(fileBytes(businessRegistrationPng.path), 'png')))
			.json.images[0];
		const texts = (result: Record<string, Array<{ text: string }>>) =>
			Object.fromEntries(
				Object.entries(result).map(([key, fields]) => [key, fields.map((f) => f.text)]),
			);
		expect(texts(corporate.bizLicense.result)).toEqual(corporateLicence);
		expect(corporate.bizLicense.result.bisType[0].confidenceScore).toBe(0);
		expect(corporate.receipt).toBeUndefined();
		const individual = (await licence(clovaJson(fileBytes(businessRegistrationLowJpg.path), 'jpg')))
			.json.images[0];
		expect(texts(individual.bizLicense.result)).toEqual(individualLicence);
		expect(individual.bizLicense.result.corpName).toBeUndefined();
	});

	test('imageFailure fault: HTTP 200 with inferResult FAILURE and no receipt', async () => {
		emu.inject({
			kind: 'imageFailure',
			inferResult: 'FAILURE',
			times: 1,
			match: { endpoint: 'document/receipt' },
		});
		const answer = await receipt(clovaJson(mart, 'png'));
		expect(answer.status).toBe(200);
		expect(answer.json.images[0]).toMatchObject({
			inferResult: 'FAILURE',
			message: 'FAILURE: image recognition failed',
		});
		expect(answer.json.images[0].receipt).toBeUndefined();
	});
});

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	businessRegistrationPdf,
	businessRegistrationPng,
	receiptMartPng,
	threePagesPdf,
} from '../fixtures/catalog';
import { runNode } from '../harness';
import { clovaCalls, json, runClova, sentImage, sentMessage } from './clovaSetup';
import { credentialFor } from './nhnSetup';
import {
	binaryModes,
	bufferItem,
	failed,
	fileItem,
	pairedItems,
	succeeded,
	uniqueCopy,
	useEmulator,
} from './setup';

const emulator = useEmulator();

const martRows = [
	{ name: '아메리카노', count: 2, unitPrice: 4500, price: 9000 },
	{ name: '크루아상', count: 1, unitPrice: 3800, price: 3800, code: '8801234' },
	{ name: '생수 500ml', count: 3, unitPrice: 1000, price: 3000 },
].map((row) => ({ ...row, store: '한빛마트 판교점', date: '2026-03-14' }));

describe.each(binaryModes)('CLOVA OCR › receipts and licences, binary mode %s', (binaryMode) => {
	it('Recognize Receipt: one item per line item with numbers, store and ISO date (multipart, V2, no languages)', async () => {
		const items = succeeded(
			await runClova(emulator(), 'recognizeReceipt', {}, [fileItem(receiptMartPng)], {
				binaryMode,
			}),
		);
		expect(json(items).map(({ source: _source, ...row }) => row)).toEqual(martRows);
		expect(items[0].json.source).toEqual({
			fileName: receiptMartPng.name,
			mimeType: 'image/png',
			resource: 'clovaOcr',
			operation: 'recognizeReceipt',
			page: 0,
			row: 0,
			group: 0,
		});
		expect(pairedItems(items)).toEqual([0, 0, 0]);
		const [call] = clovaCalls(emulator());
		expect(call).toMatchObject({ endpoint: 'document/receipt', status: 200, apiVersion: 'V2' });
		expect(call.contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(sentImage(call)).toEqual({ format: 'png', name: receiptMartPng.name });
		expect(Object.keys(sentMessage(call)).sort()).toEqual([
			'images',
			'requestId',
			'timestamp',
			'version',
		]);
	});

	it('Recognize Receipt, base64 in JSON, document and raw outputs: the card number masked in both', async () => {
		const [document] = succeeded(
			await runClova(
				emulator(),
				'recognizeReceipt',
				{ output: 'document', options: { sendAs: 'base64' } },
				[fileItem(receiptMartPng)],
				{ binaryMode },
			),
		);
		expect(document.json).toMatchObject({
			store: { name: '한빛마트', businessNumber: '214-86-01373', businessNumberValid: true },
			payment: { date: '2026-03-14', time: '18:42:07', cardNumber: '****-****-****-5675' },
			totals: { total: { value: 14800, text: '14,800' }, tax: { value: 1345, text: '1,345' } },
		});
		expect(clovaCalls(emulator())[0].contentType).toMatch(/^application\/json/);
		const [raw] = succeeded(
			await runClova(
				emulator(),
				'recognizeReceipt',
				{ output: 'raw' },
				[fileItem(receiptMartPng)],
				{
					binaryMode,
				},
			),
		);
		const text = JSON.stringify(raw.json);
		expect(text).toContain('****-****-****-5675');
		expect(text).not.toContain('5412');
	});

	it('Recognize Business License: the same English names and values as NHN › Recognize Business Registration', async () => {
		const [clova] = succeeded(
			await runClova(
				emulator(),
				'recognizeBusinessLicense',
				{ output: 'document' },
				[fileItem(businessRegistrationPng)],
				{ binaryMode },
			),
		);
		const nhnRun = await runNode({
			parameters: {
				resource: 'nhnDocumentOcr',
				operation: 'recognizeBusinessRegistration',
				output: 'document',
			},
			items: [fileItem(businessRegistrationPng)],
			credentials: [credentialFor('appKeySecretKey', emulator())],
			binaryMode,
		});
		const nhnFields = succeeded(nhnRun)[0].json.fields as Record<string, string>;
		const clovaFields = clova.json.fields as Record<string, string>;
		for (const name of [
			'registrationNumber',
			'companyName',
			'representative',
			'openingDate',
			'businessAddress',
		])
			expect([name, clovaFields[name]]).toEqual([name, nhnFields[name].trim()]);
		expect(Object.keys(clovaFields).filter((name) => !(name in nhnFields))).toEqual([]);
		expect(clova.json).toMatchObject({
			registrationNumber: '214-86-01373',
			registrationNumberValid: true,
		});
		// The dates a sheet can sort, and the number as it is written, beside the printed texts; the same from both.
		const nhnValues = succeeded(nhnRun)[0].json.values as Record<string, string>;
		expect(nhnValues).toMatchObject({
			registrationNumber: '214-86-01373',
			openingDate: '2019-04-01',
		});
		expect(nhnValues.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(clova.json.values).toEqual(nhnValues);
	});
});

describe('CLOVA OCR › receipts and licences: input and failures', () => {
	it('an Image URL is downloaded by n8n and uploaded (Document OCR takes no URLs); the invoke URL may end in /document/receipt', async () => {
		const { invokeUrl } = emulator().clova.receipt;
		const items = succeeded(
			await runClova(
				emulator(),
				'recognizeReceipt',
				{ inputType: 'url', imageUrl: emulator().fileUrl(receiptMartPng.name) },
				[{}],
				{ credential: { invokeUrl: `${invokeUrl}/document/receipt/` } },
			),
		);
		expect(items).toHaveLength(3);
		expect(emulator().log.map((entry) => entry.provider)).toEqual(['file', 'clova']);
		expect(sentImage(clovaCalls(emulator())[0])).toEqual({
			format: 'png',
			name: receiptMartPng.name,
		});
		expect(items[0].json.source).toMatchObject({ url: emulator().fileUrl(receiptMartPng.name) });
	});

	it('a PDF of several pages fails before the call; a single-page PDF licence is read', async () => {
		const error = failed(
			await runClova(emulator(), 'recognizeBusinessLicense', {}, [fileItem(threePagesPdf)]),
		);
		expect(error.message).toBe(
			'"three-pages.pdf" has 3 pages; CLOVA Document OCR reads single-page files only',
		);
		expect(clovaCalls(emulator())).toEqual([]);
		const items = succeeded(
			await runClova(emulator(), 'recognizeBusinessLicense', {}, [
				fileItem(businessRegistrationPdf),
			]),
		);
		expect(items[0].json).toMatchObject({
			key: 'registerNumber',
			name: 'registrationNumber',
			text: '105-87-12345',
		});
		expect(sentImage(clovaCalls(emulator())[0]).format).toBe('pdf');
	});

	it('nothing recognised gives one empty item; a per-image failure gives an error item paired with its input', async () => {
		const unknown = uniqueCopy(receiptMartPng);
		const [empty] = succeeded(
			await runClova(emulator(), 'recognizeReceipt', {}, [
				bufferItem(unknown.buffer, 'blank.png', 'image/png'),
			]),
		);
		expect(empty.json).toMatchObject({
			kind: 'empty',
			message: 'No line items were recognized on this receipt.',
		});
		emulator().inject({ kind: 'imageFailure', inferResult: 'FAILURE', times: 1 });
		const items = succeeded(
			await runClova(
				emulator(),
				'recognizeReceipt',
				{},
				[fileItem(receiptMartPng), fileItem(receiptMartPng)],
				{ continueOnFail: true },
			),
		);
		expect(items.map((item) => [item.pairedItem, Boolean(item.json.error)])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, false],
			[{ item: 1 }, false],
			[{ item: 1 }, false],
		]);
		expect(items[0].json.error).toBe(
			`CLOVA OCR could not recognize "${receiptMartPng.name}": FAILURE: image recognition failed`,
		);
	});
});

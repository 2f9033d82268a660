import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
} from '../../fixtures/catalog';
import { runNode, type BinaryMode, type HarnessItem } from '../../harness';
import { answeringServer, successEnvelope } from '../nhnSetup';
import {
	appKeyCredential,
	binaryModes,
	fileItem,
	pairedItems,
	succeeded,
	useEmulator,
	userAccessKeyCredential,
} from '../setup';

// Its own emulator: the test counts the tokens it issued.
const emulator = useEmulator({});
const NODE = 'NHN & CLOVA OCR';
const base = {
	resource: 'nhnDocumentOcr',
	operation: 'recognizeBusinessRegistration',
	authentication: 'appKeySecretKey',
	inputType: 'binary',
	output: 'document',
	verifyBusiness: true,
};
const certificates = [businessRegistrationPng, businessRegistrationLowJpg, businessRegistrationPdf];
const digitsOf = (number: string) => number.replace(/-/g, '');

function run(
	parameters: Record<string, unknown>,
	items: HarnessItem[],
	binaryMode: BinaryMode = 'default',
	baseUrl?: string,
) {
	return runNode({
		parameters: { ...base, ...parameters },
		items,
		credentials: [appKeyCredential(emulator(), baseUrl ? { baseUrl } : {})],
		binaryMode,
	});
}

describe.each(binaryModes)(
	'Recognize Business Registration › Check Business Status, binary mode %s',
	(binaryMode) => {
		it('reads each certificate and adds its status in the same item, with one status call per certificate for the number it gave', async () => {
			const items = succeeded(
				await run(
					{},
					certificates.map((file) => fileItem(file)),
					binaryMode,
				),
			);
			expect(pairedItems(items)).toEqual([0, 1, 2]);
			expect(
				items.map((item) => [
					(item.json.fields as { registrationNumber: string }).registrationNumber,
					item.json.businessNumber,
					item.json.statusCode,
					item.json.status,
					item.json.inBusiness,
					item.json.statusChecked,
				]),
			).toEqual([
				['214-86-01373', '2148601373', '01', 'VAT general taxpayers', true, true],
				['312-09-04580', '3120904580', '02', 'VAT simplified taxpayer', true, true],
				['105-87-12345', '1058712345', '03', 'Exempt from VAT', true, true],
			]);
			const calls = emulator()
				.log.filter((entry) => entry.provider === 'nhn')
				.map((entry) => [entry.endpoint, entry.businessNumber ?? entry.fileName]);
			// Items run in parallel (Items in Parallel): the calls are fixed, their order across items is not.
			expect([...calls].sort()).toEqual(
				certificates
					.flatMap((file) => [
						['business', file.name],
						['business/status', digitsOf(file.registrationNumber)],
					])
					.sort(),
			);
		});
	},
);

describe('Recognize Business Registration › Check Business Status', () => {
	it('makes no status call for a number with a wrong check digit, and says why on the document, which goes to review', async () => {
		// A stand-in for NHN that reads every certificate as 214-86-01374 (the last digit is wrong).
		const server = await answeringServer(
			successEnvelope({
				fileType: 'png',
				unitType: 'pixel',
				resolution: 'normal',
				keyValues: [
					{ key: '등록번호', value: '214-86-01374', conf: 0.99 },
					{ key: '상호(법인명)', value: '주식회사 한빛데이터', conf: 0.99 },
				],
				boxes: [],
			}),
		);
		try {
			const result = await run(
				{ needsReviewOutput: true },
				[fileItem(businessRegistrationPng)],
				'default',
				server.url,
			);
			expect(result.error).toBeUndefined();
			expect(server.requests).toHaveLength(1);
			expect(result.output(NODE, 0)).toEqual([]);
			const [item] = result.output(NODE, 1);
			expect(item.json).toMatchObject({
				businessNumber: '2148601374',
				statusChecked: false,
				statusNotCheckedReason: expect.stringContaining('check digit'),
				review: { codes: ['businessNumberCheckDigit'] },
			});
			expect(item.json.statusCode).toBeUndefined();
			expect(item.json.inBusiness).toBeUndefined();
		} finally {
			await server.close();
		}
	});

	it('uses the same credential for both calls: one User Access Key token, both on API v1.1', async () => {
		const result = await runNode({
			parameters: { ...base, authentication: 'userAccessKey' },
			items: [fileItem(businessRegistrationLowJpg)],
			credentials: [userAccessKeyCredential(emulator())],
		});
		const [item] = succeeded(result);
		expect(item.json.status).toBe('VAT simplified taxpayer');
		expect(emulator().tokens.issuedCount()).toBe(1);
		const calls = emulator().log.filter((entry) => entry.provider === 'nhn');
		expect(calls.map((entry) => [entry.endpoint, entry.apiVersion, entry.auth])).toEqual([
			['business', 'v1.1', 'ok'],
			['business/status', 'v1.1', 'ok'],
		]);
	});

	it("the raw output carries the status answer next to the certificate's", async () => {
		const [item] = succeeded(await run({ output: 'raw' }, [fileItem(businessRegistrationPng)]));
		expect(item.json.header).toMatchObject({ isSuccessful: true });
		expect(item.json.businessStatus).toMatchObject({
			header: { isSuccessful: true },
			result: { statusCode: '01' },
		});
	});

	it('without the option no status call is made, as before', async () => {
		const [item] = succeeded(
			await run({ verifyBusiness: false }, [fileItem(businessRegistrationPng)]),
		);
		expect(item.json.statusCode).toBeUndefined();
		expect(emulator().log.filter((entry) => entry.endpoint === 'business/status')).toEqual([]);
	});

	it.each([
		['a 503 from the status call', { kind: 'serverError' as const, status: 503 as const }],
		['a dropped connection', { kind: 'connectionReset' as const }],
	])(
		'keeps the paid recognition when the status call fails (%s): the document says the status was not checked and why, and goes to review',
		async (_name, fault) => {
			emulator().inject({ ...fault, match: { endpoint: 'business/status' } });
			const result = await run(
				{ needsReviewOutput: true, reviewBelowConfidence: 0, options: { maxRetries: 1 } },
				[fileItem(businessRegistrationPng)],
			);
			expect(result.error).toBeUndefined();
			expect(result.output(NODE, 0)).toEqual([]);
			const [item] = result.output(NODE, 1);
			expect((item.json.fields as { registrationNumber: string }).registrationNumber).toBe(
				'214-86-01373',
			);
			expect(item.json.statusChecked).toBe(false);
			expect(item.json.statusNotCheckedReason).toMatch(
				/^Check Business Status failed, so the status was not checked \(the recognition is kept\): .*\(gave up after 2 attempts\)$/,
			);
			expect(item.json.review).toMatchObject({ codes: ['statusNotChecked'] });
			// One paid recognition, and the status call with its retry: nothing to pay again next run.
			const calls = emulator().log.filter((entry) => entry.provider === 'nhn');
			expect(calls.map((entry) => entry.endpoint)).toEqual([
				'business',
				'business/status',
				'business/status',
			]);
		},
	);
});

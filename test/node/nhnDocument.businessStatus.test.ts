import type { INodeParameters } from 'n8n-workflow';
import { nhnErrors } from '../../nodes/nhn/errorCodes';
import {
	businessNumbers,
	businessStatusMessages,
	type BusinessStatusCode,
} from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import { nhnCalls } from './nhnSetup';
import { appKeyCredential, failed, pairedItems, succeeded, useEmulator } from './setup';

const emulator = useEmulator();
const base = {
	resource: 'nhnDocumentOcr',
	operation: 'checkBusinessStatus',
	authentication: 'appKeySecretKey',
};

/** The documented statusCode table (English as the API guide prints it) and the Korean (Hometax) terms. */
const statuses: Record<BusinessStatusCode, { en: string; ko: string; inBusiness: boolean | null }> =
	{
		'00': { en: 'Businesses not in business', ko: '사업을 하지 않는 사업자', inBusiness: false },
		'01': { en: 'VAT general taxpayers', ko: '부가가치세 일반과세자', inBusiness: true },
		'02': { en: 'VAT simplified taxpayer', ko: '부가가치세 간이과세자', inBusiness: true },
		'03': { en: 'Exempt from VAT', ko: '부가가치세 면세사업자', inBusiness: true },
		'04': {
			en: 'Non-profit corporation or organization with a unique number that is not engaged in a profitable business. National organizations',
			ko: '수익사업을 하지 않는 비영리법인 또는 고유번호가 부여된 단체, 국가기관 등',
			inBusiness: true,
		},
		'05': { en: 'Inactive', ko: '휴업자', inBusiness: false },
		'06': { en: 'Closed', ko: '폐업자', inBusiness: false },
		'09': { en: 'Others', ko: '기타', inBusiness: null },
	};

const dashed = (digits: string) => `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;

/** One input item per number; the node reads it with an expression, as a workflow fed by a sheet does. */
function run(
	numbers: unknown[],
	options: INodeParameters = {},
	settings: { continueOnFail?: boolean; output?: string } = {},
) {
	const items: HarnessItem[] = numbers.map((number) => ({
		json: { number } as HarnessItem['json'],
	}));
	return runNode({
		parameters: {
			...base,
			businessNumber: '={{ $json.number }}',
			options,
			...(settings.output ? { output: settings.output } : {}),
		},
		items,
		credentials: [appKeyCredential(emulator())],
		continueOnFail: settings.continueOnFail,
	});
}

describe('NHN Document OCR › Check Business Status', () => {
	const codes = Object.keys(businessNumbers.byStatus) as BusinessStatusCode[];

	it("gives every documented status: code, English and Korean meaning, whether in business, NHN's message and the number", async () => {
		const items = succeeded(await run(codes.map((code) => dashed(businessNumbers.byStatus[code]))));
		expect(pairedItems(items)).toEqual(codes.map((_, index) => index));
		codes.forEach((code, index) => {
			expect(items[index].json).toEqual({
				businessNumber: businessNumbers.byStatus[code],
				statusCode: code,
				status: statuses[code].en,
				statusKo: statuses[code].ko,
				inBusiness: statuses[code].inBusiness,
				statusMessage: businessStatusMessages[code],
				source: { resource: 'nhnDocumentOcr', operation: 'checkBusinessStatus' },
			});
		});
		expect(nhnCalls(emulator()).map((entry) => entry.businessNumber)).toEqual(
			codes.map((code) => businessNumbers.byStatus[code]),
		);
	});

	it('takes the number with dashes (also typographic ones), spaces, around blanks or as a number, and sends the 10 digits', async () => {
		const digits = businessNumbers.byStatus['05'];
		const typed = [
			dashed(digits),
			`${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`,
			` ${digits} `,
			Number(digits),
			`${dashed(digits)}\n`,
			dashed(digits).replace(/-/g, '\u2013'), // en dash, as pasted from a document
		];
		const items = succeeded(await run(typed));
		expect(items.map((item) => [item.json.businessNumber, item.json.statusCode])).toEqual(
			typed.map(() => [digits, '05']),
		);
		expect(nhnCalls(emulator()).map((entry) => entry.json)).toEqual(
			typed.map(() => ({ businessNumber: digits })),
		);
	});

	it('fails a number with a wrong check digit with a clear message, without calling the API', async () => {
		const error = failed(await run([dashed(businessNumbers.checksumInvalid)]));
		expect(error.message).toBe(
			`${dashed(businessNumbers.checksumInvalid)} is not a valid business registration number (wrong check digit)`,
		);
		expect(error.description).toMatch(/API was not called/);
		expect(error.description).toMatch(/Check Number Before Calling/);
		expect(error.context?.itemIndex).toBe(0);
		expect(emulator().log).toEqual([]);
	});

	it('in a batch with Continue On Fail, an invalid number becomes its own error item and never reaches the API', async () => {
		const valid = businessNumbers.byStatus['01'];
		const items = succeeded(
			await run(
				[valid, businessNumbers.checksumInvalid, '12345', businessNumbers.byStatus['06']],
				{},
				{ continueOnFail: true },
			),
		);
		expect(pairedItems(items)).toEqual([0, 1, 2, 3]);
		expect(items[1].json.error).toMatch(/wrong check digit/);
		expect(items[2].json.error).toBe('"12345" is not a business registration number');
		expect(items[3].json).toMatchObject({ statusCode: '06', status: 'Closed', inBusiness: false });
		expect(emulator().log.map((entry) => entry.businessNumber)).toEqual([
			valid,
			businessNumbers.byStatus['06'],
		]);
		expect(JSON.stringify(emulator().log)).not.toContain(businessNumbers.checksumInvalid);
	});

	it.each([['12345'], ['abc-de-fghij'], ['214-86-013733'], ['-']])(
		'fails "%s" as not a business number, even with the check turned off',
		async (typed) => {
			const error = failed(await run([typed], { validateChecksum: false }));
			expect(error.message).toBe(`"${typed}" is not a business registration number`);
			expect(error.description).toMatch(/10 digits/);
			expect(emulator().log).toEqual([]);
		},
	);

	it('says so when the number is empty (e.g. an expression that found no value)', async () => {
		const error = failed(await run([undefined]));
		expect(error.message).toBe('No business registration number given');
		expect(emulator().log).toEqual([]);
	});

	it("with 'Check Number Before Calling' off, sends the number and reports NHN's answer (4000101)", async () => {
		const error = failed(await run([businessNumbers.checksumInvalid], { validateChecksum: false }));
		expect(error.message).toBe(nhnErrors[4000101].message);
		expect(error.description).toContain(
			'NHN Cloud code 4000101: Invalid business registration format.',
		);
		expect(emulator().log.map((entry) => [entry.businessNumber, entry.resultCode])).toEqual([
			[businessNumbers.checksumInvalid, 4000101],
		]);
	});

	it('reports a valid number nobody is registered under (4000102)', async () => {
		const error = failed(await run([dashed(businessNumbers.unknownValid)]));
		expect(error.message).toBe('No business is registered under this number');
		expect(error.description).toContain(nhnErrors[4000102].hint);
		expect(error.description).toContain(
			'NHN Cloud code 4000102: Business number that does not exist.',
		);
	});

	it('gives the raw answer', async () => {
		const [item] = succeeded(await run([businessNumbers.byStatus['00']], {}, { output: 'raw' }));
		expect(item.json).toEqual({
			header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
			result: { statusCode: '00', statusMessage: '' },
			source: { resource: 'nhnDocumentOcr', operation: 'checkBusinessStatus' },
		});
	});
});

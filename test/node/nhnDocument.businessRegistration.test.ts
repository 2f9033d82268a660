/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { BinaryMode } from '../harness';
import { readFileSync } from 'node:fs';
import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
	type KeyValue,
} from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import { answeringServer, nhnCalls, successEnvelope } from './nhnSetup';
import {
	appKeyCredential,
	binaryModes,
	fileItem,
	pairedItems,
	succeeded,
	useEmulator,
} from './setup';

const emulator = useEmulator();
const base = {
	resource: 'nhnDocumentOcr',
	operation: 'recognizeBusinessRegistration',
	authentication: 'appKeySecretKey',
	inputType: 'binary',
};

/** The stable English name of each label on the sample certificates. */
const englishNames: Record<string, string> = {
	구분: 'taxpayerType',
	등록번호: 'registrationNumber',
	'상호(법인명)': 'companyName',
	대표자: 'representative',
	개업연월일: 'openingDate',
	법인등록번호: 'corporateRegistrationNumber',
	사업장소재지: 'businessAddress',
	본점소재지: 'headOfficeAddress',
	'사업의종류 업태': 'businessType',
	'사업의종류 종목': 'businessItem',
	발급일자: 'issueDate',
	세무서명: 'taxOffice',
};

const certificates = [
	{ file: businessRegistrationPng, fileType: 'png', low: false },
	{ file: businessRegistrationLowJpg, fileType: 'jpg', low: true },
	{ file: businessRegistrationPdf, fileType: 'pdf', low: false },
];

const byLabel = (keyValues: KeyValue[]) =>
	Object.fromEntries(keyValues.map((entry) => [entry.key.trim(), entry.value.trim()]));
const byName = (keyValues: KeyValue[]) =>
	Object.fromEntries(keyValues.map((entry) => [englishNames[entry.key], entry.value.trim()]));

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
	'NHN Document OCR › Recognize Business Registration, binary mode %s',
	(binaryMode) => {
		it('gives one document per certificate: Korean labels, English fields, unit type and resolution, for PNG, JPEG and PDF', async () => {
			const items = succeeded(
				await run(
					{ output: 'document' },
					certificates.map(({ file }) => fileItem(file)),
					binaryMode,
				),
			);
			expect(pairedItems(items)).toEqual([0, 1, 2]);
			certificates.forEach(({ file, fileType, low }, index) => {
				const json = items[index].json;
				expect(json.keyValues).toEqual(byLabel(file.keyValues));
				expect(json.fields).toEqual(byName(file.keyValues));
				expect(json).toMatchObject({
					unitType: file.unitType,
					resolution: file.resolution,
					lowResolution: low,
					fileType,
				});
				expect(json.source).toMatchObject({
					fileName: file.name,
					resource: 'nhnDocumentOcr',
					operation: 'recognizeBusinessRegistration',
					page: 0,
				});
				expect((json.confidence as { count: number }).count).toBe(file.keyValues.length);
			});
			// Items in Parallel: every certificate is sent once, in whatever order the uploads arrive.
			expect(
				nhnCalls(emulator())
					.map((entry) => entry.fileName)
					.sort(),
			).toEqual(certificates.map(({ file }) => file.name).sort());
		});
	},
);

describe('NHN Document OCR › Recognize Business Registration', () => {
	it('gives one keyValue item per label: the Korean key, its English name and the trimmed text', async () => {
		const items = succeeded(await run({}, [fileItem(businessRegistrationPng)]));
		expect(
			items.map((item) => [item.json.kind, item.json.key, item.json.name, item.json.text]),
		).toEqual(
			businessRegistrationPng.keyValues.map((entry) => [
				'keyValue',
				entry.key,
				englishNames[entry.key],
				entry.value.trim(),
			]),
		);
		expect(items[0].json).toMatchObject({
			confidence: expect.any(Number),
			source: { fileName: businessRegistrationPng.name, page: 0 },
		});
		expect(items[0].json.box).toBeUndefined();
	});

	it("adds boxes in the document's own unit (points for a PDF) and leaves out labels below the minimum confidence", async () => {
		const all = succeeded(
			await run({ options: { includeBoundingBoxes: true } }, [fileItem(businessRegistrationPdf)]),
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
		// An A4 page is 595 × 842 points: every box lies on it.
		expect(
			all.every((item) =>
				Object.values(item.json.box as Record<string, number>).every(
					(value) => value >= 0 && value <= 842,
				),
			),
		).toBe(true);
		const kept = succeeded(
			await run({ options: { minConfidence: 0.95 } }, [fileItem(businessRegistrationPdf)]),
		);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.length).toBeLessThan(all.length);
		expect(kept.every((item) => (item.json.confidence as number) >= 0.95)).toBe(true);
	});

	it("the raw output is NHN's answer as received, untrimmed", async () => {
		const [item] = succeeded(await run({ output: 'raw' }, [fileItem(businessRegistrationLowJpg)]));
		expect(item.json.header).toEqual({
			isSuccessful: true,
			resultCode: 0,
			resultMessage: 'SUCCESS',
		});
		const result = item.json.result as { keyValues: KeyValue[]; resolution: string };
		expect(result.keyValues.map(({ key, value }) => ({ key, value }))).toEqual(
			businessRegistrationLowJpg.keyValues,
		);
		expect(result.resolution).toBe('low');
	});

	it('trims labels and values as returned, names a label whatever its spacing, and keeps an unknown label in Korean only', async () => {
		const server = await answeringServer(
			successEnvelope({
				fileType: 'png',
				unitType: 'pixel',
				resolution: 'normal',
				keyValues: [
					{ key: ' 등록번호 ', value: ' 214-86-01373 ', conf: 0.99 },
					{ key: '상호 ( 법인명 )', value: '주식회사 한빛데이터', conf: 0.9 },
					{ key: '비고', value: '없음 ', conf: 0.8 },
				],
				boxes: [],
			}),
		);
		try {
			const [document] = succeeded(
				await run(
					{ output: 'document' },
					[fileItem(businessRegistrationPng)],
					'default',
					server.url,
				),
			);
			expect(document.json.keyValues).toEqual({
				등록번호: '214-86-01373',
				'상호 ( 법인명 )': '주식회사 한빛데이터',
				비고: '없음',
			});
			expect(document.json.fields).toEqual({
				registrationNumber: '214-86-01373',
				companyName: '주식회사 한빛데이터',
			});
			const fields = succeeded(
				await run({}, [fileItem(businessRegistrationPng)], 'default', server.url),
			);
			expect(fields.map((item) => [item.json.key, item.json.name])).toEqual([
				['등록번호', 'registrationNumber'],
				['상호 ( 법인명 )', 'companyName'],
				['비고', undefined],
			]);
		} finally {
			await server.close();
		}
	});

	it('keeps the input file on the document item when asked', async () => {
		const result = await run(
			{ output: 'document', options: { keepBinary: true } },
			[fileItem(businessRegistrationPdf)],
			'filesystem',
		);
		const [item] = succeeded(result);
		expect(item.binary?.data.fileName).toBe(businessRegistrationPdf.name);
		expect(await result.binary(item)).toEqual(readFileSync(businessRegistrationPdf.path));
	});
});

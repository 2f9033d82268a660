/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromClovaBizLicense } from '../../nodes/clova/normalise/businessLicense';
import { englishNameOf } from '../../nodes/core/model/businessLabels';
import { numberFrom } from '../../nodes/clova/normalise/documentFields';
import { fromDocumentAi } from '../../nodes/nhn/normalise/documentAi';
import { fromClovaReceipt, receiptDate, receiptTime } from '../../nodes/clova/normalise/receipt';
import { answerItems } from '../../nodes/core/output/answer';
import { documentItem } from '../../nodes/core/output/document';
import { fieldItems } from '../../nodes/core/output/fields';
import { receiptRowItems } from '../../nodes/core/output/receipt';
import { pageCount } from '../../nodes/core/input/pageCount';
import { jsonFromAnswer } from '../../nodes/core/parse/answerJson';
import { clovaBizLicenseImage, clovaReceiptImage } from '../../nodes/clova/documentSchemas';
import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
	documentAiAnswers,
	RESPONSES_DIR,
	receiptCafeJpg,
	receiptMartPng,
	scanTiff,
	threePagesPdf,
} from '../fixtures/catalog';

import { maskCardNumbers } from '../../nodes/core/privacy/cards';
import type { OcrDocument } from '../../nodes/core/model/document';

/** Mask Card Number, as the item loop applies it to every result. */
const withCardsMasked = (document: OcrDocument) => maskCardNumbers(document, undefined).document;

const fixture = (name: string) =>
	JSON.parse(readFileSync(join(RESPONSES_DIR, `${name}.json`), 'utf8'));
const receiptImage = (name: string) =>
	clovaReceiptImage.parse({ name, inferResult: 'SUCCESS', ...fixture(`${name}.clova-receipt`) });
const licenceImage = (name: string) =>
	clovaBizLicenseImage.parse({
		name,
		inferResult: 'SUCCESS',
		...fixture(`${name}.clova-biz-license`),
	});

const source = { fileName: 'r.png', resource: 'clovaOcr', operation: 'recognizeReceipt' };
const options = { minConfidence: 0, includeBoxes: false, keepBinary: false, headerRow: true };

describe('CLOVA receipt → model → outputs', () => {
	const mart = withCardsMasked(fromClovaReceipt(receiptImage(receiptMartPng.name)));

	test('store, payment and totals of the full receipt, as numbers and as printed', () => {
		expect(mart.receipt).toEqual({
			store: {
				name: '한빛마트',
				subName: '판교점',
				businessNumber: '214-86-01373',
				businessNumberValid: true,
				addresses: ['경기도 성남시 분당구 판교역로 235'],
				phones: ['(031)786-1171'],
			},
			payment: {
				date: '2026-03-14',
				dateText: '2026-03-14',
				time: '18:42:07',
				timeText: '18:42:07',
				cardCompany: '한빛카드',
				cardNumber: '****-****-****-5675',
				approvalNumber: '30012345',
			},
			totals: {
				total: { text: '14,800', value: 14800 },
				tax: { text: '1,345', value: 1345 },
				discount: { text: '-1,000', value: -1000 },
				creditCard: { text: '14,800', value: 14800 },
				subTotals: [{ text: '13,455', value: 13455 }],
			},
			items: [
				{
					group: 0,
					name: '아메리카노',
					count: 2,
					unitPrice: { text: '4,500', value: 4500 },
					price: { text: '9,000', value: 9000 },
				},
				{
					group: 0,
					name: '크루아상',
					code: '8801234',
					count: 1,
					unitPrice: { text: '3,800', value: 3800 },
					price: { text: '3,800', value: 3800 },
				},
				{
					group: 1,
					name: '생수 500ml',
					count: 3,
					unitPrice: { text: '1,000', value: 1000 },
					price: { text: '3,000', value: 3000 },
				},
			],
			estimatedLanguage: 'ko',
		});
	});

	test('one row per line item: numbers, ISO date and store on every row, the same columns on each', () => {
		const rows = receiptRowItems(mart.receipt!, source);
		expect(rows.map(({ source: _source, ...row }) => row)).toEqual([
			{
				name: '아메리카노',
				count: 2,
				unitPrice: 4500,
				price: 9000,
				store: '한빛마트 판교점',
				date: '2026-03-14',
			},
			{
				name: '크루아상',
				count: 1,
				unitPrice: 3800,
				price: 3800,
				store: '한빛마트 판교점',
				date: '2026-03-14',
				code: '8801234',
			},
			{
				name: '생수 500ml',
				count: 3,
				unitPrice: 1000,
				price: 3000,
				store: '한빛마트 판교점',
				date: '2026-03-14',
			},
		]);
		expect(rows[2].source).toEqual({ ...source, page: 0, row: 2, group: 1 });
	});

	test('fields: one item per key-value, English names, typed values, the card number masked', () => {
		const items = fieldItems(mart, source, options);
		expect(items.map(({ key, name, text, value }) => ({ key, name, text, value }))).toEqual([
			{ key: 'storeInfo.name', name: 'storeName', text: '한빛마트', value: undefined },
			{ key: 'storeInfo.subName', name: 'storeSubName', text: '판교점', value: undefined },
			{
				key: 'storeInfo.bizNum',
				name: 'businessNumber',
				text: '214-86-01373',
				value: '214-86-01373',
			},
			{
				key: 'storeInfo.addresses[0]',
				name: 'storeAddress',
				text: '경기도 성남시 분당구 판교역로 235',
				value: undefined,
			},
			{ key: 'storeInfo.tel[0]', name: 'storePhone', text: '(031)786-1171', value: undefined },
			{ key: 'paymentInfo.date', name: 'paymentDate', text: '2026-03-14', value: '2026-03-14' },
			{ key: 'paymentInfo.time', name: 'paymentTime', text: '18:42:07', value: '18:42:07' },
			{
				key: 'paymentInfo.cardInfo.company',
				name: 'cardCompany',
				text: '한빛카드',
				value: undefined,
			},
			{
				key: 'paymentInfo.cardInfo.number',
				name: 'cardNumber',
				text: '****-****-****-5675',
				// CLOVA's own reading (`formatted.value`), masked like the printed text.
				value: '************5675',
			},
			{ key: 'paymentInfo.confirmNum', name: 'approvalNumber', text: '30012345', value: undefined },
			{ key: 'totalPrice.price', name: 'totalPrice', text: '14,800', value: 14800 },
			{ key: 'totalPrice.creditCardPrice', name: 'creditCardPrice', text: '14,800', value: 14800 },
			{ key: 'subTotal[0].subTotalPrice', name: 'subTotalPrice', text: '13,455', value: 13455 },
			{ key: 'subTotal[0].taxPrice[0]', name: 'taxPrice', text: '1,345', value: 1345 },
			{ key: 'subTotal[0].discountPrice[0]', name: 'discountPrice', text: '-1,000', value: -1000 },
		]);
		expect(items[0]).toMatchObject({ kind: 'keyValue', confidence: 0.95, source: { page: 0 } });
	});

	test('document: the receipt as one object next to keyValues and fields; masking off shows the number as printed', () => {
		const item = documentItem(mart, source, options);
		expect(item).toMatchObject({
			store: { name: '한빛마트', businessNumberValid: true },
			payment: { date: '2026-03-14' },
			totals: {
				total: { value: 14800, text: '14,800' },
				subTotals: [{ value: 13455, text: '13,455' }],
			},
			fields: { storeName: '한빛마트', totalPrice: '14,800' },
		});
		expect((item.items as unknown[]).length).toBe(3);
		const unmasked = fromClovaReceipt(receiptImage(receiptMartPng.name));
		expect(unmasked.receipt!.payment.cardNumber).toBe('5412-75**-****-5675');
	});

	test('missing parts stay missing: two-digit year padded, no count or unit price, a wrong check digit', () => {
		const cafe = withCardsMasked(fromClovaReceipt(receiptImage(receiptCafeJpg.name)));
		expect(cafe.receipt).toEqual({
			store: {
				name: '카페 봄날',
				businessNumber: '123-45-67890',
				businessNumberValid: false,
				addresses: [],
				phones: [],
			},
			payment: { date: '2026-03-14', dateText: '26.03.14', time: '09:05', timeText: '09:05' },
			totals: { total: { text: '4,500원', value: 4500 }, subTotals: [] },
			items: [{ group: 0, name: '라떼', price: { text: '4,500원', value: 4500 } }],
			estimatedLanguage: 'ko',
		});
		expect(receiptRowItems(cafe.receipt!, source).map(({ source: _s, ...row }) => row)).toEqual([
			{
				name: '라떼',
				count: null,
				unitPrice: null,
				price: 4500,
				store: '카페 봄날',
				date: '2026-03-14',
			},
		]);
	});

	test('an empty result, a missing receipt part and unknown keys: no failure, unknown fields kept', () => {
		expect(
			withCardsMasked(fromClovaReceipt(clovaReceiptImage.parse({ inferResult: 'SUCCESS' })))
				.receipt!.items,
		).toEqual([]);
		const image = clovaReceiptImage.parse({
			inferResult: 'SUCCESS',
			receipt: {
				result: {
					storeInfo: { name: { text: 'X' }, movieName: { text: 'Film' }, futureKey: 3 },
					totalPrice: { price: [{ text: '1,000' }] },
					subTotal: { taxPrice: { text: '91' } },
					rounding: { text: '0' },
				},
			},
		});
		const document = withCardsMasked(fromClovaReceipt(image));
		expect(document.keyValues.map((entry) => [entry.key, entry.name, entry.value])).toEqual([
			['storeInfo.name', 'storeName', 'X'],
			['storeInfo.movieName', 'movieName', 'Film'],
			['totalPrice.price[0]', 'totalPrice', '1,000'],
			['subTotal[0].taxPrice', 'taxPrice', '91'],
		]);
		expect(document.receipt!.totals).toEqual({
			total: { text: '1,000', value: 1000 },
			tax: { text: '91', value: 91 },
			subTotals: [],
		});
		expect((image.receipt!.result as Record<string, unknown>).rounding).toEqual({ text: '0' });
	});

	test('dates, times and amounts as receipts print them', () => {
		const date = (text: string, formatted?: Record<string, string>) =>
			receiptDate({ text, formatted });
		expect(date('2026년 3월 4일')).toBe('2026-03-04');
		expect(date('26/03/04')).toBe('2026-03-04');
		expect(date('x', { year: '26', month: '3', day: '4' })).toBe('2026-03-04');
		expect(date('2026-02-30')).toBeUndefined();
		expect(date('no date')).toBeUndefined();
		expect(receiptTime({ text: '18시 42분' })).toBe('18:42');
		expect(receiptTime({ text: '7:05:09' })).toBe('07:05:09');
		expect(receiptTime({ text: '25:99' })).toBeUndefined();
		expect([
			numberFrom('₩ 12,800'),
			numberFrom('1,000-'),
			numberFrom('2개'),
			numberFrom('1 x 2'),
		]).toEqual([12800, -1000, 2, undefined]);
		expect(
			fromClovaReceipt(
				clovaReceiptImage.parse({
					inferResult: 'SUCCESS',
					receipt: { result: { subTotal: [{ taxPrice: [{ text: '100' }, { text: '50' }] }] } },
				}),
			).receipt!.totals.tax,
		).toEqual({ text: '100 + 50', value: 150 });
	});
});

describe('CLOVA business licence → model → outputs', () => {
	test('corporate: every key a key-value with the NHN operation’s English names; check-digit verdict', () => {
		const document = fromClovaBizLicense(licenceImage(businessRegistrationPng.name));
		const fields = documentItem(document, source, options).fields as Record<string, string>;
		expect(fields).toEqual({
			registrationNumber: '214-86-01373',
			companyName: '주식회사 한빛데이터',
			representative: '김하늘',
			openingDate: '2019 년 04 월 01 일',
			corporateRegistrationNumber: '131111-0123456',
			businessAddress: '경기도 성남시 분당구 판교역로 235',
			headOfficeAddress: '경기도 성남시 분당구 판교역로 235',
			businessType: '정보통신업\n도매 및 소매업',
			businessItem: '응용 소프트웨어 개발 및 공급업\n컴퓨터 및 주변장치 도매업',
			taxpayerType: '법인사업자',
			issueDate: '2024 년 05 월 20 일',
		});
		// The NHN operation names the same lines of the same certificate the same way.
		const nhnNames = new Set(
			businessRegistrationPng.keyValues.map((entry) => englishNameOf(entry.key)),
		);
		expect(Object.keys(fields).filter((name) => !nhnNames.has(name))).toEqual([]);
		expect(document.extras).toMatchObject({
			registrationNumber: '214-86-01373',
			registrationNumberValid: true,
		});
		const items = fieldItems(document, source, options);
		expect(items).toHaveLength(13);
		expect(items[0]).toMatchObject({
			kind: 'keyValue',
			key: 'registerNumber',
			name: 'registrationNumber',
			value: '214-86-01373',
		});
		expect(items[0].confidence).toBeUndefined(); // CLOVA's constant 0.0 is no score
	});

	test('individual: companyName from 상호, birth date, no corporate keys; unknown keys keep their own name', () => {
		const document = fromClovaBizLicense(licenceImage(businessRegistrationLowJpg.name));
		expect(document.keyValues.map((entry) => entry.name)).toEqual([
			'registrationNumber',
			'companyName',
			'representative',
			'birthDate',
			'openingDate',
			'businessAddress',
			'businessType',
			'businessItem',
			'taxpayerType',
			'issueDate',
			'issueReason',
		]);
		const odd = fromClovaBizLicense(
			clovaBizLicenseImage.parse({
				inferResult: 'SUCCESS',
				bizLicense: {
					result: {
						registerNumber: [{ text: '214-86-01374' }],
						bisArea: [{ text: '1층' }],
						weird: 'x',
					},
				},
			}),
		);
		expect(odd.keyValues.map((entry) => [entry.key, entry.name])).toEqual([
			['registerNumber', 'registrationNumber'],
			['bisArea', 'bisArea'],
		]);
		expect(odd.extras.registrationNumberValid).toBe(false);
		expect(
			fromClovaBizLicense(clovaBizLicenseImage.parse({ inferResult: 'SUCCESS' })).keyValues,
		).toEqual([]);
	});
});

describe('Document AI answers', () => {
	const answers = documentAiAnswers;
	test('a fenced ```json block, a bare object and a bare array are found; prose is not', () => {
		expect(jsonFromAnswer(answers[receiptMartPng.name][0].llmResponse)).toEqual({
			found: true,
			value: {
				store: '한빛마트 판교점',
				date: '2026-03-14',
				total: 14800,
				items: ['아메리카노', '크루아상', '생수 500ml'],
			},
		});
		expect(jsonFromAnswer(answers[businessRegistrationPng.name][0].llmResponse)).toMatchObject({
			found: true,
			value: { registrationNumber: '214-86-01373' },
		});
		expect(jsonFromAnswer(answers[receiptCafeJpg.name][0].llmResponse)).toEqual({
			found: true,
			value: [{ name: '라떼', price: 4500 }],
		});
		expect(jsonFromAnswer(answers[receiptMartPng.name][1].llmResponse)).toEqual({ found: false });
		expect(jsonFromAnswer('The total is 42.')).toEqual({ found: false });
		expect(jsonFromAnswer('Result: {"a": "}", "b": [1, 2]} done')).toEqual({
			found: true,
			value: { a: '}', b: [1, 2] },
		});
		expect(jsonFromAnswer('```\n[1, 2]\n```')).toEqual({ found: true, value: [1, 2] });
		expect(jsonFromAnswer('{broken {"ok": true}')).toEqual({ found: true, value: { ok: true } });
	});

	test('items: the answer text; the JSON object as fields; one item per array element', () => {
		const result = { llmResponse: 'Hello' };
		const given = { fileName: 'r.png', resource: 'nhnDocumentOcr', operation: 'askAboutDocument' };
		const docSource = { ...given, page: 0 };
		expect(answerItems(fromDocumentAi(result, 'GENERAL').answer!, given)).toEqual([
			{ answer: 'Hello', documentType: 'GENERAL', source: docSource },
		]);
		expect(answerItems(fromDocumentAi(result, 'GENERAL', { total: 1 }).answer!, given)).toEqual([
			{ total: 1, source: docSource },
		]);
		expect(answerItems(fromDocumentAi(result, 'GENERAL', [{ a: 1 }, 2]).answer!, given)).toEqual([
			{ a: 1, source: docSource },
			{ value: 2, source: docSource },
		]);
		expect(
			answerItems(fromDocumentAi(result, 'GENERAL', { source: 'paper' }).answer!, given),
		).toEqual([{ source: 'paper' }]);
	});
});

describe('page count (single-page check before CLOVA Document OCR)', () => {
	test('PDF page objects, TIFF images, one for pictures; undefined when a file does not say', () => {
		const read = (file: { path: string }) => readFileSync(file.path);
		expect(pageCount(read(threePagesPdf), 'pdf')).toBe(3);
		expect(pageCount(read(businessRegistrationPdf), 'pdf')).toBe(1);
		expect(pageCount(read(scanTiff), 'tiff')).toBe(2);
		expect(pageCount(read(receiptMartPng), 'png')).toBe(1);
		expect(
			pageCount(
				Buffer.from('%PDF-1.7\n1 0 obj << /Type /Pages /Kids [] /Count 4 >> endobj'),
				'pdf',
			),
		).toBe(4);
		expect(pageCount(Buffer.from('%PDF-1.7\n'), 'pdf')).toBeUndefined();
		expect(pageCount(Buffer.from('II*\u0000\u00ff\u00ff\u0000\u0000'), 'tiff')).toBeUndefined();
	});
});

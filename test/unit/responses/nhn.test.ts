import { fromNhnBusiness, fromNhnCreditCard } from '../../../nodes/nhn/normalise/document';
import { fromNhnGeneral } from '../../../nodes/nhn/normalise/general';
import {
	nhnBusinessResult,
	nhnCreditCardResult,
	nhnGeneralResult,
} from '../../../nodes/nhn/schemas';
import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
	creditCardPng,
	longBannerPng,
	receiptKoJpg,
	receiptKoPng,
	words,
	type FixtureFile,
	type Lines,
} from '../../fixtures/catalog';
import { json, nhnAnswer, shape } from './answers';
import { maskCardNumbers } from '../../../nodes/core/privacy/cards';

const source = (file: FixtureFile, resource: string, operation: string) => ({
	fileName: file.name,
	mimeType: file.mimeType,
	resource,
	operation,
});
const onPage = (file: FixtureFile, resource: string, operation: string) => ({
	...source(file, resource, operation),
	page: 0,
});

function general(
	file: FixtureFile & { lines: Lines },
	endpoint: 'nhn-general' | 'nhn-general-cropping' = 'nhn-general',
) {
	const answer = nhnAnswer(file, endpoint);
	const operation = endpoint === 'nhn-general' ? 'recognizeText' : 'recognizeLongImage';
	return {
		document: fromNhnGeneral(nhnGeneralResult.parse(answer.result)),
		raw: answer.raw,
		source: source(file, 'nhnGeneralOcr', operation),
	};
}

describe('NHN General OCR answer → items', () => {
	it.each([
		[receiptKoPng, 'nhn-general'],
		[receiptKoJpg, 'nhn-general'],
		[receiptKoPng, 'nhn-general-cropping'],
		[longBannerPng, 'nhn-general-cropping'],
	] as const)('%s (%s), fields: one item per word, in reading order', (file, endpoint) => {
		const items = json(shape(general(file, endpoint), 'fields'));
		expect(items.map((item) => item.text)).toEqual(words(file.lines));
		expect(items.map((item) => item.line)).toEqual(
			file.lines.flatMap((line, index) => line.map(() => index)),
		);
	});

	it('fields: the exact item, with boxes and a confidence floor on request', () => {
		const result = general(receiptKoJpg);
		const src = onPage(receiptKoJpg, 'nhnGeneralOcr', 'recognizeText');
		expect(json(shape(result, 'fields')).slice(0, 2)).toEqual([
			{ kind: 'text', text: 'CU', confidence: 0.9, line: 0, index: 0, source: src },
			{ kind: 'text', text: '판교역점', confidence: 0.97, line: 0, index: 1, source: src },
		]);
		const kept = json(shape(result, 'fields', { includeBoundingBoxes: true, minConfidence: 0.95 }));
		expect(kept.map((item) => item.text)).toEqual(['판교역점', '1,200', '합계']);
		expect(kept[0]).toEqual({
			kind: 'text',
			text: '판교역점',
			confidence: 0.97,
			line: 0,
			index: 1,
			box: { x1: 88, y1: 50, x2: 200, y2: 50, x3: 200, y3: 78, x4: 88, y4: 78 },
			source: src,
		});
	});

	it('document: one item with the text by lines and the confidence summary', () => {
		const lines = ['CU 판교역점', '생수 500ml 1,200', '합계 1,200'];
		expect(json(shape(general(receiptKoJpg), 'document'))).toEqual([
			{
				text: lines.join('\n'),
				lines,
				pageCount: 1,
				pages: [{ index: 0, lines, text: lines.join('\n') }],
				confidence: { average: 0.9386, minimum: 0.9, maximum: 0.98, count: 7 },
				fileType: 'jpg',
				markdown: lines.join('\n'),
				source: onPage(receiptKoJpg, 'nhnGeneralOcr', 'recognizeText'),
			},
		]);
	});

	it('document of Recognize Long Image: the slice count NHN reports', () => {
		const [item] = json(shape(general(longBannerPng, 'nhn-general-cropping'), 'document'));
		expect(item).toMatchObject({
			lines: ['그랜드 오픈', '전 품목 30% 할인', '3월 14일까지'],
			slicesImages: 3,
			fileType: 'png',
			confidence: { average: 0.945, minimum: 0.9, maximum: 0.99, count: 8 },
		});
	});

	it('raw: the envelope as NHN sent it, plus the source', () => {
		const result = general(receiptKoPng);
		expect(json(shape(result, 'raw'))).toEqual([
			{ ...(result.raw as object), source: source(receiptKoPng, 'nhnGeneralOcr', 'recognizeText') },
		]);
	});

	it('a confidence floor above every word: one empty item that says why', () => {
		expect(json(shape(general(receiptKoJpg), 'fields', { minConfidence: 0.999 }))).toEqual([
			{
				kind: 'empty',
				text: '',
				message: 'No text was recognized with a confidence of at least 0.999.',
				source: source(receiptKoJpg, 'nhnGeneralOcr', 'recognizeText'),
			},
		]);
	});
});

function business(file: FixtureFile) {
	const answer = nhnAnswer(file, 'nhn-business');
	return {
		document: fromNhnBusiness(nhnBusinessResult.parse(answer.result)),
		raw: answer.raw,
		source: source(file, 'nhnDocumentOcr', 'recognizeBusinessRegistration'),
	};
}

describe('NHN business registration answer → items', () => {
	const expectedFields = {
		taxpayerType: '일반과세자',
		registrationNumber: '214-86-01373',
		companyName: '주식회사 한빛데이터',
		representative: '김하늘',
		openingDate: '2019 년 04 월 01 일',
		corporateRegistrationNumber: '131111-0123456',
		businessAddress: '경기도 성남시 분당구 판교역로 235',
		headOfficeAddress: '경기도 성남시 분당구 판교역로 235',
		businessType: '정보통신업',
		businessItem: '응용 소프트웨어 개발 및 공급업',
		issueDate: '2024 년 05 월 20 일',
		taxOffice: '성남세무서장',
	};

	it('fields: one key-value item per label, with the English name, values trimmed', () => {
		const items = json(shape(business(businessRegistrationPng), 'fields'));
		expect(items).toHaveLength(12);
		expect(items[0]).toEqual({
			kind: 'keyValue',
			key: '구분',
			name: 'taxpayerType',
			text: '일반과세자',
			confidence: 0.9,
			source: onPage(businessRegistrationPng, 'nhnDocumentOcr', 'recognizeBusinessRegistration'),
		});
		expect(Object.fromEntries(items.map((item) => [item.name, item.text]))).toEqual(expectedFields);
	});

	it('document: the Korean labels and the English fields, resolution and file type', () => {
		const [item] = json(shape(business(businessRegistrationPng), 'document'));
		expect(item).toMatchObject({
			fields: expectedFields,
			confidence: { average: 0.9433, minimum: 0.9, maximum: 0.99, count: 12 },
			unitType: 'pixel',
			resolution: 'normal',
			lowResolution: false,
			fileType: 'png',
		});
		expect(item.keyValues).toMatchObject({ 구분: '일반과세자', 세무서명: '성남세무서장' });
	});

	it.each([
		[businessRegistrationPdf, 'pdf'],
		[businessRegistrationLowJpg, 'jpg'],
	])('%s: its own number and file type', (file, fileType) => {
		const [item] = json(shape(business(file), 'document'));
		expect(item.fileType).toBe(fileType);
		expect((item.fields as Record<string, string>).registrationNumber).toBe(
			file.registrationNumber,
		);
	});

	it('a low-resolution scan says so', () => {
		const [item] = json(shape(business(businessRegistrationLowJpg), 'document'));
		expect(item).toMatchObject({ resolution: 'low', lowResolution: true });
	});
});

describe('NHN credit card answer → items', () => {
	const answer = nhnAnswer(creditCardPng, 'nhn-credit-card');
	const result = nhnCreditCardResult.parse(answer.result);
	// As the item loop makes it: Mask Card Number (on by default) applied to the document and the raw answer.
	const card = (mask: boolean) => {
		const read = { document: fromNhnCreditCard(result), raw: answer.raw as unknown };
		return {
			...(mask ? maskCardNumbers(read.document, read.raw) : read),
			source: source(creditCardPng, 'nhnDocumentOcr', 'recognizeCreditCard'),
		};
	};
	const src = onPage(creditCardPng, 'nhnDocumentOcr', 'recognizeCreditCard');

	it('document, masked (the default): only the last four digits', () => {
		expect(json(shape(card(true), 'document'))).toEqual([
			{
				text: '**** **** **** 5675\n08/29',
				lines: ['**** **** **** 5675', '08/29'],
				pageCount: 1,
				pages: [
					{
						index: 0,
						lines: ['**** **** **** 5675', '08/29'],
						text: '**** **** **** 5675\n08/29',
					},
				],
				keyValues: { cardNumber: '************5675', validThru: '08/29' },
				fields: { cardNumber: '************5675', validThru: '08/29' },
				confidence: { average: 0.9329, minimum: 0.91, maximum: 0.98, count: 7 },
				cardNumber: '************5675',
				cardNumberGroups: ['****', '****', '****', '5675'],
				cardNumberLast4: '5675',
				cardNumberMasked: true,
				luhnValid: true,
				validThru: '08/29',
				resolution: 'normal',
				lowResolution: false,
				fileType: 'png',
				// The page's words, then the key-values; the number masked as everywhere.
				markdown:
					'**** **** **** 5675\n08/29\n\n- **cardNumber**: ************5675\n- **validThru**: 08/29',
				source: src,
			},
		]);
	});

	it('fields, unmasked: the groups, the expiry and the whole number', () => {
		expect(json(shape(card(false), 'fields'))).toEqual([
			...['5412', '7534', '1234', '5675'].map((text, index) => ({
				kind: 'text',
				text,
				confidence: [0.91, 0.98, 0.95, 0.92][index],
				name: 'cardNumberGroup',
				line: 0,
				index,
				source: src,
			})),
			{
				kind: 'text',
				text: '08/29',
				confidence: 0.93,
				name: 'validThru',
				line: 1,
				index: 4,
				source: src,
			},
			{
				kind: 'keyValue',
				key: 'cardNumber',
				name: 'cardNumber',
				text: '5412753412345675',
				confidence: 0.91,
				source: src,
			},
			{
				kind: 'keyValue',
				key: 'validThru',
				name: 'validThru',
				text: '08/29',
				confidence: 0.93,
				source: src,
			},
		]);
	});

	it('masked fields show no digit but the last four', () => {
		const text = JSON.stringify(json(shape(card(true), 'fields')));
		expect(text).not.toContain('5412');
		expect(text).not.toContain('7534');
		expect(text).toContain('5675');
	});
});

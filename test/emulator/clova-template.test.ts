/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { claimFormPng, receiptKoPng, templates, threePagesPdf } from '../fixtures/catalog';
import { startEmulator } from './index';
import { useEmulator } from './fixture';
import { clova, clovaJson, clovaMultipart, expectClovaError, fileBytes } from './helpers';
import { sha256 } from './request-log';

const NOT_RELEASED = 'Not found deploy infomation. Please confirm the template is released.';

describe('CLOVA Template OCR (/infer)', () => {
	const emu = useEmulator();

	const claim = fileBytes(claimFormPng.path);
	const infer = (body: Parameters<typeof clova>[2], domain = emu.clova.template) =>
		clova(domain, 'infer', body);

	test('claim-form.png (V2): matchedTemplate, title, NORMAL, MULTI_BOX with subFields, CHECKBOX checked and unchecked', async () => {
		const answer = await infer(
			clovaJson(claim, 'png', {}, { templateIds: [templates.released.id] }),
		);
		expect(answer.status).toBe(200);
		const image = answer.json.images[0];
		expect(image).toMatchObject({
			inferResult: 'SUCCESS',
			matchedTemplate: { id: 390, name: 'Insurance claim form' },
			title: { name: 'title', inferText: claimFormPng.title },
			validationResult: claimFormPng.validationResult,
			combineResult: claimFormPng.combineResult,
		});
		const byName = Object.fromEntries(image.fields.map((f: any) => [f.name, f]));
		const { policyId, claimant, faxChecked, emailUnchecked } = claimFormPng.fields;
		expect(byName[claimant.name]).toMatchObject({ type: 'NORMAL', inferText: claimant.text });
		expect(byName[policyId.name]).toMatchObject({
			type: 'MULTI_BOX',
			valueType: 'NUMERIC',
			inferText: policyId.text,
		});
		expect(byName[policyId.name].subFields.map((s: any) => s.inferText).join('')).toBe(
			policyId.text,
		);
		expect(byName[faxChecked.name]).toMatchObject({ type: 'CHECKBOX', checked: true });
		expect(byName[emailUnchecked.name]).toMatchObject({ type: 'CHECKBOX', checked: false });
		for (const field of image.fields) expect(field.boundingPoly.vertices).toHaveLength(4);
		expect(answer.json.images[0].fields.some((f: any) => 'lineBreak' in f)).toBe(false);
	});

	test('without templateIds every released template is a candidate', async () => {
		const image = (await infer(clovaJson(claim, 'png'))).json.images[0];
		expect(image.matchedTemplate.id).toBe(390);
	});

	test('combineResultAsArray answers combineResult as [{ name, text }]', async () => {
		const other = await startEmulator({ combineResultAsArray: true });
		try {
			const image = (await clova(other.clova.template, 'infer', clovaJson(claim, 'png'))).json
				.images[0];
			expect(image.combineResult).toEqual([claimFormPng.combineResult]);
		} finally {
			await other.close();
		}
	});

	test('V1: fields and title carry bounding, no type/subFields/checked', async () => {
		const image = (await infer(clovaJson(claim, 'png', { version: 'V1' }))).json.images[0];
		expect(Object.keys(image.title).sort()).toEqual([
			'bounding',
			'inferConfidence',
			'inferText',
			'name',
		]);
		for (const field of image.fields) {
			expect(Object.keys(field).sort()).toEqual([
				'bounding',
				'inferConfidence',
				'inferText',
				'name',
				'valueType',
			]);
		}
	});

	test('a template that exists but is not released: HTTP 500 "1021"', async () => {
		expectClovaError(
			await infer(clovaJson(claim, 'png', {}, { templateIds: [templates.notReleased.id] })),
			500,
			'1021',
			NOT_RELEASED,
		);
	});

	test('a template id the domain does not have: HTTP 500 "1021"', async () => {
		expectClovaError(
			await infer(clovaJson(claim, 'png', {}, { templateIds: [12345] })),
			500,
			'1021',
			NOT_RELEASED,
		);
	});

	test('/infer on a domain with no released template: HTTP 500 "1021"', async () => {
		expectClovaError(
			await infer(clovaJson(claim, 'png'), emu.clova.general),
			500,
			'1021',
			NOT_RELEASED,
		);
	});

	test('a document no template matches: HTTP 200, inferResult FAILURE, NOT_FOUND message, no matchedTemplate', async () => {
		const answer = await infer(clovaJson(fileBytes(receiptKoPng.path), 'png'));
		expect(answer.status).toBe(200);
		expect(answer.json.images[0]).toMatchObject({
			inferResult: 'FAILURE',
			message: 'NOT_FOUND: not found matched template',
		});
		expect(answer.json.images[0].matchedTemplate).toBeUndefined();
	});

	test('an unknown file matches the first candidate and reports its bytes in named fields (multipart)', async () => {
		const pdf = Buffer.from(
			fileBytes(threePagesPdf.path).toString('latin1').replace('Terms', 'Tarms'),
			'latin1',
		);
		const form = clovaMultipart(pdf, 'doc.pdf', {
			version: 'V2',
			requestId: 'x',
			timestamp: 1,
			images: [{ format: 'pdf', name: 'doc' }],
		});
		const images = (await infer(form)).json.images;
		expect(images).toHaveLength(3);
		const fields = Object.fromEntries(images[2].fields.map((f: any) => [f.name, f.inferText]));
		expect(fields).toEqual({ bytes: String(pdf.length), sha256: sha256(pdf), page: '2' });
		expect(images[2].convertedImageInfo.pageIndex).toBe(2);
	});
});

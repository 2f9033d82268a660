import { FormData } from 'undici';
import {
	businessRegistrationPdf,
	businessRegistrationPng,
	documentAiAnswers,
	documentAiPrompts,
	receiptMartPng,
} from '../fixtures/catalog';
import { useEmulator } from './fixture';
import { call, expectNhnError, fileBytes, issueToken, nhnV10, nhnV11 } from './helpers';

const INVALID_PARAMETER = 'Invalid parameter.';

function form(
	fields: Record<string, string | undefined>,
	image: { bytes: Buffer; name: string } | null,
): FormData {
	const body = new FormData();
	if (image) body.append('image', new Blob([new Uint8Array(image.bytes)]), image.name);
	for (const [name, value] of Object.entries(fields))
		if (value !== undefined) body.append(name, value);
	return body;
}

describe('NHN Document AI (/document-ai)', () => {
	const emu = useEmulator();

	const mart = { bytes: fileBytes(receiptMartPng.path), name: receiptMartPng.name };
	const ask = (fields: Record<string, string | undefined>, image: typeof mart | null = mart) =>
		nhnV10(emu, 'document-ai', form(fields, image));

	test('v1.0: the answer for the prompt, in result.llmResponse; documentTypeCode defaults to GENERAL', async () => {
		const answer = await ask({ prompt: documentAiPrompts.json });
		expect(answer.json).toEqual({
			header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
			result: { llmResponse: documentAiAnswers[receiptMartPng.name][0].llmResponse },
		});
		expect(emu.log[0]).toMatchObject({
			endpoint: 'document-ai',
			apiVersion: 'v1.0',
			json: { prompt: documentAiPrompts.json, documentTypeCode: 'GENERAL' },
			fileName: receiptMartPng.name,
		});
		const summary = await ask({ prompt: documentAiPrompts.summary });
		expect(summary.json.result.llmResponse).toBe(
			documentAiAnswers[receiptMartPng.name][1].llmResponse,
		);
	});

	test('v1.1 with a User Access Key token answers the same', async () => {
		const answer = await nhnV11(
			emu,
			'document-ai',
			form({ prompt: documentAiPrompts.summary }, mart),
		);
		expect(answer.json.result.llmResponse).toBe(
			documentAiAnswers[receiptMartPng.name][1].llmResponse,
		);
	});

	test('authentication: no header 4000005, wrong secret 4010001, unknown token 4010006, foreign appKey 4010007', async () => {
		const url = (version: string, appKey = emu.nhn.appKey) =>
			`${emu.nhn.baseUrl}/${version}/appkeys/${appKey}/document-ai`;
		const body = () => form({ prompt: 'x' }, mart);
		expectNhnError(
			await call(url('v1.0'), { body: body() }),
			4000005,
			'Required headers are missing.',
		);
		expectNhnError(
			await call(url('v1.0'), { headers: { Authorization: 'wrong' }, body: body() }),
			4010001,
			'Invalid appKey or secretKey.',
		);
		expectNhnError(
			await call(url('v1.1'), { headers: { 'X-NHN-Authorization': 'Bearer nope' }, body: body() }),
			4010006,
			'Invalid token.',
		);
		const token = await issueToken(emu);
		expectNhnError(
			await call(url('v1.1', 'other-app-key'), {
				headers: { 'X-NHN-Authorization': `Bearer ${token}` },
				body: body(),
			}),
			4010007,
			'Permission denied.',
		);
	});

	test('Content-Type multipart/form-data only: JSON is 415', async () => {
		expectNhnError(
			await nhnV10(emu, 'document-ai', JSON.stringify({ prompt: 'x' })),
			415,
			'Unsupported Media Type',
		);
	});

	test('prompt is required and up to 1,000 characters', async () => {
		expectNhnError(await ask({}), 4000001, INVALID_PARAMETER);
		expectNhnError(await ask({ prompt: '  ' }), 4000001, INVALID_PARAMETER);
		expectNhnError(await ask({ prompt: '가'.repeat(1001) }), 4000001, INVALID_PARAMETER);
		expect((await ask({ prompt: '가'.repeat(1000) })).json.header.resultCode).toBe(0);
	});

	test('documentTypeCode: GENERAL, BUSINESS_REGISTRATION, BUSINESS_CARD (quoted as in the curl example, too); others 4000001', async () => {
		for (const code of ['GENERAL', 'BUSINESS_REGISTRATION', 'BUSINESS_CARD', '"GENERAL"'])
			expect([
				code,
				(await ask({ prompt: 'x', documentTypeCode: code })).json.header.resultCode,
			]).toEqual([code, 0]);
		expectNhnError(
			await ask({ prompt: 'x', documentTypeCode: 'RECEIPT' }),
			4000001,
			INVALID_PARAMETER,
		);
		expectNhnError(
			await ask({ prompt: 'x', documentTypeCode: 'general' }),
			4000001,
			INVALID_PARAMETER,
		);
	});

	test('image is required: none, or a text field named image, is 4000001', async () => {
		expectNhnError(await ask({ prompt: 'x' }, null), 4000001, INVALID_PARAMETER);
		expectNhnError(
			await ask({ prompt: 'x', image: 'not a file' }, null),
			4000001,
			INVALID_PARAMETER,
		);
	});

	test('JPEG and PNG only (4000003); empty 4000004; broken 4000002; over 20 MB 4131000', async () => {
		const pdf = { bytes: fileBytes(businessRegistrationPdf.path), name: 'licence.pdf' };
		expectNhnError(await ask({ prompt: 'x' }, pdf), 4000003, 'Invalid file type.');
		expectNhnError(
			await ask({ prompt: 'x' }, { bytes: Buffer.alloc(0), name: 'e.png' }),
			4000004,
			'Uploaded file is empty.',
		);
		const broken = Buffer.from(mart.bytes.subarray(0, 40));
		expectNhnError(
			await ask({ prompt: 'x' }, { bytes: broken, name: 'b.png' }),
			4000002,
			'Invalid file.',
		);
		const big = Buffer.alloc(20 * 1024 * 1024 + 1);
		mart.bytes.copy(big);
		expectNhnError(
			await ask({ prompt: 'x' }, { bytes: big, name: 'big.png' }),
			4131000,
			'Request size is larger than permissible limit.',
		);
	});

	test('a bare JSON answer for the business registration; an unknown picture gets a prose answer', async () => {
		const licence = { bytes: fileBytes(businessRegistrationPng.path), name: 'licence.png' };
		const answer = await ask(
			{ prompt: documentAiPrompts.json, documentTypeCode: 'BUSINESS_REGISTRATION' },
			licence,
		);
		expect(JSON.parse(answer.json.result.llmResponse)).toMatchObject({
			registrationNumber: '214-86-01373',
		});
		const unknown = { bytes: Buffer.concat([mart.bytes, Buffer.from('extra')]), name: 'u.png' };
		const prose = await ask({ prompt: 'What is the total?' }, unknown);
		expect(prose.json.result.llmResponse).toBe(
			'I could not find anything in this image that answers: What is the total?',
		);
	});
});

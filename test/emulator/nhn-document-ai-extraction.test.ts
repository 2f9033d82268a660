/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { FormData } from 'undici';
import {
	documentAiVariants,
	extractionPromptIncludes,
	invoiceDocumentAiAnswers,
	invoiceSummaryPrompt,
	taxInvoicePng,
	taxInvoiceValues,
	transactionStatementPng,
	transactionStatementValues,
} from '../fixtures/catalog';
import { useEmulator } from './fixture';
import { fileBytes, nhnV10 } from './helpers';

/** A prompt that names the keys, as an extraction prompt does; `extra` is the user's instructions. */
const extractionPrompt = (extra = '') =>
	`Reply with one JSON object only, with exactly these keys.\n${extractionPromptIncludes} (business no.)\ntotal (number)${extra ? `\n${extra}` : ''}`;

function form(prompt: string, file: { path: string; name: string }): FormData {
	const body = new FormData();
	body.append('image', new Blob([new Uint8Array(fileBytes(file.path))]), file.name);
	body.append('prompt', prompt);
	return body;
}

const fenced = (text: string) => /```json\n([\s\S]*)\n```$/.exec(text)?.[1];

describe('NHN Document AI: extraction answers for the tax invoice and the transaction statement', () => {
	const emu = useEmulator();
	const ask = async (prompt: string, file = taxInvoicePng): Promise<string> => {
		const answer = await nhnV10(emu, 'document-ai', form(prompt, file));
		expect(answer.json.header).toEqual({
			isSuccessful: true,
			resultCode: 0,
			resultMessage: 'SUCCESS',
		});
		return answer.json.result.llmResponse;
	};

	test.each([
		{
			file: taxInvoicePng,
			values: taxInvoiceValues(taxInvoicePng.invoice),
			written: { taxAmount: '310,000원' },
		},
		{
			file: transactionStatementPng,
			values: transactionStatementValues(transactionStatementPng.invoice),
			written: { date: '2026년 3월 20일' },
		},
	])(
		'$file.name: a prompt naming the keys gets every preset field in fenced JSON, line items as rows',
		async ({ file, values, written }) => {
			const text = await ask(extractionPrompt(), file);
			expect(text).toMatch(/^Here are the fields of the [a-z ]+:\n\n```json\n/);
			expect(JSON.parse(fenced(text)!)).toEqual({
				documentType: expect.any(String),
				...values,
				...written,
			});
			expect(emu.log[0]).toMatchObject({
				fileName: file.name,
				json: { documentTypeCode: 'GENERAL' },
			});
		},
	);

	test('the variants: bare JSON, JSON then a sentence, JSON cut off, JSON without the total', async () => {
		const full = JSON.parse(fenced(await ask(extractionPrompt()))!);

		const bare = await ask(extractionPrompt(documentAiVariants.bare));
		expect(bare.startsWith('{')).toBe(true);
		expect(JSON.parse(bare)).toEqual(full);

		const prose = await ask(extractionPrompt(documentAiVariants.trailingProse));
		const [json, sentence] = prose.split('\n\n');
		expect(JSON.parse(json)).toEqual(full);
		expect(sentence).toBe('All amounts are in Korean won; the total includes VAT.');

		const cut = await ask(extractionPrompt(documentAiVariants.invalid));
		expect(cut.startsWith('```json\n{')).toBe(true);
		expect(cut.endsWith('"item": "노트북",')).toBe(true);
		expect(() => JSON.parse(cut.slice('```json\n'.length))).toThrow(SyntaxError);

		const withoutTotal = JSON.parse(
			fenced(await ask(extractionPrompt(documentAiVariants.withoutTotal)))!,
		);
		const { total: _total, ...rest } = full;
		expect(withoutTotal).toEqual(rest);
	});

	test('a variant phrase alone (without the keys) still selects its variant; other prompts get prose', async () => {
		expect(await ask(documentAiVariants.bare)).toBe(
			invoiceDocumentAiAnswers[taxInvoicePng.name][0].llmResponse,
		);
		expect(await ask(invoiceSummaryPrompt)).toBe(
			'This is an electronic tax invoice from 주식회사 한빛데이터 to 주식회사 푸른상사 dated 2026-03-14: supply amount 3,100,000 won, tax 310,000 won, total 3,410,000 won.',
		);
		expect(await ask(invoiceSummaryPrompt, transactionStatementPng)).toBe(
			'This is a transaction statement from 대성문구 주식회사 to 주식회사 한빛데이터 dated 2026-03-20 for office supplies, 462,000 won in total.',
		);
	});

	test('the 1,000-character limit holds for extraction prompts too (4000001)', async () => {
		const answer = await nhnV10(
			emu,
			'document-ai',
			form(extractionPrompt('x'.repeat(1000)), taxInvoicePng),
		);
		expect(answer.json.header).toMatchObject({ isSuccessful: false, resultCode: 4000001 });
	});
});

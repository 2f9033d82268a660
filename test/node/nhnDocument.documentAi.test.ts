/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	businessRegistrationPdf,
	documentAiAnswers,
	documentAiPrompts,
	receiptCafeJpg,
	receiptMartPng,
} from '../fixtures/catalog';
import { runNode, type BinaryMode, type HarnessItem } from '../harness';
import {
	apiVersionOf,
	credentialFor,
	nhnAuthentications,
	nhnCalls,
	type NhnAuthentication,
} from './nhnSetup';
import { binaryModes, failed, fileItem, succeeded, useEmulator } from './setup';

const emulator = useEmulator();

function ask(
	parameters: Record<string, unknown>,
	items: HarnessItem[] = [fileItem(receiptMartPng)],
	run: {
		authentication?: NhnAuthentication;
		binaryMode?: BinaryMode;
		continueOnFail?: boolean;
	} = {},
) {
	const authentication = run.authentication ?? 'appKeySecretKey';
	return runNode({
		parameters: {
			resource: 'nhnDocumentOcr',
			operation: 'askAboutDocument',
			authentication,
			prompt: documentAiPrompts.json,
			...parameters,
		},
		items,
		credentials: [credentialFor(authentication, emulator())],
		binaryMode: run.binaryMode,
		continueOnFail: run.continueOnFail,
	});
}

const martJson = {
	store: '한빛마트 판교점',
	date: '2026-03-14',
	total: 14800,
	items: ['아메리카노', '크루아상', '생수 500ml'],
};
const source = {
	fileName: receiptMartPng.name,
	mimeType: 'image/png',
	resource: 'nhnDocumentOcr',
	operation: 'askAboutDocument',
	page: 0,
};

describe.each(binaryModes)(
	'NHN Document OCR › Ask About Document, binary mode %s',
	(binaryMode) => {
		it.each(nhnAuthentications)(
			'%s: Parse JSON From Answer turns the fenced JSON answer into the item’s fields',
			async (authentication) => {
				const items = succeeded(
					await ask({ options: { parseJson: true } }, undefined, { authentication, binaryMode }),
				);
				expect(items.map((item) => item.json)).toEqual([{ ...martJson, source }]);
				expect(items[0].pairedItem).toEqual({ item: 0 });
				const [call] = nhnCalls(emulator());
				expect(call).toMatchObject({
					endpoint: 'document-ai',
					apiVersion: apiVersionOf[authentication],
					json: { prompt: documentAiPrompts.json, documentTypeCode: 'GENERAL' },
					fileName: receiptMartPng.name,
					status: 200,
					resultCode: 0,
				});
			},
		);

		it('without the option: the answer text; a prose answer with the option: a clear error item', async () => {
			const [plain] = succeeded(
				await ask(
					{ prompt: documentAiPrompts.summary, documentType: 'BUSINESS_REGISTRATION' },
					undefined,
					{
						binaryMode,
					},
				),
			);
			expect(plain.json).toEqual({
				answer: documentAiAnswers[receiptMartPng.name][1].llmResponse,
				documentType: 'BUSINESS_REGISTRATION',
				source,
			});
			const items = succeeded(
				await ask(
					{ prompt: documentAiPrompts.summary, options: { parseJson: true } },
					[fileItem(receiptMartPng), fileItem(receiptCafeJpg)],
					{ binaryMode, continueOnFail: true },
				),
			);
			expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(items[0].json).toEqual({
				error: 'The answer holds no JSON object or array',
				description: `Document AI answered: "${documentAiAnswers[receiptMartPng.name][1].llmResponse}". Ask for JSON in the prompt (e.g. "Answer only with a JSON object with the keys name and total"), or turn off 'Parse JSON From Answer' to get the answer as text.`,
			});
			expect(items[1].json.error).toBe('The answer holds no JSON object or array');
		});
	},
);

describe('NHN Document OCR › Ask About Document: input checks', () => {
	it('a JSON array answer gives one item per element', async () => {
		const items = succeeded(
			await ask({ options: { parseJson: true } }, [fileItem(receiptCafeJpg)]),
		);
		expect(items.map(({ json: { source: _source, ...rest } }) => rest)).toEqual([
			{ name: '라떼', price: 4500 },
		]);
	});

	it.each([
		['an empty prompt', '  ', 'No prompt given'],
		[
			'a prompt over 1,000 characters',
			'x'.repeat(1001),
			'The prompt has 1,001 characters; NHN Document AI takes at most 1,000',
		],
	])('%s fails before the call', async (_name, prompt, message) => {
		expect(failed(await ask({ prompt })).message).toBe(message);
		expect(nhnCalls(emulator())).toEqual([]);
	});

	it('1,000 characters are sent; an unknown document type and a PDF fail before the call', async () => {
		succeeded(await ask({ prompt: '가'.repeat(1000) }));
		expect(nhnCalls(emulator())).toHaveLength(1);
		emulator().clearLog();
		expect(failed(await ask({ documentType: 'RECEIPT' })).message).toBe(
			'"RECEIPT" is not a document type NHN Document AI knows',
		);
		expect(failed(await ask({}, [fileItem(businessRegistrationPdf)])).message).toBe(
			`NHN Cloud Document AI cannot read "${businessRegistrationPdf.name}" (application/pdf)`,
		);
		expect(nhnCalls(emulator())).toEqual([]);
	});
});

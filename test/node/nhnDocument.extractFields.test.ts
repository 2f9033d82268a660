/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	businessRegistrationPdf,
	documentAiVariants,
	invoiceDocumentAiAnswers,
	taxInvoicePng,
	taxInvoiceValues,
	transactionStatementPng,
	transactionStatementValues,
} from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import {
	answeringServer,
	apiVersionOf,
	credentialFor,
	nhnAuthentications,
	nhnCalls,
	successEnvelope,
	type NhnAuthentication,
} from './nhnSetup';
import { binaryModes, failed, fileItem, pairedItems, succeeded, useEmulator } from './setup';

const emulator = useEmulator();
const NODE = 'NHN & CLOVA OCR';

interface ExtractRun {
	authentication?: NhnAuthentication;
	items?: HarnessItem[];
	baseUrl?: string;
	binaryMode?: (typeof binaryModes)[number];
	continueOnFail?: boolean;
}

function extract(parameters: Record<string, unknown> = {}, run: ExtractRun = {}) {
	const authentication = run.authentication ?? 'appKeySecretKey';
	return runNode({
		parameters: {
			resource: 'nhnDocumentOcr',
			operation: 'extractFields',
			authentication,
			...parameters,
		},
		items: run.items ?? [fileItem(taxInvoicePng)],
		credentials: [
			credentialFor(authentication, emulator(), run.baseUrl ? { baseUrl: run.baseUrl } : {}),
		],
		binaryMode: run.binaryMode,
		continueOnFail: run.continueOnFail,
	});
}

/** A run with the Needs Review output: what each of the two outputs got. */
async function reviewed(parameters: Record<string, unknown>, run: ExtractRun = {}) {
	const result = await extract({ needsReviewOutput: true, ...parameters }, run);
	if (result.error) throw new Error(`The node failed: ${result.error.message}`);
	return { accepted: result.output(NODE, 0), review: result.output(NODE, 1) };
}

/** The prompt of the first call to Document AI. */
const promptSent = () => (nhnCalls(emulator())[0].json as { prompt?: string }).prompt;

const source = (file: { name: string }, extra: Record<string, unknown> = {}) => ({
	fileName: file.name,
	mimeType: 'image/png',
	resource: 'nhnDocumentOcr',
	operation: 'extractFields',
	page: 0,
	...extra,
});

const taxInvoice = taxInvoiceValues(taxInvoicePng.invoice);
const statement = transactionStatementValues(transactionStatementPng.invoice);
const nulls = (values: Record<string, unknown>) =>
	Object.fromEntries(Object.keys(values).map((key) => [key, null]));

describe.each(binaryModes)('NHN Document OCR › Extract Fields, binary mode %s', (binaryMode) => {
	it.each(nhnAuthentications)(
		'%s: the tax invoice preset gives one item with every field typed and the line items as rows',
		async (authentication) => {
			const items = succeeded(await extract({}, { authentication, binaryMode }));
			expect(items.map((item) => item.json)).toEqual([
				{ ...taxInvoice, source: source(taxInvoicePng) },
			]);
			// The model wrote the tax amount as "310,000원": the item has the number.
			expect(items[0].json.taxAmount).toBe(310000);
			expect(pairedItems(items)).toEqual([0]);
			const [call] = nhnCalls(emulator());
			expect(call).toMatchObject({
				endpoint: 'document-ai',
				apiVersion: apiVersionOf[authentication],
				json: { documentTypeCode: 'GENERAL' },
				fileName: taxInvoicePng.name,
			});
			const prompt = String((call.json as { prompt?: string }).prompt);
			expect(prompt.length).toBeLessThanOrEqual(1000);
			for (const key of Object.keys(taxInvoice)) expect(prompt).toMatch(new RegExp(`\\n${key}\\b`));
		},
	);
});

describe('NHN Document OCR › Extract Fields', () => {
	it('the transaction statement preset: a date written "2026년 3월 20일" becomes 2026-03-20', async () => {
		const [item] = succeeded(
			await extract(
				{ preset: 'transactionStatement' },
				{ items: [fileItem(transactionStatementPng)] },
			),
		);
		expect(item.json).toEqual({ ...statement, source: source(transactionStatementPng) });
		expect(item.json.date).toBe('2026-03-20');
	});

	it.each([
		['bare JSON', documentAiVariants.bare],
		['JSON followed by a sentence', documentAiVariants.trailingProse],
	])('%s gives the same item as fenced JSON', async (_name, instructions) => {
		const [item] = succeeded(await extract({ instructions }));
		expect(item.json).toEqual({ ...taxInvoice, source: source(taxInvoicePng) });
		expect(String(promptSent()).endsWith(`\n${instructions}`)).toBe(true);
	});

	it('invalid JSON: the item is still output, with every field null, the answer and a noJson problem', async () => {
		const instructions = documentAiVariants.invalid;
		const answer = invoiceDocumentAiAnswers[taxInvoicePng.name].find(
			(entry) => entry.promptIncludes === instructions,
		)!.llmResponse;
		const [item] = succeeded(await extract({ instructions }));
		expect(item.json).toEqual({
			...nulls(taxInvoice),
			answer,
			problems: [
				{
					code: 'noJson',
					field: '',
					message: "Document AI's answer holds no JSON object, so no field could be read.",
				},
			],
			source: source(taxInvoicePng),
		});

		const { accepted, review } = await reviewed({ instructions });
		expect(accepted).toEqual([]);
		expect(review.map((entry) => entry.json.review)).toEqual([
			{
				codes: ['noJson'],
				message: "Document AI's answer holds no JSON object, so no field could be read.",
				reasons: [
					{
						code: 'noJson',
						message: "Document AI's answer holds no JSON object, so no field could be read.",
					},
				],
			},
		]);
		expect(review[0].json.answer).toBe(answer);
		expect(review[0].json).not.toHaveProperty('problems');
	});

	it('an answer without the total goes to Needs Review naming "total"; without the output, the item lists the problem', async () => {
		const instructions = documentAiVariants.withoutTotal;
		const message = '"total" is required, but the document\'s answer has no value for it.';
		const { accepted, review } = await reviewed({ instructions });
		expect(accepted).toEqual([]);
		expect(review.map((entry) => entry.json)).toEqual([
			{
				...taxInvoice,
				total: null,
				source: source(taxInvoicePng),
				review: {
					codes: ['missingField'],
					message,
					reasons: [{ code: 'missingField', message, name: 'total' }],
				},
			},
		]);

		const [item] = succeeded(await extract({ instructions }));
		expect(item.json).toEqual({
			...taxInvoice,
			total: null,
			problems: [{ code: 'missing', field: 'total', message }],
			source: source(taxInvoicePng),
		});

		// A complete answer goes to the first output.
		const clean = await reviewed({});
		expect(clean.review).toEqual([]);
		expect(clean.accepted.map((entry) => entry.json)).toEqual([
			{ ...taxInvoice, source: source(taxInvoicePng) },
		]);
	});

	it('a custom schema as JSON: exactly its fields, typed', async () => {
		const fieldsJson = JSON.stringify({
			type: 'object',
			properties: {
				supplierRegistrationNumber: { type: 'string', format: 'businessNumber' },
				supplierName: { type: 'string', description: '공급자 상호' },
				issueDate: { type: 'string', format: 'date' },
				taxAmount: { type: 'number' },
				total: { type: 'integer' },
			},
			required: ['total'],
		});
		const [item] = succeeded(await extract({ preset: 'custom', defineFields: 'json', fieldsJson }));
		expect(item.json).toEqual({
			supplierRegistrationNumber: taxInvoice.supplierRegistrationNumber,
			supplierName: taxInvoice.supplierName,
			issueDate: taxInvoice.issueDate,
			taxAmount: 310000,
			total: taxInvoice.total,
			source: source(taxInvoicePng),
		});
		const prompt = String(promptSent());
		expect(prompt).toContain('supplierName: 공급자 상호');
		expect(prompt).not.toContain('lineItems');
	});

	it('custom fields entered field by field, with a list of rows, and One Item per Row', async () => {
		const fields = {
			field: [
				{ name: 'supplierRegistrationNumber', type: 'businessNumber', required: true },
				{ name: 'buyerName', type: 'text', description: '공급받는자 상호' },
				{
					name: 'lineItems',
					type: 'list',
					rowFields: '{"item": "text", "quantity": "number", "supplyAmount": "number"}',
				},
				{ name: 'supplyAmount', type: 'number', description: '공급가액 total' },
			],
		};
		const [document] = succeeded(await extract({ preset: 'custom', fields }));
		const rows = taxInvoice.lineItems.map(({ item, quantity, supplyAmount }) => ({
			item,
			quantity,
			supplyAmount,
		}));
		expect(document.json).toEqual({
			supplierRegistrationNumber: taxInvoice.supplierRegistrationNumber,
			buyerName: taxInvoice.buyerName,
			lineItems: rows,
			supplyAmount: taxInvoice.supplyAmount,
			source: source(taxInvoicePng),
		});
		const perRow = succeeded(await extract({ preset: 'custom', fields, output: 'tableRows' }));
		expect(perRow.map((item) => item.json)).toEqual(
			rows.map((row, index) => ({
				...row,
				supplierRegistrationNumber: taxInvoice.supplierRegistrationNumber,
				buyerName: taxInvoice.buyerName,
				// The document's total has the name of a row's field: it is renamed.
				documentSupplyAmount: taxInvoice.supplyAmount,
				source: source(taxInvoicePng, { row: index }),
			})),
		);
	});

	it("One Item per Row: each line item of the tax invoice with the document's fields, for a sheet", async () => {
		const items = succeeded(await extract({ output: 'tableRows' }));
		const { lineItems, supplyAmount, ...documentFields } = taxInvoice;
		expect(items.map((item) => item.json)).toEqual(
			lineItems.map((line, index) => ({
				...line,
				...documentFields,
				documentSupplyAmount: supplyAmount,
				source: source(taxInvoicePng, { row: index }),
			})),
		);
		expect(pairedItems(items)).toEqual([0, 0]);

		// No JSON: one item, the row's fields null, so that the sheet's row says the document was not read.
		const [empty] = succeeded(
			await extract({ output: 'tableRows', instructions: documentAiVariants.invalid }),
		);
		expect(Object.keys(empty.json)).toEqual([
			...Object.keys(lineItems[0]),
			...Object.keys(taxInvoice)
				.filter((key) => key !== 'lineItems')
				.map((key) => (key === 'supplyAmount' ? 'documentSupplyAmount' : key)),
			'answer',
			'problems',
			'source',
		]);
		expect(empty.json.source).toEqual(source(taxInvoicePng));
	});

	it('Raw Response keeps the whole Document AI answer', async () => {
		const [item] = succeeded(await extract({ output: 'raw' }));
		const answer = invoiceDocumentAiAnswers[taxInvoicePng.name].find(
			(entry) => entry.promptIncludes === 'supplierRegistrationNumber',
		)!.llmResponse;
		expect(item.json).toEqual({
			header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
			result: { llmResponse: answer },
			source: {
				fileName: taxInvoicePng.name,
				mimeType: 'image/png',
				resource: 'nhnDocumentOcr',
				operation: 'extractFields',
			},
		});
	});

	it('a business number that fails its check digit, and a value that is not a number, go to review by field', async () => {
		const server = await answeringServer(
			successEnvelope({
				llmResponse:
					'```json\n{"supplierRegistrationNumber": "214-86-01374", "total": "about three million", "lineItems": [{"item": "노트북", "quantity": "one"}]}\n```',
			}),
		);
		try {
			const fields = JSON.stringify({
				supplierRegistrationNumber: 'businessNumber',
				total: { type: 'number', required: true },
				lineItems: { type: 'list', fields: { item: 'text', quantity: 'number' } },
			});
			const { review } = await reviewed(
				{ preset: 'custom', defineFields: 'json', fieldsJson: fields },
				{ baseUrl: server.url },
			);
			expect(review).toHaveLength(1);
			const { review: verdict, ...item } = review[0].json as Record<string, any>;
			expect(item).toEqual({
				supplierRegistrationNumber: '214-86-01374',
				total: null,
				lineItems: [{ item: '노트북', quantity: null }],
				source: source(taxInvoicePng),
			});
			expect(verdict.codes).toEqual(['businessNumberCheckDigit', 'invalidValue']);
			expect(
				verdict.reasons.map((reason: Record<string, unknown>) => [reason.name, reason.value]),
			).toEqual([
				['supplierRegistrationNumber', '214-86-01374'],
				['total', 'about three million'],
				['lineItems[0].quantity', 'one'],
			]);
			expect(verdict.message).toContain('"total" should be a number');
		} finally {
			await server.close();
		}
	});

	it('Required Keys counts the extracted fields', async () => {
		const { accepted, review } = await reviewed({ reviewRequiredKeys: 'total, approvalNumber' });
		expect(review).toEqual([]);
		expect(accepted).toHaveLength(1);
		const missing = await reviewed({
			reviewRequiredKeys: 'total',
			instructions: documentAiVariants.withoutTotal,
		});
		expect(missing.review[0].json.review).toMatchObject({ codes: ['missingField', 'missingKey'] });
	});

	it('sends the Document Type option', async () => {
		succeeded(await extract({ options: { documentType: 'BUSINESS_REGISTRATION' } }));
		expect(nhnCalls(emulator())[0].json).toMatchObject({
			documentTypeCode: 'BUSINESS_REGISTRATION',
		});
	});
});

describe('NHN Document OCR › Extract Fields: refused before any call', () => {
	it('a custom schema whose prompt would not fit in 1,000 characters, with the numbers and what to cut', async () => {
		const fieldsJson = JSON.stringify(
			Array.from({ length: 40 }, (_, index) => ({
				name: `supplierLineAmountNumber${index + 1}`,
				type: 'number',
				description: `the supply amount printed on line ${index + 1} of the document`,
			})),
		);
		const error = failed(await extract({ preset: 'custom', defineFields: 'json', fieldsJson }, {}));
		expect(error.message).toBe(
			'The fields make a prompt of 2,815 characters; NHN Document AI takes at most 1,000',
		);
		expect(error.description).toBe(
			'The fields make a prompt of 2815 characters even with descriptions cut to 30 characters, and Document AI takes at most 1000. Cut 1815 characters: use fewer fields, shorter names or descriptions. The API was not called.',
		);
		expect(emulator().log).toEqual([]);
	});

	it('instructions that make the prompt too long; fields that cannot be used; a reserved name', async () => {
		const long = failed(await extract({ instructions: 'x'.repeat(600) }));
		expect(long.message).toMatch(/^The fields make a prompt of 1,[0-9]{3} characters/);
		expect(long.description).toMatch(/or shorter instructions\. The API was not called\.$/);

		const none = failed(await extract({ preset: 'custom', fields: {} }));
		expect(none).toMatchObject({
			message: "The fields in 'Fields' cannot be used",
			description: 'Add at least one field. The API was not called.',
		});

		const bad = failed(
			await extract({ preset: 'custom', defineFields: 'json', fieldsJson: '{"total": ' }),
		);
		expect(bad.message).toBe("The fields in 'Fields (JSON)' cannot be used");
		expect(bad.description).toMatch(/JSON is not valid/);

		const reserved = failed(
			await extract({
				preset: 'custom',
				defineFields: 'json',
				fieldsJson: '{"total": "number", "source": "text"}',
			}),
		);
		expect(reserved.message).toBe('A field cannot be named "source"');

		const noList = failed(
			await extract({
				preset: 'custom',
				defineFields: 'json',
				fieldsJson: '{"total": "number"}',
				output: 'tableRows',
			}),
		);
		expect(noList.message).toBe("'One Item per Row' needs a field of the type List of Rows");
		expect(emulator().log).toEqual([]);
	});

	it('a PDF, which Document AI does not read', async () => {
		const error = failed(await extract({}, { items: [fileItem(businessRegistrationPdf)] }));
		expect(error.message).toBe(
			`NHN Cloud Document AI cannot read "${businessRegistrationPdf.name}" (application/pdf)`,
		);
		expect(emulator().log).toEqual([]);
	});
});

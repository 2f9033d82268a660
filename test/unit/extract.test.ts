import {
	buildExtractionPrompt,
	extractionOutputSchema,
	fieldsFromParameter,
	MAX_PROMPT_LENGTH,
	readExtraction,
	taxInvoiceFields,
	transactionStatementFields,
	type ExtractionField,
} from '../../nodes/nhn/extract';
import {
	documentAiVariants,
	invoiceDocumentAiAnswers,
	taxInvoicePng,
	taxInvoiceValues,
	transactionStatementPng,
	transactionStatementValues,
} from '../fixtures/catalog';

function promptOf(fields: ExtractionField[], instructions?: string): string {
	const result = buildExtractionPrompt(fields, { instructions });
	if (!('prompt' in result)) throw new Error(result.problem);
	return result.prompt;
}

/** The emulator's rule: the first answer whose promptIncludes is in the prompt, or that has none. */
function answerTo(prompt: string, file: { name: string }): string {
	return invoiceDocumentAiAnswers[file.name].find(
		(answer) => !answer.promptIncludes || prompt.includes(answer.promptIncludes),
	)!.llmResponse;
}

describe('buildExtractionPrompt', () => {
	test('the tax invoice preset: one key per line with its type, the rules of the types in use', () => {
		expect(promptOf(taxInvoiceFields)).toBe(
			[
				'Reply with one JSON object only, with exactly these keys (null if not on the document). Numbers: digits only, minus if negative, no commas or 원. Dates: YYYY-MM-DD. Business no.: 000-00-00000. Lists: an array of row objects.',
				'supplierRegistrationNumber (business no.): 공급자 등록번호',
				'supplierName: 공급자 상호',
				'supplierRepresentative: 공급자 성명',
				'buyerRegistrationNumber (business no.): 공급받는자 등록번호',
				'buyerName: 공급받는자 상호',
				'issueDate (date): 작성일자',
				'approvalNumber: 승인번호 (e-invoices)',
				'supplyAmount (number): 공급가액 total',
				'taxAmount (number): 세액 total',
				'total (number): 합계금액',
				'lineItems (list of rows): the item lines',
				'- date (date): 월 일, year of 작성일자',
				'- item: 품목',
				'- specification: 규격',
				'- quantity (number): 수량',
				'- unitPrice (number): 단가',
				'- supplyAmount (number): 공급가액',
				'- tax (number): 세액',
			].join('\n'),
		);
	});

	test('both presets fit under 1,000 characters with room for instructions', () => {
		expect(promptOf(taxInvoiceFields).length).toBe(742);
		expect(promptOf(transactionStatementFields).length).toBe(651);
		expect(MAX_PROMPT_LENGTH).toBe(1000);
	});

	test('only the rules of the types in use; instructions go last and count', () => {
		const prompt = promptOf(
			[
				{ name: 'name', type: 'text' },
				{ name: 'paid', type: 'boolean', description: '결제 여부' },
			],
			'  Amounts are in USD.  ',
		);
		expect(prompt).toBe(
			'Reply with one JSON object only, with exactly these keys (null if not on the document). true/false: true or false.\nname\npaid (true/false): 결제 여부\nAmounts are in USD.',
		);
	});

	test('descriptions are cut to 60, then 30 characters when the prompt would not fit', () => {
		const fields = (description: string, count: number): ExtractionField[] =>
			Array.from({ length: count }, (_, index) => ({
				name: `field${index}`,
				type: 'text' as const,
				description,
			}));
		const long =
			'a description that goes on and on about what the value is and where it is printed';
		const cut60 = buildExtractionPrompt(fields(long, 12));
		expect(cut60).toMatchObject({ descriptionsCutTo: 60 });
		expect('prompt' in cut60 && cut60.prompt.split('\n')[1]).toBe(
			'field0: a description that goes on and on about what the value is…',
		);
		const cut30 = buildExtractionPrompt(fields(long, 18));
		expect(cut30).toMatchObject({ descriptionsCutTo: 30 });
		expect('prompt' in cut30 && cut30.prompt.split('\n')[1]).toBe(
			'field0: a description that goes on…',
		);
	});

	test('a schema that cannot fit is refused with its length and what to cut', () => {
		const fields: ExtractionField[] = Array.from({ length: 40 }, (_, index) => ({
			name: `supplierAdditionalInformation${index}`,
			type: 'number',
			description: '공급자 기타 정보',
		}));
		expect(buildExtractionPrompt(fields)).toEqual({
			problem:
				'The fields make a prompt of 2214 characters even with descriptions cut to 30 characters, and Document AI takes at most 1000. Cut 1214 characters: use fewer fields, shorter names or descriptions.',
			length: 2214,
			over: 1214,
		});
	});

	test('instructions that make it too long are named in the problem', () => {
		const result = buildExtractionPrompt(taxInvoiceFields, { instructions: 'x'.repeat(300) });
		expect(result).toMatchObject({ length: 1043, over: 43 });
		expect('problem' in result && result.problem.endsWith('or shorter instructions.')).toBe(true);
	});

	test('fields that cannot be used are refused before anything else', () => {
		expect(buildExtractionPrompt([])).toEqual({ problem: 'Add at least one field.' });
		expect(
			buildExtractionPrompt([
				{ name: 'total', type: 'number' },
				{ name: 'Total', type: 'text' },
			]),
		).toEqual({
			problem:
				'Field 2 ("Total") has the same name as "total" (names must differ in more than case and _).',
		});
		expect(buildExtractionPrompt([{ name: 'lines', type: 'list' }])).toEqual({
			problem: 'The list field "lines" has no row fields.',
		});
	});
});

describe('readExtraction of the tax invoice fixture answers (selected by the preset prompt)', () => {
	const invoice = taxInvoiceValues(taxInvoicePng.invoice);
	const read = (variant?: string) =>
		readExtraction(answerTo(promptOf(taxInvoiceFields, variant), taxInvoicePng), taxInvoiceFields);

	test('fenced JSON: every field typed ("310,000원" → 310000), line items as rows, the extra key only in json', () => {
		const result = read();
		expect(result.found).toBe(true);
		expect(result.problems).toEqual([]);
		expect(result.values).toEqual(invoice);
		expect(result.rows).toEqual(invoice.lineItems);
		expect(result.json).toMatchObject({ documentType: '세금계산서', taxAmount: '310,000원' });
		expect(Object.keys(result.values)).toEqual(taxInvoiceFields.map((field) => field.name));
	});

	test('bare JSON', () => {
		expect(read(documentAiVariants.bare)).toMatchObject({
			found: true,
			values: invoice,
			problems: [],
		});
	});

	test('JSON with trailing prose', () => {
		expect(read(documentAiVariants.trailingProse)).toMatchObject({
			found: true,
			values: invoice,
			problems: [],
		});
	});

	test('invalid (cut off) JSON: not found, every value null, one noJson problem', () => {
		const result = read(documentAiVariants.invalid);
		expect(result).toEqual({
			found: false,
			values: Object.fromEntries(taxInvoiceFields.map((field) => [field.name, null])),
			rows: [],
			problems: [
				{
					code: 'noJson',
					field: '',
					message: "Document AI's answer holds no JSON object, so no field could be read.",
				},
			],
		});
	});

	test('an answer without the required total: missing, naming total', () => {
		const result = read(documentAiVariants.withoutTotal);
		expect(result.values).toEqual({ ...invoice, total: null });
		expect(result.problems).toEqual([
			{
				code: 'missing',
				field: 'total',
				message: '"total" is required, but the document\'s answer has no value for it.',
			},
		]);
	});

	test('the transaction statement preset ("2026년 3월 20일" → 2026-03-20)', () => {
		const prompt = promptOf(transactionStatementFields);
		const result = readExtraction(
			answerTo(prompt, transactionStatementPng),
			transactionStatementFields,
		);
		expect(result.problems).toEqual([]);
		expect(result.values).toEqual(transactionStatementValues(transactionStatementPng.invoice));
	});
});

describe('readExtraction: conversions and problems', () => {
	const fields: ExtractionField[] = [
		{ name: 'supplierRegistrationNumber', type: 'businessNumber', required: true },
		{ name: 'issueDate', type: 'date' },
		{ name: 'total', type: 'number', required: true },
		{ name: 'paid', type: 'boolean' },
		{ name: 'memo', type: 'text' },
		{
			name: 'lineItems',
			type: 'list',
			fields: [
				{ name: 'item', type: 'text', required: true },
				{ name: 'quantity', type: 'number', required: true },
				{ name: 'unitPrice', type: 'number' },
			],
		},
	];

	test('values as a model writes them: separators, 원, Korean units, dates in words, 예, keys in another case', () => {
		const answer = JSON.stringify({
			Supplier_Registration_Number: '214 86 01373',
			issueDate: '2026. 3. 14.',
			total: '1억 2,000만원',
			paid: '예',
			memo: 42,
			lineItems: [{ item: '노트북', quantity: '2개', unitPrice: '₩ 12,800' }],
		});
		expect(readExtraction(answer, fields)).toEqual({
			found: true,
			values: {
				supplierRegistrationNumber: '214-86-01373',
				issueDate: '2026-03-14',
				total: 120000000,
				paid: true,
				memo: '42',
				lineItems: [{ item: '노트북', quantity: 2, unitPrice: 12800 }],
			},
			rows: [{ item: '노트북', quantity: 2, unitPrice: 12800 }],
			problems: [],
			json: JSON.parse(answer),
		});
	});

	test('a bad number: invalidType, the value null, the raw text kept in the problem', () => {
		const result = readExtraction(
			'{"supplierRegistrationNumber": "214-86-01373", "total": "약 삼백만원"}',
			fields,
		);
		expect(result.values.total).toBeNull();
		expect(result.problems).toEqual([
			{
				code: 'invalidType',
				field: 'total',
				message:
					'"total" should be a number, but the answer gave "약 삼백만원"; it was left empty.',
				value: '약 삼백만원',
			},
		]);
	});

	test('a wrong check digit: checkDigit, the number kept as 000-00-00000', () => {
		const result = readExtraction(
			'{"supplierRegistrationNumber": "2148601374", "total": 1000}',
			fields,
		);
		expect(result.values.supplierRegistrationNumber).toBe('214-86-01374');
		expect(result.problems).toEqual([
			{
				code: 'checkDigit',
				field: 'supplierRegistrationNumber',
				message:
					'"supplierRegistrationNumber" 214-86-01374 fails the check digit of business registration numbers: a digit was probably misread. Check it on the document.',
				value: '2148601374',
			},
		]);
	});

	test('a list of rows: each row converted field by field; problems name the row by its path', () => {
		const answer = {
			supplierRegistrationNumber: '214-86-01373',
			total: 3000,
			lineItems: [
				{ item: 'A4 용지', quantity: 10, unitPrice: '25,000' },
				{ item: '토너', quantity: null, unitPrice: 'about 85k', extra: true },
				'볼펜 3개',
				{ item: '', quantity: '1' },
			],
		};
		const result = readExtraction(`\`\`\`\n${JSON.stringify(answer)}\n\`\`\``, fields);
		expect(result.values.lineItems).toEqual([
			{ item: 'A4 용지', quantity: 10, unitPrice: 25000 },
			{ item: '토너', quantity: null, unitPrice: null },
			{ item: null, quantity: 1, unitPrice: null },
		]);
		expect(result.problems).toEqual([
			{
				code: 'missing',
				field: 'lineItems[1].quantity',
				message:
					'"quantity" in row 2 of "lineItems" is required, but the document\'s answer has no value for it.',
			},
			{
				code: 'invalidType',
				field: 'lineItems[1].unitPrice',
				message:
					'"unitPrice" in row 2 of "lineItems" should be a number, but the answer gave "about 85k"; it was left empty.',
				value: 'about 85k',
			},
			{
				code: 'invalidType',
				field: 'lineItems[2]',
				message:
					'Row 3 of "lineItems" should be a set of fields, but the answer gave "볼펜 3개"; the row was left out.',
				value: '볼펜 3개',
			},
			{
				code: 'missing',
				field: 'lineItems[3].item',
				message:
					'"item" in row 4 of "lineItems" is required, but the document\'s answer has no value for it.',
			},
		]);
	});

	test('absent, null and "N/A" are null; a required one is missing; a list absent is null', () => {
		const result = readExtraction('{"supplierRegistrationNumber": "N/A", "total": null}', fields);
		expect(result.values).toEqual({
			supplierRegistrationNumber: null,
			issueDate: null,
			total: null,
			paid: null,
			memo: null,
			lineItems: null,
		});
		expect(result.rows).toEqual([]);
		expect(result.problems.map((problem) => [problem.code, problem.field])).toEqual([
			['missing', 'supplierRegistrationNumber'],
			['missing', 'total'],
		]);
	});

	test('an invalid date, boolean and business number; an object for a text field; a long value cut to 60 characters', () => {
		const long = '가'.repeat(100);
		const result = readExtraction(
			JSON.stringify({
				supplierRegistrationNumber: '123-45',
				issueDate: '2026-02-30',
				total: long,
				paid: 'maybe',
				memo: { note: 'x' },
			}),
			fields,
		);
		expect(result.problems.map((problem) => [problem.field, problem.message])).toEqual([
			[
				'supplierRegistrationNumber',
				'"supplierRegistrationNumber" should be a 10-digit business registration number, but the answer gave "123-45"; it was left empty.',
			],
			[
				'issueDate',
				'"issueDate" should be a date, but the answer gave "2026-02-30"; it was left empty.',
			],
			[
				'total',
				`"total" should be a number, but the answer gave "${'가'.repeat(59)}…"; it was left empty.`,
			],
			['paid', '"paid" should be yes or no, but the answer gave "maybe"; it was left empty.'],
			['memo', '"memo" should be text, but the answer gave an object; it was left empty.'],
		]);
	});

	test('a list that is not a list, one row given as an object, rows of another list field', () => {
		const twoLists: ExtractionField[] = [
			{ name: 'taxes', type: 'list', fields: [{ name: 'rate', type: 'number' }] },
			{ name: 'items', type: 'list', required: true, fields: [{ name: 'name', type: 'text' }] },
		];
		const result = readExtraction('{"taxes": "10%", "items": {"name": "펜"}}', twoLists, {
			rowsOf: 'items',
		});
		expect(result.values).toEqual({ taxes: null, items: [{ name: '펜' }] });
		expect(result.rows).toEqual([{ name: '펜' }]);
		expect(result.problems).toEqual([
			{
				code: 'invalidType',
				field: 'taxes',
				message: '"taxes" should be a list of rows, but the answer gave "10%"; it was left empty.',
				value: '10%',
			},
		]);
		expect(readExtraction('{"items": []}', twoLists).problems.map((p) => p.field)).toEqual([
			'items',
		]);
	});

	test('prose without JSON, and a JSON list of several objects, are noJson', () => {
		const prose = readExtraction('The total is 14,800 won.', fields);
		expect(prose).toMatchObject({ found: false, rows: [] });
		expect(prose.problems.map((problem) => problem.code)).toEqual(['noJson']);
		expect(prose).not.toHaveProperty('json');
		const list = readExtraction('[{"total": 1}, {"total": 2}]', fields);
		expect(list).toMatchObject({ found: false, json: [{ total: 1 }, { total: 2 }] });
		expect(list.problems[0].message).toBe(
			"Document AI's answer holds a list, not one object with the fields, so no field could be read.",
		);
		expect(readExtraction('[{"total": 1}]', [{ name: 'total', type: 'number' }])).toMatchObject({
			found: true,
			values: { total: 1 },
		});
	});
});

describe('fieldsFromParameter', () => {
	test('the fixedCollection, with a list row whose row fields are JSON text', () => {
		expect(
			fieldsFromParameter({
				field: [
					{
						name: 'total',
						type: 'number',
						description: '합계금액',
						required: true,
						rowFields: '[]',
					},
					{
						name: 'lineItems',
						type: 'list',
						description: '',
						required: false,
						rowFields: '{"item": "text", "quantity": {"type": "number", "required": true}}',
					},
				],
			}),
		).toEqual({
			fields: [
				{ name: 'total', type: 'number', description: '합계금액', required: true },
				{
					name: 'lineItems',
					type: 'list',
					fields: [
						{ name: 'item', type: 'text' },
						{ name: 'quantity', type: 'number', required: true },
					],
				},
			],
		});
	});

	test('a JSON Schema, as text', () => {
		const schema = {
			type: 'object',
			properties: {
				issueDate: { type: 'string', format: 'date', description: '작성일자' },
				total: { type: 'integer' },
				paid: { type: 'boolean' },
				supplierRegistrationNumber: { type: 'businessNumber' },
				lineItems: {
					type: 'array',
					items: {
						type: 'object',
						properties: { item: { type: 'string' }, quantity: { type: 'number' } },
						required: ['item'],
					},
				},
			},
			required: ['total'],
		};
		expect(fieldsFromParameter(JSON.stringify(schema))).toEqual({
			fields: [
				{ name: 'issueDate', type: 'date', description: '작성일자' },
				{ name: 'total', type: 'number', required: true },
				{ name: 'paid', type: 'boolean' },
				{ name: 'supplierRegistrationNumber', type: 'businessNumber' },
				{
					name: 'lineItems',
					type: 'list',
					fields: [
						{ name: 'item', type: 'text', required: true },
						{ name: 'quantity', type: 'number' },
					],
				},
			],
		});
	});

	test('a list of fields, and the shortest form, from an expression', () => {
		expect(
			fieldsFromParameter([{ name: 'total', type: 'number', required: 'true' }, { name: 'memo' }]),
		).toEqual({
			fields: [
				{ name: 'total', type: 'number', required: true },
				{ name: 'memo', type: 'text' },
			],
		});
		expect(fieldsFromParameter({ total: 'number', issueDate: 'date' })).toEqual({
			fields: [
				{ name: 'total', type: 'number' },
				{ name: 'issueDate', type: 'date' },
			],
		});
	});

	test.each([
		['', 'Add at least one field.'],
		[
			'{"total": "number",}',
			'The fields: the JSON is not valid (near character 20); check the quotes, commas and brackets.',
		],
		[42, 'The fields should be a list of fields or a JSON Schema, but is 42.'],
		[
			{
				field: [
					{ name: 'total', type: 'number' },
					{ name: 'unit price', type: 'number' },
				],
			},
			'Field 2 ("unit price") has a name with characters other than letters, digits and _ (write e.g. unitPrice, not "unit price").',
		],
		[
			{ field: [{ name: 'total', type: 'money' }] },
			'Field 1 ("total") has the type "money"; use one of: text, number, date, boolean, businessNumber, list.',
		],
		[
			{ field: [{ name: { first: 'x' }, type: 'text' }] },
			'Field 1 has a name that is an object, not text.',
		],
		[{ field: [{ type: 'text' }] }, 'Field 1 has no name.'],
		[{ field: ['total'] }, 'Field 1 is "total", not a field with a name and a type.'],
		[
			{ field: [{ name: 'total', type: 'number', required: 'yes please' }] },
			'Field 1 ("total") has "required" set to "yes please"; use true or false.',
		],
		[
			{ field: [{ name: 'total', type: 'number', description: ['a', 'b'] }] },
			'Field 1 ("total") has a description that is a list of 2, not text.',
		],
		[
			{ field: [{ name: 'lines', type: 'list', rowFields: '[{"name": "x",' }] },
			'The row fields of Field 1 ("lines"): the JSON is not valid (near character 15); check the quotes, commas and brackets.',
		],
		[
			{ field: [{ name: 'lines', type: 'list', rowFields: '{"inner": "list"}' }] },
			'Row field 1 of "lines" ("inner") is a list inside the list "lines"; a row can hold only plain values.',
		],
		[
			{ field: [{ name: 'lines', type: 'list', rowFields: '' }] },
			'The list field "lines" has no row fields.',
		],
		[
			{ field: [{ name: `n${'a'.repeat(200)}`, type: 'text' }] },
			`Field 1 ("n${'a'.repeat(58)}…") has a name longer than 60 characters.`,
		],
	])('%p is refused: %s', (value, problem) => {
		expect(fieldsFromParameter(value)).toEqual({ problem });
	});
});

describe('extractionOutputSchema', () => {
	test('the tax invoice: strings, numbers and the line items as an array of objects, in the fields order', () => {
		const row = {
			type: 'object',
			properties: {
				date: { type: 'string' },
				item: { type: 'string' },
				specification: { type: 'string' },
				quantity: { type: 'number' },
				unitPrice: { type: 'number' },
				supplyAmount: { type: 'number' },
				tax: { type: 'number' },
			},
		};
		const schema = extractionOutputSchema(taxInvoiceFields);
		expect(schema).toEqual({
			type: 'object',
			properties: {
				supplierRegistrationNumber: { type: 'string' },
				supplierName: { type: 'string' },
				supplierRepresentative: { type: 'string' },
				buyerRegistrationNumber: { type: 'string' },
				buyerName: { type: 'string' },
				issueDate: { type: 'string' },
				approvalNumber: { type: 'string' },
				supplyAmount: { type: 'number' },
				taxAmount: { type: 'number' },
				total: { type: 'number' },
				lineItems: { type: 'array', items: row },
			},
		});
		expect(extractionOutputSchema(taxInvoiceFields, { rowsOf: 'lineItems' })).toEqual(row);
		expect(extractionOutputSchema([{ name: 'paid', type: 'boolean' }])).toEqual({
			type: 'object',
			properties: { paid: { type: 'boolean' } },
		});
	});
});

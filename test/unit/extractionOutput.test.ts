import type { FieldExtraction, OcrDocument } from '../../nodes/core/model/document';
import { documentItem } from '../../nodes/core/output/document';
import { extractionItems } from '../../nodes/core/output/extraction';
import { markdownItem, readsDocument } from '../../nodes/core/output/markdownItem';
import type { ShapeOptions, Source } from '../../nodes/core/output/options';
import { reviewObject, reviewReasons } from '../../nodes/core/review/reasons';

const source: Source = {
	fileName: 'a.png',
	resource: 'nhnDocumentOcr',
	operation: 'extractFields',
};
const options: ShapeOptions = {
	minConfidence: 0,
	includeBoxes: false,
	keepBinary: false,
	headerRow: false,
};

function extraction(parts: Partial<FieldExtraction> = {}): FieldExtraction {
	return {
		values: { name: 'A', total: 10, rows: [{ item: 'x', total: 4 }] },
		rowsOf: { name: 'rows', fields: ['item', 'total'] },
		problems: [],
		found: true,
		answer: '{}',
		documentType: 'GENERAL',
		...parts,
	};
}

const document = (parts: Partial<OcrDocument>): OcrDocument => ({
	provider: 'nhn',
	pages: [],
	keyValues: [],
	extras: {},
	...parts,
});

describe('Extract Fields items', () => {
	const missing = { code: 'missing' as const, field: 'total', message: '"total" is required' };

	test('problems are on the item unless they go to Needs Review', () => {
		const withProblem = extraction({ problems: [missing] });
		expect(extractionItems(withProblem, 'document', source, options)[0].problems).toEqual([
			missing,
		]);
		expect(
			extractionItems(withProblem, 'document', source, { ...options, problemsInReview: true })[0],
		).not.toHaveProperty('problems');
	});

	test('without a list field, One Item per Row gives the document item', () => {
		const plain = extraction({ values: { name: 'A' }, rowsOf: undefined });
		expect(extractionItems(plain, 'tableRows', source, options)).toEqual([
			{ name: 'A', source: { ...source, page: 0 } },
		]);
	});

	test('a row field of the same name as a document field renames the document field', () => {
		expect(extractionItems(extraction(), 'tableRows', source, options)).toEqual([
			{ item: 'x', total: 4, name: 'A', documentTotal: 10, source: { ...source, page: 0, row: 0 } },
		]);
	});

	test("'One Item per Document' of an extraction is the extraction item (as the tool answer is made from it)", () => {
		expect(documentItem(document({ extraction: extraction() }), source, options)).toEqual(
			extractionItems(extraction(), 'document', source, options)[0],
		);
	});

	test('each problem becomes a review reason naming its field; a value that is not text is shown as JSON', () => {
		const problems: FieldExtraction['problems'] = [
			{ code: 'noJson', field: '', message: 'no JSON' },
			{ code: 'invalidType', field: 'rows[0].total', message: 'not a number', value: { a: 1 } },
			{ code: 'checkDigit', field: 'number', message: 'check digit', value: '214-86-01374' },
			missing,
		];
		const reasons = reviewReasons(document({ extraction: extraction({ problems }) }), {
			belowConfidence: 0.8,
			requiredKeys: ['name', 'rows', 'other'],
		});
		expect(reviewObject(reasons).reasons).toEqual([
			{ code: 'noJson', message: 'no JSON' },
			{ code: 'invalidValue', message: 'not a number', name: 'rows[0].total', value: '{"a":1}' },
			{
				code: 'businessNumberCheckDigit',
				message: 'check digit',
				name: 'number',
				value: '214-86-01374',
			},
			{ code: 'missingField', message: '"total" is required', name: 'total' },
			{
				code: 'missingKey',
				message: 'The required key "other" was not found, or has no value',
				key: 'other',
			},
		]);
	});
});

describe('Markdown item', () => {
	test('a document that read nothing (Check Business Status) has no Markdown', () => {
		expect(readsDocument(document({ extras: { statusCode: '01' } }))).toBe(false);
		expect(
			documentItem(document({ extras: { statusCode: '01' } }), source, options),
		).not.toHaveProperty('markdown');
	});

	test('an answer: its text, page 0', () => {
		const answered = document({
			answer: { text: '**Total**: 3,410,000', documentType: 'GENERAL' },
		});
		expect(markdownItem(answered, source, options)).toEqual({
			markdown: '**Total**: 3,410,000',
			source: { ...source, page: 0 },
		});
	});

	test('Minimum Confidence leaves out lines and key-values below it', () => {
		const read = document({
			pages: [
				{
					index: 0,
					fields: [
						{ text: 'sure', confidence: 0.99, lineBreak: true },
						{ text: 'unsure', confidence: 0.5, lineBreak: true },
					],
					tables: [],
				},
			],
			keyValues: [
				{ key: '상호', name: 'companyName', value: '한빛', confidence: 0.95 },
				{ key: '대표자', value: '?', confidence: 0.4 },
			],
		});
		expect(markdownItem(read, source, { ...options, minConfidence: 0.9 }).markdown).toBe(
			'sure\n\n- **companyName** (상호): 한빛',
		);
		expect(
			markdownItem(read, source, { ...options, markdownConfidences: true }).markdown,
		).toContain('unsure (confidence 0.50)');
	});
});

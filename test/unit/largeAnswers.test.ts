import { fromNhnGeneral } from '../../nodes/nhn/normalise/general';
import { nhnGeneralResult } from '../../nodes/nhn/schemas';
import { shape } from './responses/answers';

const WORDS = 300_000;

/** NHN General OCR's `result` with `WORDS` words, ten to a line. */
function bigResult() {
	return {
		fileType: 'png',
		listOfInferTexts: Array.from({ length: WORDS / 10 }, (_, line) => ({
			inferTexts: Array.from({ length: 10 }, (_, word) => ({
				value: `w${line}_${word}`,
				conf: ((line + word) % 100) / 100,
			})),
		})),
	};
}

describe(`an answer with ${WORDS.toLocaleString('en-US')} recognised words: parse → model → output`, () => {
	const result = {
		document: fromNhnGeneral(nhnGeneralResult.parse(bigResult())),
		raw: bigResult(),
		source: {
			fileName: 'big.png',
			mimeType: 'image/png',
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
		},
	};

	it('gives one item per word in the fields output, without a stack overflow', () => {
		const items = shape(result, 'fields');
		expect(items).toHaveLength(WORDS);
		expect(items[WORDS - 1].json.text).toBe(`w${WORDS / 10 - 1}_9`);
	});

	it('gives one document with every line and the confidence range', () => {
		const [item, ...rest] = shape(result, 'document');
		expect(rest).toHaveLength(0);
		expect(item.json.confidence).toMatchObject({ minimum: 0, maximum: 0.99 });
		expect((item.json.lines as string[]).length).toBe(WORDS / 10);
	});

	it.each(['raw', 'tableRows'] as const)('passes through the %s output', (output) => {
		const items = shape(result, output);
		expect(items.length).toBeGreaterThan(0);
		if (output === 'raw') expect(items).toHaveLength(1);
	});
});

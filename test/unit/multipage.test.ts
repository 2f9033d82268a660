/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromClova } from '../../nodes/clova/normalise/general';
import { documentItem } from '../../nodes/core/output/document';
import { fieldItems } from '../../nodes/core/output/fields';
import { clovaResponse } from '../../nodes/clova/schemas';
import { threePagesPdf, words } from '../fixtures/catalog';
import { RESPONSES_DIR } from '../fixtures/fixtures-dir';

const source = { fileName: 'three-pages.pdf', resource: 'clovaOcr', operation: 'recognizeText' };
const options = { minConfidence: 0, includeBoxes: false, keepBinary: false, headerRow: true };

/** The three-page fixture as CLOVA answers it, with the listed pages failed (a failed entry has no pageIndex). */
function answerWithFailedPages(failed: Record<number, string>) {
	const { pages } = JSON.parse(
		readFileSync(join(RESPONSES_DIR, 'three-pages.pdf.clova-general.json'), 'utf8'),
	) as { pages: Array<Record<string, unknown>> };
	return clovaResponse.parse({
		version: 'V2',
		requestId: 'r',
		timestamp: 1,
		images: pages.map((page, index) =>
			index in failed
				? {
						uid: `u${index}`,
						name: 'three-pages.pdf',
						inferResult: 'ERROR',
						message: failed[index],
						validationResult: { result: 'NO_REQUESTED' },
					}
				: {
						uid: `u${index}`,
						name: 'three-pages.pdf',
						inferResult: 'SUCCESS',
						message: 'SUCCESS',
						...page,
					},
		),
	});
}

describe('a multi-page CLOVA answer with a failed page', () => {
	const document = fromClova(
		answerWithFailedPages({ 1: 'ERROR: image recognition exception' }),
		'general',
	);

	it("keeps the recognized pages and lists the failed one with its index and CLOVA's message", () => {
		expect(document.pages.map((page) => page.index)).toEqual([0, 2]);
		expect(document.failedPages).toEqual([
			{ page: 1, message: 'ERROR: image recognition exception' },
		]);
		expect(document.extras.imageName).toBe('three-pages.pdf');
	});

	it('per field: the failed page is an item of its own, in page order, between the pages that were read', () => {
		const items = fieldItems(document, source, options);
		const [one, , three] = threePagesPdf.pages;
		expect(
			items.map((item) => [
				item.kind,
				item.text ?? item.message,
				(item.source as { page: number }).page,
			]),
		).toEqual([
			...words(one).map((word) => ['text', word, 0]),
			['pageError', 'ERROR: image recognition exception', 1],
			...words(three).map((word) => ['text', word, 2]),
		]);
		expect(items[words(one).length]).toEqual({
			kind: 'pageError',
			page: 1,
			message: 'ERROR: image recognition exception',
			source: { ...source, page: 1 },
		});
	});

	it('per document: the text of the pages that were read, and failedPages', () => {
		const item = documentItem(document, source, options);
		expect(item.pageCount).toBe(2);
		expect(item.text).toBe(['Page one: Introduction', 'Page three: Signature'].join('\n'));
		expect(item.failedPages).toEqual([{ page: 1, message: 'ERROR: image recognition exception' }]);
	});

	it('a failed last and first page come before and after the text', () => {
		const both = fromClova(answerWithFailedPages({ 0: 'FAILURE: a', 2: 'FAILURE: c' }), 'general');
		const items = fieldItems(both, source, options);
		expect(items.map((item) => item.kind)).toEqual([
			'pageError',
			...words(threePagesPdf.pages[1]).map(() => 'text'),
			'pageError',
		]);
		expect(items.filter((item) => item.kind === 'pageError').map((item) => item.page)).toEqual([
			0, 2,
		]);
	});

	it('an answer where every page succeeded has no failedPages in the model or the outputs', () => {
		const whole = fromClova(answerWithFailedPages({}), 'general');
		expect(whole.failedPages).toBeUndefined();
		expect(documentItem(whole, source, options).failedPages).toBeUndefined();
		expect(fieldItems(whole, source, options).some((item) => item.kind === 'pageError')).toBe(
			false,
		);
	});
});

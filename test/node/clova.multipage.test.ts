import { receiptKoPng, threePagesPdf, words } from '../fixtures/catalog';
import { runClova } from './clovaSetup';
import { fileItem, pairedItems, succeeded, useEmulator } from './setup';

const emulator = useEmulator();

describe('CLOVA OCR › Recognize Text › a PDF with one failed page', () => {
	it('keeps the pages that were read, reports the failed one in both shapes, and fails no item', async () => {
		const message = 'ERROR: image recognition exception';
		const items = [fileItem(threePagesPdf), fileItem(receiptKoPng)];
		emulator().inject({ kind: 'imageFailure', message, pages: [1], times: 1 });
		const fields = succeeded(await runClova(emulator(), 'recognizeText', {}, items));
		const [one, , three] = threePagesPdf.pages;
		const ofPdf = fields.filter((item) => (item.pairedItem as { item: number }).item === 0);
		expect(ofPdf.map((item) => [item.json.kind, item.json.text ?? item.json.message])).toEqual([
			...words(one).map((word) => ['text', word]),
			['pageError', message],
			...words(three).map((word) => ['text', word]),
		]);
		expect(ofPdf[words(one).length].json).toEqual({
			kind: 'pageError',
			page: 1,
			message,
			source: {
				fileName: threePagesPdf.name,
				mimeType: threePagesPdf.mimeType,
				resource: 'clovaOcr',
				operation: 'recognizeText',
				page: 1,
			},
		});
		expect(pairedItems(fields).filter((item) => item === 1)).toHaveLength(
			words(receiptKoPng.lines).length,
		);

		emulator().inject({ kind: 'imageFailure', message, pages: [1], times: 1 });
		const [document] = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'document' }, [
				fileItem(threePagesPdf),
			]),
		);
		expect(document.json).toMatchObject({
			pageCount: 2,
			failedPages: [{ page: 1, message }],
			text: 'Page one: Introduction\nPage three: Signature',
		});
		const faults = (name: string) =>
			emulator()
				.log.filter((entry) => entry.fileName === name)
				.map((entry) => entry.fault);
		expect(faults(threePagesPdf.name)).toEqual(['imageFailure', 'imageFailure']);
		expect(faults(receiptKoPng.name)).toEqual([undefined]);
	});
});

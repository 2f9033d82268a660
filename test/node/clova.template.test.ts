import { startEmulator } from '../emulator';
import { claimFormPng, receiptKoPng, templates, threePagesPdf } from '../fixtures/catalog';
import { bufferItem, failed, fileItem, succeeded, uniqueCopy, useEmulator } from './setup';
import { clovaCalls, json, runClova, sentImage } from './clovaSetup';

const emulator = useEmulator();
const form = claimFormPng;

function recognizeTemplate(parameters: Record<string, unknown>, items = [fileItem(form)]) {
	return runClova(emulator(), 'recognizeTemplate', parameters, items);
}

describe('CLOVA OCR › Recognize Template', () => {
	describe('Template IDs', () => {
		it('left empty, none are sent and CLOVA matches among all released templates', async () => {
			const [document] = json(succeeded(await recognizeTemplate({ output: 'document' })));
			expect(document.matchedTemplate).toEqual(templates.released);
			expect(sentImage(clovaCalls(emulator())[0])).not.toHaveProperty('templateIds');
		});

		it.each([
			['a comma list with spaces', '390, 391', [390, 391]],
			['semicolons', '390;391', [390, 391]],
			['an expression giving an array', '={{ [390, 391] }}', [390, 391]],
			['an expression giving a number', '={{ 390 }}', [390]],
		])('%s is sent as a JSON array of numbers', async (_name, templateIds, expected) => {
			await recognizeTemplate({ templateIds });
			expect(sentImage(clovaCalls(emulator())[0]).templateIds).toEqual(expected);
		});

		it('something that is not an id fails before upload', async () => {
			const error = failed(await recognizeTemplate({ templateIds: '390, claim-form' }));
			expect(error.message).toBe('"claim-form" is not a template ID');
			expect(error.description).toMatch(/whole numbers shown in the CLOVA OCR template builder/);
			expect(emulator().log).toHaveLength(0);
		});

		it('391, which is not released, is refused by CLOVA with 1021', async () => {
			const error = failed(
				await recognizeTemplate({ templateIds: String(templates.notReleased.id) }),
			);
			expect(error.message).toBe('The template is not released');
			expect(error.description).toContain(
				'(CLOVA OCR code 1021: Not found deploy infomation. Please confirm the template is released.)',
			);
		});
	});

	it("a document that matches no released template fails the item with CLOVA's NOT_FOUND message (HTTP 200, inferResult FAILURE)", async () => {
		const error = failed(await recognizeTemplate({}, [fileItem(receiptKoPng)]));
		expect(error.message).toBe(
			`CLOVA OCR could not recognize "${receiptKoPng.name}": NOT_FOUND: not found matched template`,
		);
		expect(error.description).toMatch(
			/No released template matches this document\. Check the Template IDs option/,
		);
		expect(clovaCalls(emulator())[0].status).toBe(200);
	});

	it("a multi-page PDF gives each named field with its page, and the document's fields keep every page's value", async () => {
		const copy = uniqueCopy(threePagesPdf);
		const fields = json(
			succeeded(
				await recognizeTemplate({ output: 'fields' }, [
					bufferItem(copy.buffer, 'claims.pdf', 'application/pdf'),
				]),
			),
		);
		const pages = fields.filter((item) => item.name === 'page');
		expect(pages.map((item) => [item.text, (item.source as { page: number }).page])).toEqual([
			['0', 0],
			['1', 1],
			['2', 2],
		]);
		const [document] = json(
			succeeded(
				await recognizeTemplate({ output: 'document' }, [
					bufferItem(copy.buffer, 'claims.pdf', 'application/pdf'),
				]),
			),
		);
		expect((document.fields as Record<string, string>).page).toBe('0\n1\n2');
		expect(document).toMatchObject({ pageCount: 3, matchedTemplate: templates.released });
		expect(sentImage(clovaCalls(emulator())[0]).format).toBe('pdf');
	});

	it("with 'Include Bounding Boxes', V1 and V2 give a named field the same corners", async () => {
		const boxes = [];
		for (const version of ['V1', 'V2']) {
			const fields = json(
				succeeded(
					await recognizeTemplate({
						output: 'fields',
						options: { version, includeBoundingBoxes: true },
					}),
				),
			);
			boxes.push(fields.find((item) => item.name === form.fields.claimant.name)?.box);
		}
		expect(boxes[0]).toEqual({
			x1: 300,
			y1: 300,
			x2: 408,
			y2: 300,
			x3: 408,
			y3: 336,
			x4: 300,
			y4: 336,
		});
		expect(boxes[1]).toEqual(boxes[0]);
	});

	it("'Minimum Confidence' leaves out named fields read with less confidence", async () => {
		const fields = json(
			succeeded(await recognizeTemplate({ output: 'fields', options: { minConfidence: 0.95 } })),
		);
		expect(fields.map((item) => item.name)).toEqual([
			form.fields.claimant.name,
			form.fields.faxChecked.name,
			form.fields.emailUnchecked.name,
		]);
	});

	it('combineResult sent as an array (as some gateways do) gives the same document as the documented single object', async () => {
		const arrayEmulator = await startEmulator({ combineResultAsArray: true });
		try {
			const [document] = json(
				succeeded(
					await runClova(arrayEmulator, 'recognizeTemplate', { output: 'document' }, [
						fileItem(form),
					]),
				),
			);
			expect(document.combineResult).toEqual([form.combineResult]);
		} finally {
			await arrayEmulator.close();
		}
	});
});

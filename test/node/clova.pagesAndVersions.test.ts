import {
	invoiceTablePng,
	receiptKoPng,
	scanTiff,
	threePagesPdf,
	words,
	type FixtureFile,
} from '../fixtures/catalog';
import { binaryModes, fileItem, succeeded, texts, useEmulator } from './setup';
import {
	clovaCalls,
	clovaInput,
	clovaInputKinds,
	json,
	lineTexts,
	runClova,
	sentImage,
} from './clovaSetup';

const emulator = useEmulator();

function pagesOf(
	item: Record<string, unknown>,
): Array<{ index: number; text: string; lines: string[]; width?: number; height?: number }> {
	return item.pages as Array<{ index: number; text: string; lines: string[] }>;
}

describe.each(binaryModes)(
	'CLOVA OCR › Recognize Text › PDF and TIFF pages, binary mode %s',
	(binaryMode) => {
		describe.each(clovaInputKinds)('three-page PDF sent as %s', (kind) => {
			// V1 and V2 answers are compared exactly at the bottom; through the engine, V2 per input kind and mode.
			it.each(['V2'])(
				'%s: items carry page indexes 0, 1, 2; the document gives per-page text and the whole text in page order',
				async (version) => {
					const input = clovaInput(emulator(), kind, threePagesPdf, { version });
					const fields = json(
						succeeded(
							await runClova(
								emulator(),
								'recognizeText',
								{ ...input.parameters, output: 'fields' },
								input.items,
								{ binaryMode },
							),
						),
					);
					expect(fields.map((item) => item.text)).toEqual(threePagesPdf.pages.flatMap(words));
					expect(fields.map((item) => (item.source as { page: number }).page)).toEqual(
						threePagesPdf.pages.flatMap((lines, page) => words(lines).map(() => page)),
					);
					expect(sentImage(clovaCalls(emulator())[0])).toMatchObject({
						format: 'pdf',
						name: threePagesPdf.name,
					});

					const [document] = json(
						succeeded(
							await runClova(
								emulator(),
								'recognizeText',
								{ ...input.parameters, output: 'document' },
								input.items,
								{ binaryMode },
							),
						),
					);
					expect(pagesOf(document).map(({ index, text }) => ({ index, text }))).toEqual(
						threePagesPdf.pages.map((lines, index) => ({
							index,
							text: lineTexts(lines).join('\n'),
						})),
					);
					expect(document.text).toBe(
						threePagesPdf.pages.map((lines) => lineTexts(lines).join('\n')).join('\n'),
					);
					expect(document.pageCount).toBe(3);
					// A multi-page document's source has no single page.
					expect((document.source as { page?: number }).page).toBeUndefined();
					if (version === 'V2') {
						// V2 answers give each page's converted image size (convertedImageInfo); V1 answers do not.
						expect(pagesOf(document).map(({ width, height }) => ({ width, height }))).toEqual(
							threePagesPdf.pages.map(() => ({
								width: threePagesPdf.pageWidth,
								height: threePagesPdf.pageHeight,
							})),
						);
					} else {
						expect(pagesOf(document).every((page) => page.width === undefined)).toBe(true);
					}
				},
			);
		});

		it('a two-page TIFF gives pages 0 and 1 with their own text', async () => {
			const items = json(
				succeeded(
					await runClova(
						emulator(),
						'recognizeText',
						{ output: 'document' },
						[fileItem(scanTiff)],
						{ binaryMode },
					),
				),
			);
			expect(pagesOf(items[0]).map(({ index, text }) => ({ index, text }))).toEqual([
				{ index: 0, text: 'SCAN PAGE 1' },
				{ index: 1, text: 'SCAN PAGE 2' },
			]);
			expect(items[0].text).toBe('SCAN PAGE 1\nSCAN PAGE 2');
			expect(sentImage(clovaCalls(emulator())[0])).toMatchObject({
				format: 'tiff',
				name: scanTiff.name,
			});
			const fields = json(
				succeeded(
					await runClova(emulator(), 'recognizeText', { output: 'fields' }, [fileItem(scanTiff)], {
						binaryMode,
					}),
				),
			);
			expect(fields.map((item) => [item.text, (item.source as { page: number }).page])).toEqual(
				scanTiff.pages.flatMap((lines, page) => words(lines).map((word) => [word, page])),
			);
		});
	},
);

describe('CLOVA OCR › Recognize Text › V1 and V2', () => {
	const recognize = (
		version: string,
		output: string,
		file: FixtureFile = receiptKoPng,
		options: Record<string, unknown> = {},
	) =>
		runClova(emulator(), 'recognizeText', { output, options: { version, ...options } }, [
			fileItem(file),
		]);

	it("give the same words, and with 'Include Bounding Boxes' V1's bounding and V2's boundingPoly become the same {x1..y4} corners", async () => {
		const v1 = json(
			succeeded(await recognize('V1', 'fields', receiptKoPng, { includeBoundingBoxes: true })),
		);
		const v2 = json(
			succeeded(await recognize('V2', 'fields', receiptKoPng, { includeBoundingBoxes: true })),
		);
		expect(texts(succeeded(await recognize('V1', 'fields')))).toEqual(words(receiptKoPng.lines));
		expect(v1.map((item) => item.text)).toEqual(v2.map((item) => item.text));
		expect(v1.map((item) => item.box)).toEqual(v2.map((item) => item.box));
		expect(Object.keys(v1[0].box as object).sort()).toEqual([
			'x1',
			'x2',
			'x3',
			'x4',
			'y1',
			'y2',
			'y3',
			'y4',
		]);
		const box = v1[0].box as Record<string, number>;
		expect(box.x1).toBeLessThan(box.x2);
		expect(box.y1).toBeLessThan(box.y4);
		expect(clovaCalls(emulator()).map((call) => call.apiVersion)).toEqual(['V1', 'V2', 'V1']);
	});

	it("V1 has no lineBreak: lines are rebuilt from the boxes, so a receipt's V1 document text and line numbers equal V2's", async () => {
		const [v1] = json(succeeded(await recognize('V1', 'document')));
		const [v2] = json(succeeded(await recognize('V2', 'document')));
		expect(v1.text).toBe(lineTexts(receiptKoPng.lines).join('\n'));
		expect(v1.text).toBe(v2.text);
		const v1Fields = json(succeeded(await recognize('V1', 'fields')));
		expect(v1Fields.map((item) => item.line)).toEqual(
			receiptKoPng.lines.flatMap((line, index) => line.map(() => index)),
		);
	});

	it("V1 table words (no lineBreak per cell) read across each table row, the two-line cell's second line on its own line", async () => {
		const [document] = json(
			succeeded(await recognize('V1', 'document', invoiceTablePng, { enableTableDetection: true })),
		);
		expect(document.lines).toEqual([
			...lineTexts(invoiceTablePng.headerLines),
			'구분 금액 비고',
			'공급가액 세액',
			'노트북',
			'15인치',
			'2,500,000 250,000',
			'모니터 600,000 60,000 반품 예정',
			...lineTexts(invoiceTablePng.footerLines),
		]);
	});
});

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	invoiceTablePng,
	receiptKoJpg,
	receiptKoPng,
	scanTiff,
	threePagesPdf,
} from '../fixtures/catalog';
import { useEmulator } from './fixture';
import { clova, clovaJson, expectClovaError, fileBytes } from './helpers';
import { sha256 } from './request-log';

describe('CLOVA General OCR results', () => {
	const emu = useEmulator();

	const invoice = fileBytes(invoiceTablePng.path);
	const general = (body: Parameters<typeof clova>[2], domain = emu.clova.general) =>
		clova(domain, 'general', body);

	test('V2 fields: boundingPoly with 4 vertices, type, lineBreak; no convertedImageInfo for a PNG', async () => {
		const image = (await general(clovaJson(invoice, 'png'))).json.images[0];
		expect(image).toMatchObject({
			name: 'sample',
			inferResult: 'SUCCESS',
			message: 'SUCCESS',
			validationResult: { result: 'NO_REQUESTED' },
		});
		expect(image.uid).toMatch(/^[0-9a-f]{32}$/);
		expect(image.convertedImageInfo).toBeUndefined();
		for (const field of image.fields) {
			expect(field.boundingPoly.vertices).toHaveLength(4);
			expect(field).toMatchObject({
				valueType: 'ALL',
				type: 'NORMAL',
				lineBreak: expect.any(Boolean),
				inferConfidence: expect.any(Number),
			});
			expect(field.bounding).toBeUndefined();
		}
		// "공급자: 주식회사 한빛데이터" is one line: lineBreak only after its last word.
		const line = image.fields.slice(1, 4);
		expect(line.map((f: any) => [f.inferText, f.lineBreak])).toEqual([
			['공급자:', false],
			['주식회사', false],
			['한빛데이터', true],
		]);
	});

	test('V1 fields: bounding {top,left,width,height}, no boundingPoly/type/lineBreak', async () => {
		const v2 = (await general(clovaJson(invoice, 'png'))).json.images[0].fields[0];
		const v1 = (await general(clovaJson(invoice, 'png', { version: 'V1' }))).json.images[0]
			.fields[0];
		expect(Object.keys(v1).sort()).toEqual([
			'bounding',
			'inferConfidence',
			'inferText',
			'valueType',
		]);
		const xs = v2.boundingPoly.vertices.map((v: any) => v.x);
		const ys = v2.boundingPoly.vertices.map((v: any) => v.y);
		expect(v1.bounding).toEqual({
			top: Math.min(...ys),
			left: Math.min(...xs),
			width: Math.max(...xs) - Math.min(...xs),
			height: Math.max(...ys) - Math.min(...ys),
		});
	});

	test('tables only when requested: absent (not []) without enableTableDetection', async () => {
		const image = (await general(clovaJson(invoice, 'png'))).json.images[0];
		expect('tables' in image).toBe(false);
		const off = (await general(clovaJson(invoice, 'png', { enableTableDetection: false }))).json
			.images[0];
		expect('tables' in off).toBe(false);
	});

	test('tables absent when requested but the image has none', async () => {
		const image = (
			await general(clovaJson(fileBytes(receiptKoPng.path), 'png', { enableTableDetection: true }))
		).json.images[0];
		expect(image.inferResult).toBe('SUCCESS');
		expect('tables' in image).toBe(false);
	});

	test('invoice-table.png with enableTableDetection: spans, a two-line cell, an empty cell', async () => {
		const image = (await general(clovaJson(invoice, 'png', { enableTableDetection: true }))).json
			.images[0];
		expect(image.tables).toHaveLength(1);
		const cells = image.tables[0].cells;
		const at = (row: number, column: number) =>
			cells.find((c: any) => c.rowIndex === row && c.columnIndex === column);
		const text = (cell: any) =>
			cell.cellTextLines.map((l: any) => l.cellWords.map((w: any) => w.inferText).join(' '));
		expect(at(0, 1)).toMatchObject({ columnSpan: 2, rowSpan: 1 });
		expect(text(at(0, 1))).toEqual(['금액']);
		expect(at(0, 0)).toMatchObject({ rowSpan: 2, columnSpan: 1 });
		expect(text(at(2, 0))).toEqual(['노트북', '15인치']);
		expect(at(2, 3).cellTextLines).toEqual([]);
		expect(cells).toHaveLength(invoiceTablePng.table.cells.length);
		for (const cell of cells) {
			expect(cell.boundingPoly.vertices).toHaveLength(4);
			expect(cell).toMatchObject({ inferConfidence: expect.any(Number) });
		}
	});

	test('V1 tables carry no boundingPoly', async () => {
		const image = (
			await general(clovaJson(invoice, 'png', { version: 'V1', enableTableDetection: true }))
		).json.images[0];
		expect(JSON.stringify(image.tables)).not.toContain('boundingPoly');
		expect(image.tables[0].cells[0].cellTextLines[0].cellWords[0].inferText).toBe('구분');
	});

	test('enableTableDetection on a domain with table extraction off: HTTP 400 "0028"', async () => {
		const answer = await general(
			clovaJson(invoice, 'png', { enableTableDetection: true }),
			emu.clova.generalNoTables,
		);
		expectClovaError(
			answer,
			400,
			'0028',
			'Table detection disabled: Please activate the table extractor button.',
		);
	});

	test('three-pages.pdf: one image per page, pageIndex 0,1,2, distinct texts (V2)', async () => {
		const answer = await general(clovaJson(fileBytes(threePagesPdf.path), 'pdf'));
		const images = answer.json.images;
		expect(images.map((i: any) => i.convertedImageInfo)).toEqual(
			[0, 1, 2].map((pageIndex) => ({ width: 1224, height: 1584, pageIndex, longImage: false })),
		);
		expect(images.map((i: any) => i.fields.map((f: any) => f.inferText))).toEqual(
			threePagesPdf.pages.map((p) => p.flat()),
		);
		expect(new Set(images.map((i: any) => i.uid)).size).toBe(3);
		expect(images.every((i: any) => i.name === 'sample')).toBe(true);
	});

	test('V1 PDF pages: no convertedImageInfo', async () => {
		const images = (
			await general(clovaJson(fileBytes(threePagesPdf.path), 'pdf', { version: 'V1' }))
		).json.images;
		expect(images).toHaveLength(3);
		expect(images.some((i: any) => 'convertedImageInfo' in i)).toBe(false);
	});

	test('scan.tiff (format tiff or tif): two pages', async () => {
		for (const format of ['tiff', 'tif']) {
			const images = (await general(clovaJson(fileBytes(scanTiff.path), format))).json.images;
			expect(images.map((i: any) => i.convertedImageInfo.pageIndex)).toEqual([0, 1]);
			expect(images.map((i: any) => i.fields.map((f: any) => f.inferText))).toEqual(
				scanTiff.pages.map((p) => p.flat()),
			);
		}
	});

	test('an unknown PDF: its /Type /Page objects are counted, one image each, bytes and SHA-256 reported', async () => {
		const pdf = Buffer.from(
			fileBytes(threePagesPdf.path).toString('latin1').replace('Page two', 'Page 2!!'),
			'latin1',
		);
		const images = (await general(clovaJson(pdf, 'pdf'))).json.images;
		expect(images).toHaveLength(3);
		images.forEach((image: any, pageIndex: number) => {
			expect(image.fields.map((f: any) => f.inferText)).toEqual([
				`bytes=${pdf.length}`,
				`sha256=${sha256(pdf)}`,
				`page=${pageIndex}`,
			]);
			expect(image.convertedImageInfo.pageIndex).toBe(pageIndex);
		});
	});

	test('receipt-ko.jpg (no CLOVA fixture) reports its bytes', async () => {
		const jpg = fileBytes(receiptKoJpg.path);
		const image = (await general(clovaJson(jpg, 'jpeg'))).json.images[0];
		expect(image.fields.map((f: any) => f.inferText)).toEqual([
			`bytes=${jpg.length}`,
			`sha256=${sha256(jpg)}`,
		]);
	});

	test('/general on the template domain works (Text OCR), without matchedTemplate or title', async () => {
		const image = (
			await general(clovaJson(fileBytes(receiptKoPng.path), 'png'), emu.clova.template)
		).json.images[0];
		expect(image.inferResult).toBe('SUCCESS');
		expect(image.matchedTemplate).toBeUndefined();
		expect(image.title).toBeUndefined();
	});
});

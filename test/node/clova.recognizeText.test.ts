/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { invoiceTablePng } from '../fixtures/catalog';
import { binaryModes, fileItem, pairedItems, succeeded, useEmulator } from './setup';
import {
	clovaCalls,
	clovaInput,
	clovaInputKinds,
	clovaVersions,
	json,
	lineTexts,
	runClova,
	sentImage,
	sentMessage,
} from './clovaSetup';

const emulator = useEmulator();
const invoice = invoiceTablePng;
const invoiceSha256 = createHash('sha256').update(readFileSync(invoice.path)).digest('hex');
/** The grid the invoice's table must give: spans fill every slot they cover, the two-line cell keeps both lines. */
const invoiceGrid = [
	['구분', '금액', '금액', '비고'],
	['구분', '공급가액', '세액', '비고'],
	['노트북\n15인치', '2,500,000', '250,000', ''],
	['모니터', '600,000', '60,000', '반품 예정'],
];

// Every shape of every version is checked exactly at the bottom (test/unit/responses/clova.test.ts); through the
// engine, each input kind in each binary mode sends one V1 and one V2 request.
const cases = [
	['V1', 'raw'],
	['V2', 'document'],
] as const satisfies ReadonlyArray<readonly [(typeof clovaVersions)[number], string]>;

describe.each(binaryModes)('CLOVA OCR › Recognize Text, binary mode %s', (binaryMode) => {
	describe.each(clovaInputKinds)('input sent as %s', (kind) => {
		it.each(cases)(
			"%s, %s output: the invoice's text and table, and the request CLOVA received",
			async (version, output) => {
				const input = clovaInput(emulator(), kind, invoice, {
					version,
					languages: ['ko', 'ja'],
					enableTableDetection: true,
				});
				const items = succeeded(
					await runClova(
						emulator(),
						'recognizeText',
						{ ...input.parameters, output },
						input.items,
						{ binaryMode },
					),
				);

				const calls = clovaCalls(emulator());
				expect(calls).toHaveLength(1);
				const [call] = calls;
				expect(call).toMatchObject({
					endpoint: 'general',
					auth: 'ok',
					status: 200,
					apiVersion: version,
					fileSha256: invoiceSha256,
				});
				expect(call.contentType).toMatch(
					kind === 'multipart' ? /^multipart\/form-data; boundary=/ : /^application\/json/,
				);
				expect(sentMessage(call)).toMatchObject({
					version,
					lang: 'ko,ja',
					enableTableDetection: true,
				});
				const image = sentImage(call);
				expect(image).toMatchObject({ format: 'png', name: invoice.name });
				if (kind === 'multipart') expect(call.fileName).toBe(invoice.name);
				if (kind === 'base64')
					expect(image.data).toEqual({
						bytes: readFileSync(invoice.path).length,
						sha256: invoiceSha256,
					});
				if (kind === 'url') expect(image.url).toBe(emulator().fileUrl(invoice.name));
				if (kind !== 'url') expect(image.url).toBeUndefined();

				const source =
					kind === 'url'
						? { url: emulator().fileUrl(invoice.name), fileName: invoice.name }
						: { fileName: invoice.name, mimeType: 'image/png' };
				expect(pairedItems(items).every((index) => index === 0)).toBe(true);

				if (output === 'document') {
					expect(items).toHaveLength(1);
					const [document] = json(items);
					const lines = document.lines as string[];
					expect(lines.slice(0, invoice.headerLines.length)).toEqual(
						lineTexts(invoice.headerLines),
					);
					expect(lines.slice(-invoice.footerLines.length)).toEqual(lineTexts(invoice.footerLines));
					if (version === 'V2')
						expect(document.text).toBe(
							lineTexts([
								...invoice.headerLines,
								...invoice.table.cells.flatMap((cell) => cell.lines),
								...invoice.footerLines,
							]).join('\n'),
						);
					expect(document.text).toBe(lines.join('\n'));
					expect(document).toMatchObject({
						pageCount: 1,
						version,
						imageName: invoice.name,
						tables: [{ index: 0, page: 0, rowCount: 4, columnCount: 4, rows: invoiceGrid }],
					});
					expect(document.source).toEqual({
						...source,
						resource: 'clovaOcr',
						operation: 'recognizeText',
						page: 0,
					});
				}
				if (output === 'raw') {
					expect(items).toHaveLength(1);
					const raw = items[0].json as {
						version: string;
						images: Array<Record<string, unknown>>;
						source: unknown;
					};
					expect(raw.version).toBe(version);
					expect(raw.images).toHaveLength(1);
					expect(raw.images[0]).toMatchObject({
						name: invoice.name,
						inferResult: 'SUCCESS',
						tables: [expect.objectContaining({ cells: expect.any(Array) })],
					});
					const firstField = (raw.images[0].fields as Array<Record<string, unknown>>)[0];
					if (version === 'V1')
						expect(Object.keys(firstField).sort()).toEqual([
							'bounding',
							'inferConfidence',
							'inferText',
							'valueType',
						]);
					else
						expect(firstField).toMatchObject({
							boundingPoly: expect.any(Object),
							lineBreak: true,
							type: 'NORMAL',
						});
					expect(raw.source).toEqual({
						...source,
						resource: 'clovaOcr',
						operation: 'recognizeText',
					});
				}
			},
		);
	});
});

describe.each(binaryModes)(
	'CLOVA OCR › Recognize Text › Keep Input File, binary mode %s',
	(binaryMode) => {
		it('document items carry the input file on, byte for byte, each paired with its input', async () => {
			const run = await runClova(
				emulator(),
				'recognizeText',
				{ output: 'document', options: { keepBinary: true } },
				[fileItem(invoice), fileItem(invoice)],
				{ binaryMode },
			);
			const items = succeeded(run);
			expect(pairedItems(items)).toEqual([0, 1]);
			for (const item of items) {
				// In the combined binary mode n8n keeps files in json._files.
				const file = item.binary?.data ?? (item.json._files as Record<string, unknown>)?.data;
				expect(file).toMatchObject({ fileName: invoice.name, mimeType: 'image/png' });
				expect(await run.binary(item)).toEqual(readFileSync(invoice.path));
			}
		});
	},
);

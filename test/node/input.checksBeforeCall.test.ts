/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import {
	businessRegistrationPdf,
	businessRegistrationPng,
	creditCardPng,
	notAnImageTxt,
	receiptKoPng,
	receiptMartPng,
} from '../fixtures/catalog';
import { encodePdf } from '../fixtures/encode/pdf';
import { encodePng } from '../fixtures/encode/png';
import { blankRaster, fillRect } from '../fixtures/encode/raster';
import { encodeTiff } from '../fixtures/encode/tiff';
import { runNode, type BinaryMode, type HarnessCredential, type HarnessItem } from '../harness';
import { clovaCredential } from './clovaSetup';
import { appKeyCredential, bufferItem, failed, fileItem, useEmulator } from './setup';

/**
 * Every check the node can make before the paid call, each with the refusable item LAST of three and Continue On
 * Fail off: all items are checked before the first is sent, so the run fails on that item without a single paid
 * call (the review found a bad item at position 49 cost 49 calls). In every binary mode: a file kept in n8n's
 * binary store is checked from its first and last bytes (whole only where pages are counted).
 */
const emulator = useEmulator();

const picture = () => {
	const raster = blankRaster(64, 48);
	fillRect(raster, 8, 8, 30, 10);
	return raster;
};
const pdfOf = (pages: number) =>
	encodePdf(Array.from({ length: pages }, (_, index) => ({ lines: [`Page ${index + 1}`] })));
const png = encodePng(picture());
const locked = Buffer.from(
	readFileSync(businessRegistrationPdf.path)
		.toString('latin1')
		.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 9 0 R'),
	'latin1',
);
const cutPdf = (() => {
	const whole = readFileSync(businessRegistrationPdf.path);
	return whole.subarray(0, whole.lastIndexOf('%%EOF') - 200);
})();

type Case = {
	name: string;
	resource: string;
	operation: string;
	good: () => HarnessItem;
	bad: () => HarnessItem;
	parameters?: Record<string, unknown>;
	credential: () => HarnessCredential;
	message: RegExp;
	description?: RegExp;
};

const nhn = () => appKeyCredential(emulator());
const nhnGeneral = { resource: 'nhnGeneralOcr', operation: 'recognizeText', credential: nhn };
const nhnBusiness = {
	resource: 'nhnDocumentOcr',
	operation: 'recognizeBusinessRegistration',
	credential: nhn,
	good: () => fileItem(businessRegistrationPng),
};

const cases: Case[] = [
	{
		name: 'PDF bytes named .png, for NHN General (JPG, PNG only): it is a PDF',
		...nhnGeneral,
		good: () => fileItem(receiptKoPng),
		bad: () => bufferItem(pdfOf(1), 'scan.png', 'image/png'),
		message: /^NHN Cloud General OCR cannot read "scan\.png" \(image\/png\)$/,
		description: /marked as a PNG image \(image\/png\), but it is a PDF document/,
	},
	{
		name: 'text named .png',
		...nhnGeneral,
		good: () => fileItem(receiptKoPng),
		bad: () => bufferItem(readFileSync(notAnImageTxt.path), 'receipt.png', 'image/png'),
		message: /cannot read "receipt\.png"/,
		description: /The file is plain text, not a JPG, PNG, PDF or TIFF file/,
	},
	{
		name: 'an empty file',
		...nhnGeneral,
		good: () => fileItem(receiptKoPng),
		bad: () => bufferItem(Buffer.alloc(0), 'empty.png', 'image/png'),
		message: /^The file "empty\.png" is empty$/,
	},
	{
		name: 'a 1-byte file',
		...nhnGeneral,
		good: () => fileItem(receiptKoPng),
		bad: () => bufferItem(Buffer.from([0x89]), 'tiny.png', 'image/png'),
		message: /^"tiny\.png" cannot be read: the file has only 1 byte/,
	},
	{
		name: 'a PNG cut off',
		...nhnGeneral,
		good: () => fileItem(receiptKoPng),
		bad: () => bufferItem(png.subarray(0, png.length - 20), 'cut.png', 'image/png'),
		message: /^"cut\.png" cannot be sent: the PNG image is cut off/,
	},
	{
		name: 'a PDF cut off (no %%EOF), for NHN business registration',
		...nhnBusiness,
		bad: () => bufferItem(cutPdf, 'cut.pdf', 'application/pdf'),
		message: /^"cut\.pdf" cannot be sent: the PDF is cut off/,
	},
	{
		name: 'a password-protected PDF, for NHN business registration',
		...nhnBusiness,
		bad: () => bufferItem(locked, 'locked.pdf', 'application/pdf'),
		message: /^"locked\.pdf" cannot be sent: the PDF is encrypted/,
		description: /Remove the password/,
	},
	{
		name: 'an 11-page PDF for CLOVA General (10 pages documented)',
		resource: 'clovaOcr',
		operation: 'recognizeText',
		credential: () => clovaCredential(emulator(), 'general'),
		good: () => bufferItem(pdfOf(10), 'ten.pdf', 'application/pdf'),
		bad: () => bufferItem(pdfOf(11), 'eleven.pdf', 'application/pdf'),
		message: /^"eleven\.pdf" has 11 pages; CLOVA OCR reads at most 10 pages of a PDF$/,
	},
	{
		name: 'a 6-page PDF for CLOVA Template (5 pages documented)',
		resource: 'clovaOcr',
		operation: 'recognizeTemplate',
		credential: () => clovaCredential(emulator(), 'template'),
		good: () => bufferItem(pdfOf(5), 'five.pdf', 'application/pdf'),
		bad: () => bufferItem(pdfOf(6), 'six.pdf', 'application/pdf'),
		message: /^"six\.pdf" has 6 pages; CLOVA OCR Template reads at most 5 pages of a PDF$/,
	},
	{
		name: 'a 6-page TIFF for CLOVA Template (5 pages documented)',
		resource: 'clovaOcr',
		operation: 'recognizeTemplate',
		credential: () => clovaCredential(emulator(), 'template'),
		good: () =>
			bufferItem(encodeTiff(Array.from({ length: 5 }, picture)), 'five.tiff', 'image/tiff'),
		bad: () => bufferItem(encodeTiff(Array.from({ length: 6 }, picture)), 'six.tiff', 'image/tiff'),
		message: /^"six\.tiff" has 6 pages; CLOVA OCR Template reads at most 5 pages of a TIFF$/,
	},
	{
		name: 'a 2-page PDF for CLOVA Document OCR (receipt: 1 page)',
		resource: 'clovaOcr',
		operation: 'recognizeReceipt',
		credential: () => clovaCredential(emulator(), 'receipt'),
		good: () => fileItem(receiptMartPng),
		bad: () => bufferItem(pdfOf(2), 'two.pdf', 'application/pdf'),
		message: /^"two\.pdf" has 2 pages; CLOVA Document OCR reads single-page files only$/,
	},
	{
		name: 'a parameter value the node cannot use (Output = "bogus" for the last item only)',
		resource: 'nhnDocumentOcr',
		operation: 'recognizeCreditCard',
		credential: nhn,
		good: () => fileItem(creditCardPng),
		bad: () => ({ ...fileItem(creditCardPng), json: { output: 'bogus' } }),
		parameters: { output: '={{ $json.output ?? "fields" }}' },
		message: /^'Output' must be one of .*, not "bogus"$/,
	},
	{
		name: 'Minimum Confidence of -1 for the last item only',
		...nhnGeneral,
		good: () => fileItem(receiptKoPng),
		bad: () => ({ ...fileItem(receiptKoPng), json: { min: -1 } }),
		parameters: { options: { minConfidence: '={{ $json.min ?? 0 }}' } },
		message: /^'Minimum Confidence' must be a number from 0 to 1, not the number -1$/,
	},
];

const binaryModes: BinaryMode[] = ['default', 'filesystem'];
const ocrCalls = () =>
	emulator().log.filter((entry) => entry.provider === 'nhn' || entry.provider === 'clova');

describe.each(binaryModes)('binary mode %s: refused before the first paid call', (binaryMode) => {
	it.each(cases.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
		emulator().clearLog();
		const error = failed(
			await runNode({
				parameters: {
					resource: entry.resource,
					operation: entry.operation,
					inputType: 'binary',
					...entry.parameters,
				} as never,
				items: [entry.good(), entry.good(), entry.bad()],
				credentials: [entry.credential()],
				binaryMode,
			}),
		);
		expect(error.message).toMatch(entry.message);
		if (entry.description) expect(error.description).toMatch(entry.description);
		expect(error.context?.itemIndex).toBe(2);
		expect(ocrCalls()).toEqual([]);
	});

	it('the good items of those cases are sent (the checks do not refuse sound files)', async () => {
		for (const entry of cases.filter((candidate) => !candidate.parameters)) {
			emulator().clearLog();
			await runNode({
				parameters: { resource: entry.resource, operation: entry.operation, inputType: 'binary' },
				items: [entry.good()],
				credentials: [entry.credential()],
				binaryMode,
			});
			expect([entry.name, ocrCalls().length]).toEqual([entry.name, 1]);
		}
	});
});

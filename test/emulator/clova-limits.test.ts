import { receiptKoPng, threePagesPdf } from '../fixtures/catalog';
import { encodePdf } from '../fixtures/encode/pdf';
import { useEmulator } from './fixture';
import { clova, clovaMultipart, expectClovaError, fileBytes } from './helpers';

const MiB = 1024 * 1024;
const message = (format: string) => ({
	version: 'V2',
	requestId: 'limits',
	timestamp: 1,
	images: [{ format, name: 'big' }],
});
const pdfOf = (pages: number) =>
	encodePdf(Array.from({ length: pages }, (_, i) => ({ lines: [`page ${i}`] })));

/** A well-formed file of `size` bytes: a PNG with zero padding after IEND, a PDF with a long comment. */
function padded(kind: 'png' | 'pdf', size: number): Buffer {
	if (kind === 'png') {
		const out = Buffer.alloc(size);
		fileBytes(receiptKoPng.path).copy(out);
		return out;
	}
	const pdf = fileBytes(threePagesPdf.path).toString('latin1');
	const firstLine = pdf.indexOf('\n') + 1;
	const filler = '%'.padEnd(size - pdf.length - 1, 'x');
	return Buffer.from(`${pdf.slice(0, firstLine)}${filler}\n${pdf.slice(firstLine)}`, 'latin1');
}

describe('CLOVA size and page limits', () => {
	const emu = useEmulator();

	test('General: a PDF of 10 pages is fine, 11 pages is "0011"', async () => {
		const ten = await clova(
			emu.clova.general,
			'general',
			clovaMultipart(pdfOf(10), 'ten.pdf', message('pdf')),
		);
		expect(ten.json.images).toHaveLength(10);
		const eleven = await clova(
			emu.clova.general,
			'general',
			clovaMultipart(pdfOf(11), 'eleven.pdf', message('pdf')),
		);
		expectClovaError(eleven, 400, '0011', 'Request body invalid.');
	});

	test('Template: a PDF of 5 pages is fine, 6 pages is "0011"', async () => {
		const five = await clova(
			emu.clova.template,
			'infer',
			clovaMultipart(pdfOf(5), 'five.pdf', message('pdf')),
		);
		expect(five.json.images).toHaveLength(5);
		const six = await clova(
			emu.clova.template,
			'infer',
			clovaMultipart(pdfOf(6), 'six.pdf', message('pdf')),
		);
		expectClovaError(six, 400, '0011', 'Request body invalid.');
	});

	test('Template: an image over 20 MB is "0011"; exactly 20 MB is fine', async () => {
		const over = await clova(
			emu.clova.template,
			'infer',
			clovaMultipart(padded('png', 20 * MiB + 1), 'big.png', message('png')),
		);
		expectClovaError(over, 400, '0011', 'Request body invalid.');
		const exact = await clova(
			emu.clova.template,
			'infer',
			clovaMultipart(padded('png', 20 * MiB), 'big.png', message('png')),
		);
		expect(exact.status).toBe(200);
	});

	test('Template: a PDF over 20 MB is fine (PDF/TIFF may reach 50 MB)', async () => {
		const answer = await clova(
			emu.clova.template,
			'infer',
			clovaMultipart(padded('pdf', 21 * MiB), 'big.pdf', message('pdf')),
		);
		expect(answer.status).toBe(200);
		expect(answer.json.images).toHaveLength(3);
	});

	test('General: over 50 MB is "0011"', async () => {
		const over = await clova(
			emu.clova.general,
			'general',
			clovaMultipart(padded('png', 50 * MiB + 1), 'huge.png', message('png')),
		);
		expectClovaError(over, 400, '0011', 'Request body invalid.');
	});

	test('an empty file is "0011"', async () => {
		const empty = await clova(
			emu.clova.general,
			'general',
			clovaMultipart(Buffer.alloc(0), 'empty.png', message('png')),
		);
		expectClovaError(empty, 400, '0011', 'Request body invalid.');
	});
});

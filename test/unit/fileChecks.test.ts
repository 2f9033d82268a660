import {
	CHECK_PART_BYTES,
	checkFileBytes,
	type FileCheck,
} from '../../nodes/core/input/fileChecks';
import { documentedLimits as clovaLimits } from '../../nodes/clova/limits';
import { documentedLimits as nhnLimits } from '../../nodes/nhn/limits';

const documentedLimits = { ...nhnLimits, ...clovaLimits };
import { pageCount } from '../../nodes/core/input/pageCount';
import { encodeJpeg } from '../fixtures/encode/jpeg';
import { encodePdf } from '../fixtures/encode/pdf';
import { encodePng } from '../fixtures/encode/png';
import { blankRaster, fillRect } from '../fixtures/encode/raster';
import { encodeTiff } from '../fixtures/encode/tiff';

const picture = () => {
	const raster = blankRaster(64, 48);
	fillRect(raster, 8, 8, 30, 10);
	return raster;
};
const png = encodePng(picture());
const jpeg = encodeJpeg(picture());
const tiff = encodeTiff([picture(), picture()]);
const pdf = (pages = 1) =>
	encodePdf(Array.from({ length: pages }, (_, index) => ({ lines: [`Page ${index + 1}`] })));

const sound = (format: FileCheck['format'], content: string, pages: number, size: number) => ({
	format,
	content,
	size,
	pages,
	encrypted: false,
	problems: [],
});

describe('a sound file: its format from its bytes, its pages, no problem', () => {
	it.each([
		['PNG', png, 'png', 'a PNG image', 1],
		['JPG', jpeg, 'jpg', 'a JPG image', 1],
		['PDF', pdf(), 'pdf', 'a PDF document', 1],
		['TIFF of 2 pages', tiff, 'tiff', 'a TIFF image', 2],
		['PDF of 11 pages', pdf(11), 'pdf', 'a PDF document', 11],
	] as const)('%s', (_name, bytes, format, content, pages) => {
		expect(checkFileBytes({ head: bytes })).toEqual(sound(format, content, pages, bytes.length));
	});
});

describe('the bytes win over the name and the MIME type', () => {
	it('PDF bytes named .png are a PDF, and the check says so', () => {
		const check = checkFileBytes({ head: pdf(), fileName: 'scan.png' });
		expect(check.format).toBe('pdf');
		expect(check.mismatch).toBe('The file is named "scan.png", but it is a PDF document');
		expect(check.problems).toEqual([]);
	});

	it('a MIME type that says otherwise is named in the sentence', () => {
		const check = checkFileBytes({ head: jpeg, fileName: 'scan', mimeType: 'image/png' });
		expect(check.mismatch).toBe(
			'The file is marked as a PNG image (image/png), but it is a JPG image',
		);
	});

	it.each([
		[
			Buffer.from('Hello, this is a note and not a picture at all.\n'),
			'note.png',
			'The file is plain text, not a JPG, PNG, PDF or TIFF file, though it is named "note.png"',
		],
		[
			Buffer.from('<!DOCTYPE html><html><body>Please sign in to continue</body></html>'),
			'receipt.jpg',
			'The file is a web page (HTML), not a JPG, PNG, PDF or TIFF file, though it is named "receipt.jpg"',
		],
		[
			Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(40)]),
			undefined,
			'The file is a GIF image, not a JPG, PNG, PDF or TIFF file',
		],
		[
			Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40)]),
			'invoice.pdf',
			'The file is a ZIP archive (Word, Excel and PowerPoint files are ZIP archives), not a JPG, PNG, PDF or TIFF file, though it is named "invoice.pdf"',
		],
	])('%#: other bytes are refused, said in words', (bytes, fileName, message) => {
		const check = checkFileBytes({ head: bytes, fileName });
		expect(check.format).toBeUndefined();
		expect(check.problems).toEqual([{ code: 'notADocument', message }]);
	});
});

describe('empty and tiny files', () => {
	it('an empty file', () => {
		expect(checkFileBytes({ head: Buffer.alloc(0), fileName: 'a.png' }).problems).toEqual([
			{ code: 'empty', message: 'The file is empty (0 bytes)' },
		]);
	});

	it.each([
		[Buffer.from([0x41]), 'The file has only 1 byte: too little for a picture or a document'],
		[png.subarray(0, 20), 'The file has only 20 bytes: too little for a picture or a document'],
	])('%#: a tiny file', (bytes, message) => {
		expect(checkFileBytes({ head: bytes }).problems).toEqual([{ code: 'tooSmall', message }]);
	});
});

describe('files cut off before their end', () => {
	const cut = (bytes: Buffer, drop: number) => bytes.subarray(0, bytes.length - drop);
	const truncated = (message: string) => [{ code: 'truncated', message }];
	const pngCut = truncated(
		'The PNG image is cut off: its end (the IEND chunk) is missing, so the file was not completely saved or downloaded',
	);

	it('a PNG without its IEND chunk, or cut inside its data', () => {
		expect(checkFileBytes({ head: cut(png, 12) }).problems).toEqual(pngCut);
		expect(checkFileBytes({ head: cut(png, 40) }).problems).toEqual(pngCut);
	});

	it('a PNG with bytes after IEND is sound', () => {
		expect(checkFileBytes({ head: Buffer.concat([png, Buffer.alloc(100)]) }).problems).toEqual([]);
	});

	it('a JPG without its end marker', () => {
		expect(checkFileBytes({ head: cut(jpeg, 2) }).problems).toEqual(
			truncated(
				'The JPG image is cut off before its end marker, so the file was not completely saved or downloaded',
			),
		);
		expect(checkFileBytes({ head: cut(jpeg, 30) }).problems[0]?.code).toBe('truncated');
	});

	it('a JPG followed by other data (a motion photo’s video) is sound', () => {
		const video = Buffer.concat([
			Buffer.from('\u0000\u0000\u0000\u0018ftypmp42'),
			Buffer.alloc(500, 7),
		]);
		expect(checkFileBytes({ head: Buffer.concat([jpeg, video]) }).problems).toEqual([]);
	});

	it('a PDF without %%EOF; one with trailing bytes after it is sound, as tolerant readers take it', () => {
		expect(checkFileBytes({ head: cut(pdf(), 8) }).problems).toEqual(
			truncated(
				'The PDF is cut off: its end (%%EOF) is missing, so the file was not completely saved or downloaded',
			),
		);
		expect(checkFileBytes({ head: Buffer.concat([pdf(), Buffer.alloc(3000)]) }).problems).toEqual(
			[],
		);
	});

	it('a TIFF whose last page lies past the end', () => {
		expect(checkFileBytes({ head: cut(tiff, 10) }).problems).toEqual(
			truncated(
				'The TIFF image is cut off: parts of it lie past the end of the file, so it was not completely saved or downloaded',
			),
		);
	});
});

/** A PDF of one page whose trailer names `encrypt` as its encryption dictionary (object 5). */
function encryptedPdf(encrypt: string): Buffer {
	const id = '<3039353331666338613730316337306237633732333030363835363236386463>';
	return Buffer.from(
		[
			'%PDF-1.4',
			'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
			'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
			'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >> endobj',
			`5 0 obj\n${encrypt}\nendobj`,
			'xref',
			'0 6',
			`trailer << /Size 6 /Root 1 0 R /ID [ ${id} ${id} ] /Encrypt 5 0 R >>`,
			'startxref',
			'200',
			'%%EOF',
			'',
		].join('\n'),
		'latin1',
	);
}

// Made with pypdf 6.19 (owner password "owner"; user password "" or "secret"): the node must agree with it.
const rc4 = (o: string, u: string) =>
	`<< /V 2 /R 3 /Length 128 /P 4294967292 /Filter /Standard /O <${o}> /U <${u}> >>`;
const aes256 = (o: string, u: string) =>
	`<< /V 5 /R 6 /Length 256 /P 4294967292 /Filter /Standard /O <${o}> /U <${u}> /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>`;
const rc4OwnerOnly = rc4(
	'566fa873ee33c797cd3b904fdadf814afa34df9a38f6ed41b984e2c6da2aa6f5',
	'2b56f4791463386a7aeddddebdff3ca828bf4e5e4e758a4164004e56fffa0108',
);
const rc4UserPassword = rc4(
	'0db5855fc5326569e765906caf64e4429a4c20d6e996fdef963e9b5080f9e083',
	'476b068bc44e201ce6d5ac6b3fcdb02e28bf4e5e4e758a4164004e56fffa0108',
);
const aesOwnerOnly = aes256(
	'c802a765a599c318db8712b4a67e1bd6dbe2ddd966a4b7c781ad733649feff39856edb0d1b27c141c4c87bbdaa085972',
	'4fbf4f73b00261d404294b537e32c574e650b11ac33f898f73904c5dcb4ec6dd37166a5ae6fd71cfdf64082ff3760c9a',
);
const aesUserPassword = aes256(
	'9575984d6896b6fd8f92c4b5eea93f7c17e0fccf7cf388013a8fbd42192a8d1cd374e7ef396076a8cc647d97ae38f254',
	'ba543b50503e4d16b2e5eed3732ae43694adf04486b7edc272faec157298a2a285e892fc52e594ff3fdd4264d51e35aa',
);

describe('encrypted PDFs', () => {
	const needsPassword = [
		{
			code: 'passwordProtected',
			message: 'The PDF is protected with a password that is needed to open it',
		},
	];

	it.each([
		['RC4 128-bit, owner password only', rc4OwnerOnly, []],
		['RC4 128-bit, user password', rc4UserPassword, needsPassword],
		['AES-256, owner password only', aesOwnerOnly, []],
		['AES-256, user password', aesUserPassword, needsPassword],
		[
			'another security handler (certificates)',
			'<< /Filter /Adobe.PubSec /V 4 /R 4 >>',
			[
				{
					code: 'passwordProtected',
					message:
						'The PDF is encrypted in a way that may need a password or a certificate to open it',
				},
			],
		],
	])('%s', (_name, encrypt, problems) => {
		const check = checkFileBytes({ head: encryptedPdf(encrypt) });
		expect(check.encrypted).toBe(true);
		expect(check.problems).toEqual(problems);
	});

	it('/Encrypt outside a trailer (a word in the text) is no encryption', () => {
		const text = Buffer.from(
			'%PDF-1.4\n1 0 obj << /Title (about /Encrypt 5 0 R) >> endobj\n%%EOF\n'.padEnd(200, ' '),
		);
		expect(checkFileBytes({ head: text }).encrypted).toBe(false);
	});
});

describe('page counts that compressed object streams would hide', () => {
	const objectStream = (visible: string) =>
		Buffer.from(
			[
				'%PDF-1.5',
				visible,
				'7 0 obj << /Type /ObjStm /N 10 /First 60 /Filter /FlateDecode /Length 20 >>',
				'stream',
				'\u0078\u009c\u00cb\u0048\u00cd\u00c9\u00c9\u0007\u0000\u0006\u002c\u0002\u0015 compressed pages',
				'endstream',
				'endobj',
				'%%EOF',
			].join('\n'),
			'latin1',
		);

	it("the page tree's root /Count wins over the one page object in the clear", () => {
		const bytes = objectStream(
			'2 0 obj << /Type /Pages /Kids [3 0 R 8 0 R] /Count 11 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj',
		);
		expect(pageCount(bytes, 'pdf')).toBe(11);
	});

	it("a linearized file's /N, when the tree itself is compressed", () => {
		const bytes = objectStream(
			'1 0 obj << /Linearized 1 /L 5000 /H [100 200] /O 3 /E 900 /N 11 /T 4000 >> endobj',
		);
		expect(pageCount(bytes, 'pdf')).toBe(11);
	});

	it('nothing readable: undefined', () => {
		expect(pageCount(objectStream(''), 'pdf')).toBeUndefined();
	});

	it('the latest root after an incremental update', () => {
		const updated = Buffer.concat([
			pdf(3),
			Buffer.from(
				'2 0 obj << /Type /Pages /Kids [4 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R /Prev 9 >>\n%%EOF\n',
			),
		]);
		expect(pageCount(updated, 'pdf')).toBe(1);
	});
});

describe('a big stored file: only its first and last bytes are read', () => {
	const padded = (bytes: Buffer, at: number, padding: number) =>
		Buffer.concat([bytes.subarray(0, at), Buffer.alloc(padding, 0x20), bytes.subarray(at)]);
	const parts = (bytes: Buffer, name?: string) => ({
		head: bytes.subarray(0, CHECK_PART_BYTES),
		tail: bytes.subarray(bytes.length - CHECK_PART_BYTES),
		size: bytes.length,
		fileName: name,
	});

	it('an 11-page PDF with a 300 KB middle: pages, end and encryption are still read', () => {
		const big = padded(pdf(11), 1000, 300_000);
		expect(checkFileBytes(parts(big))).toEqual(sound('pdf', 'a PDF document', 11, big.length));
		const locked = padded(encryptedPdf(rc4UserPassword), 20, 300_000);
		expect(checkFileBytes(parts(locked)).problems.map((problem) => problem.code)).toEqual([
			'passwordProtected',
		]);
	});

	it('a big PNG without IEND among its last bytes is cut off', () => {
		const big = padded(png, 40, 300_000);
		expect(checkFileBytes(parts(big)).problems).toEqual([]);
		const cutBig = big.subarray(0, big.length - 12);
		expect(checkFileBytes(parts(cutBig)).problems.map((problem) => problem.code)).toEqual([
			'truncated',
		]);
	});

	it('a big JPG without its end marker is not judged: data after the image is allowed', () => {
		const big = padded(jpeg, 1000, 300_000).subarray(0, -2);
		expect(big.subarray(-CHECK_PART_BYTES).includes(Buffer.from([0xff, 0xd9]))).toBe(false);
		expect(checkFileBytes(parts(big)).problems).toEqual([]);
	});
});

describe('the documented limits table', () => {
	it('has the page limits the documents state', () => {
		expect(documentedLimits['clovaOcr.recognizeText'].maxPages).toEqual({ pdf: 10 });
		expect(documentedLimits['clovaOcr.recognizeTemplate'].maxPages).toEqual({ pdf: 5, tiff: 5 });
		expect(documentedLimits['clovaOcr.recognizeReceipt'].maxPages).toEqual({ pdf: 1, tiff: 1 });
		expect(documentedLimits['nhnDocumentOcr.recognizeBusinessRegistration'].formats).toEqual([
			'pdf',
			'jpg',
			'png',
		]);
		expect(documentedLimits['nhnGeneralOcr.recognizeText'].formats).toEqual(['jpg', 'png']);
	});

	it('names a source for every entry', () => {
		for (const limit of Object.values(documentedLimits))
			expect(limit.sources.length).toBeGreaterThan(0);
	});
});

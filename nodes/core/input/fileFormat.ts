export type FileFormat = 'jpg' | 'png' | 'pdf' | 'tiff';

const byMimeType: Record<string, FileFormat> = {
	'image/jpeg': 'jpg',
	'image/jpg': 'jpg',
	'image/pjpeg': 'jpg',
	'image/png': 'png',
	'application/pdf': 'pdf',
	'image/tiff': 'tiff',
	'image/tif': 'tiff',
};

const byExtension: Record<string, FileFormat> = {
	jpg: 'jpg',
	jpeg: 'jpg',
	png: 'png',
	pdf: 'pdf',
	tif: 'tiff',
	tiff: 'tiff',
};

export const formatMimeTypes: Record<FileFormat, string> = {
	jpg: 'image/jpeg',
	png: 'image/png',
	pdf: 'application/pdf',
	tiff: 'image/tiff',
};

export function formatFromBytes(bytes: Buffer): FileFormat | undefined {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
		return 'jpg';
	if (
		bytes.length >= 8 &&
		bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
	)
		return 'png';
	if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
	if (bytes.length >= 4) {
		const head = bytes.subarray(0, 4).toString('latin1');
		if (head === 'II*\u0000' || head === 'MM\u0000*') return 'tiff';
	}
	return undefined;
}

export function formatFromFileName(fileName: string | undefined): FileFormat | undefined {
	const extension = fileName?.split(/[?#]/)[0].split('.').pop()?.toLowerCase();
	return extension && extension !== fileName ? byExtension[extension] : undefined;
}

/** The MIME type is trusted most, then the file name's extension, then the file's first bytes. */
export function detectFormat(file: {
	mimeType?: string;
	fileName?: string;
	bytes?: Buffer;
}): FileFormat | undefined {
	const mimeType = file.mimeType?.split(';')[0].trim().toLowerCase();
	return (
		(mimeType ? byMimeType[mimeType] : undefined) ??
		formatFromFileName(file.fileName) ??
		(file.bytes ? formatFromBytes(file.bytes) : undefined)
	);
}

/** The four formats in words, for messages. */
export const formatWords: Record<FileFormat, string> = {
	jpg: 'a JPG image',
	png: 'a PNG image',
	pdf: 'a PDF document',
	tiff: 'a TIFF image',
};

/** What a name or MIME type says the file is: the MIME type first (when it names one of the four), then the name. */
export function claimedFormat(file: {
	mimeType?: string;
	fileName?: string;
}): FileFormat | undefined {
	const mimeType = file.mimeType?.split(';')[0].trim().toLowerCase();
	return (mimeType ? byMimeType[mimeType] : undefined) ?? formatFromFileName(file.fileName);
}

const startsWith = (bytes: Buffer, text: string, at = 0) =>
	bytes.length >= at + text.length &&
	bytes.subarray(at, at + text.length).toString('latin1') === text;

/** Bytes that read as text: no control characters but tab and line ends in the first part. */
function looksLikeText(bytes: Buffer): boolean {
	const sample = bytes.subarray(0, 1024);
	return (
		sample.length > 0 &&
		!sample.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f)
	);
}

/** What the bytes are, in words a user knows, whatever the format: "a PDF document", "a GIF image", "plain text". */
export function describeContent(bytes: Buffer): string {
	const format = formatFromBytes(bytes);
	if (format) return formatWords[format];
	if (bytes.length === 0) return 'nothing (0 bytes)';
	if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'a GIF image';
	if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'a WebP image';
	if (
		startsWith(bytes, 'BM') &&
		bytes.length >= 18 &&
		[12, 40, 52, 56, 108, 124].includes(bytes.readUInt32LE(14))
	)
		return 'a BMP image';
	if (startsWith(bytes, 'ftyp', 4)) {
		const brand = bytes.subarray(8, 12).toString('latin1');
		if (['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].includes(brand))
			return 'a HEIC photo (as iPhones save them)';
		if (brand === 'avif') return 'an AVIF image';
		return 'a video or audio file';
	}
	if (startsWith(bytes, 'PK\u0003\u0004'))
		return 'a ZIP archive (Word, Excel and PowerPoint files are ZIP archives)';
	if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0)
		return 'an older Microsoft Office file';
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'a compressed (gzip) file';
	if (!looksLikeText(bytes)) return 'data in a format the node does not know';
	const start = bytes
		.subarray(0, 1024)
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.trimStart()
		.toLowerCase();
	if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg')))
		return 'an SVG drawing';
	if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'a web page (HTML)';
	if (start.startsWith('<?xml')) return 'an XML document';
	if (start.startsWith('{') || start.startsWith('[')) return 'JSON text';
	return 'plain text';
}

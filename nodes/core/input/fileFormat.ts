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

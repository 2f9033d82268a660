import { inputError } from '../errors';
import type { FileFormat } from './fileFormat';
import { fileSize } from './fileSource';
import { pageCount } from './pageCount';
import type { FileInput, OcrInput } from './readInput';

export interface FileLimits {
	service: string;
	formats: FileFormat[];
	/** Largest file in bytes, per format where they differ. */
	maxBytes: (format: FileFormat) => number;
	/** Most pages of a PDF or TIFF, where the service documents a limit. */
	maxPages?: (format: FileFormat) => number | undefined;
	/** How the limit is put in words when a file has too many pages, e.g. "reads single-page files only". */
	pagesHint?: string;
}

export const MB = 1024 * 1024;

export function formatSize(bytes: number): string {
	const mb = bytes / MB;
	if (bytes >= MB) return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
	return `${Math.ceil(bytes / 1024)} KB`;
}

/** Just over the limit, rounded sizes would read the same ("20.0 MB, larger than 20 MB"): then bytes are shown. */
function describeOversize(size: number, limit: number): string {
	if (size - limit >= MB / 10) return `${formatSize(size)}, larger than the ${formatSize(limit)}`;
	return `${size.toLocaleString('en-US')} bytes, larger than the ${formatSize(limit)} (${limit.toLocaleString('en-US')} bytes)`;
}

const formatNames: Record<FileFormat, string> = {
	jpg: 'JPG',
	png: 'PNG',
	pdf: 'PDF',
	tiff: 'TIFF',
};

function accepted(limits: FileLimits): string {
	return limits.formats.map((format) => formatNames[format]).join(', ');
}

/** Fails the item before upload when the documented type or size limits rule it out: no paid call is spent on it. */
export function checkFile(file: FileInput, limits: FileLimits): FileFormat {
	if (fileSize(file) === 0) {
		throw inputError(
			`The file "${file.fileName}" is empty`,
			'Check the node before this one: the binary field holds no data.',
		);
	}
	if (!file.format || !limits.formats.includes(file.format)) {
		throw inputError(
			`${limits.service} cannot read "${file.fileName}"${file.mimeType ? ` (${file.mimeType})` : ''}`,
			`${limits.service} accepts ${accepted(limits)} files. Convert the file first, or check that the binary field holds the document.`,
		);
	}
	const max = limits.maxBytes(file.format);
	if (fileSize(file) > max) {
		throw inputError(
			`"${file.fileName}" is ${describeOversize(fileSize(file), max)} ${limits.service} accepts`,
			`Reduce the resolution or compress the file to at most ${formatSize(max)}.`,
		);
	}
	return file.format;
}

export function isFile(input: OcrInput): input is FileInput {
	return input.kind === 'file';
}

/**
 * Pages of a PDF or TIFF against the documented limit, before the paid call; `bytes` is the whole file. A file whose
 * page count cannot be read is sent: the service decides.
 */
export function checkPages(
	file: { fileName: string },
	bytes: Buffer,
	format: FileFormat,
	limits: FileLimits,
): void {
	const max = limits.maxPages?.(format);
	if (max === undefined) return;
	const pages = pageCount(bytes, format);
	if (pages === undefined || pages <= max) return;
	throw inputError(
		max === 1
			? `"${file.fileName}" has ${pages} pages; ${limits.service} reads single-page files only`
			: `"${file.fileName}" has ${pages} pages; ${limits.service} reads at most ${max} pages of a ${formatNames[format]}`,
		limits.pagesHint ??
			`Split the file into parts of at most ${max} pages (e.g. with a PDF tool node) and send each part.`,
	);
}

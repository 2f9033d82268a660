import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../errors';
import type { FileFormat } from './fileFormat';
import { fileSize } from './fileSource';
import type { FileInput, OcrInput, UrlInput } from './readInput';

export interface FileLimits {
	service: string;
	formats: FileFormat[];
	/** Largest file in bytes, per format where they differ. */
	maxBytes: (format: FileFormat) => number;
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
export function checkFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	file: FileInput,
	limits: FileLimits,
): FileFormat {
	if (fileSize(file) === 0) {
		throw inputError(
			ctx,
			itemIndex,
			`The file "${file.fileName}" is empty`,
			'Check the node before this one: the binary field holds no data.',
		);
	}
	if (!file.format || !limits.formats.includes(file.format)) {
		throw inputError(
			ctx,
			itemIndex,
			`${limits.service} cannot read "${file.fileName}"${file.mimeType ? ` (${file.mimeType})` : ''}`,
			`${limits.service} accepts ${accepted(limits)} files. Convert the file first, or check that the binary field holds the document.`,
		);
	}
	const max = limits.maxBytes(file.format);
	if (fileSize(file) > max) {
		throw inputError(
			ctx,
			itemIndex,
			`"${file.fileName}" is ${describeOversize(fileSize(file), max)} ${limits.service} accepts`,
			`Reduce the resolution or compress the file to at most ${formatSize(max)}.`,
		);
	}
	return file.format;
}

/** NHN downloads image URLs itself and documents which ports it will use. */
export function checkNhnImageUrl(ctx: IExecuteFunctions, itemIndex: number, input: UrlInput): void {
	const port = new URL(input.url).port;
	if (!port) return;
	const value = Number(port);
	if (value === 80 || value === 443 || (value >= 10000 && value <= 12000)) return;
	throw inputError(
		ctx,
		itemIndex,
		`NHN Cloud OCR cannot download from port ${port}`,
		'When an image URL names a port, NHN Cloud only uses ports 80, 443 and 10000-12000. Serve the image from one of those, or send it as a file.',
	);
}

export function isFile(input: OcrInput): input is FileInput {
	return input.kind === 'file';
}

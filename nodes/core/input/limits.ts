import { inputError } from '../errors';
import { shortEcho } from '../privacy/secrets';
import type { FileCheck, FileProblemCode } from './fileChecks';
import type { FileFormat } from './fileFormat';
import type { FileInput, OcrInput } from './readInput';

/**
 * The limits a provider's documents state for one operation, as data: formats, sizes and pages. Each entry names
 * the document (under shared/api or shared/seeds) and the section it comes from; what a document does not state is
 * left out (a guard the node adds for itself is given to limitsFrom separately).
 */
export interface DocumentedLimit {
	service: string;
	/** Formats the service reads. */
	formats: FileFormat[];
	/** Largest file, per format (every listed format has one where the document gives a size). */
	maxBytes?: Partial<Record<FileFormat, number>>;
	/** Most pages, per format, where the document limits them (a format not listed: no stated limit). */
	maxPages?: Partial<Record<FileFormat, number>>;
	/** Whether the service downloads an image URL itself (else the node sends the bytes). */
	acceptsUrl: boolean;
	/** Ports an image URL may name, where the document restricts them. */
	urlPorts?: string;
	/** Longest question, in characters (Document AI). */
	maxPromptLength?: number;
	/** Where each fact comes from. */
	sources: string[];
}

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

/** A file name as messages show it: on one line, never more than a short start of it. */
function shownName(file: { fileName: string }): string {
	return shortEcho(file.fileName, 80);
}

const problemHints: Record<FileProblemCode, string> = {
	empty: 'Check the node before this one: the binary field holds no data.',
	tooSmall:
		'Check the node before this one: the file was not completely saved or downloaded, or the binary field holds something else.',
	notADocument: '',
	truncated:
		'Read or download the file again; if it opens on your computer, save it again (e.g. export it as PDF or PNG) and send that.',
	passwordProtected:
		'Remove the password (save an unprotected copy of the PDF), or send a picture of the page instead.',
};

/**
 * Everything the file's bytes rule out, before upload, so that no paid call is spent on it: a file that is empty,
 * tiny, not one of the formats the service reads (by its bytes: PDF bytes named .png are a PDF), larger than the
 * documented size, cut off, protected with a password, or with more pages than the service reads. Returns the
 * format the bytes have, which is the one sent.
 */
export function checkDocument(
	file: { fileName: string; mimeType?: string },
	check: FileCheck,
	limits: FileLimits,
): FileFormat {
	const name = shownName(file);
	const [first] = check.problems;
	if (first?.code === 'empty') throw inputError(`The file "${name}" is empty`, problemHints.empty);
	if (first?.code === 'tooSmall')
		throw inputError(
			`"${name}" cannot be read: ${lowerFirst(first.message)}`,
			problemHints.tooSmall,
		);
	if (!check.format || !limits.formats.includes(check.format)) {
		// What the bytes are, where the name or MIME type in the message says otherwise or nothing useful.
		const what = check.mismatch
			? `${check.mismatch}. `
			: first?.code === 'notADocument'
				? `${first.message}. `
				: '';
		throw inputError(
			`${limits.service} cannot read "${name}"${file.mimeType ? ` (${shortEcho(file.mimeType, 60)})` : ''}`,
			`${what}${limits.service} accepts ${accepted(limits)} files. Convert the file first, or check that the binary field holds the document.`,
		);
	}
	const max = limits.maxBytes(check.format);
	if (check.size > max) {
		throw inputError(
			`"${name}" is ${describeOversize(check.size, max)} ${limits.service} accepts`,
			`Reduce the resolution or compress the file to at most ${formatSize(max)}.`,
		);
	}
	// What is left: the file is cut off, or protected with a password.
	if (first)
		throw inputError(
			`"${name}" cannot be sent: ${lowerFirst(first.message)}`,
			problemHints[first.code],
		);
	const maxPages = limits.maxPages?.(check.format);
	if (maxPages !== undefined && check.pages !== undefined && check.pages > maxPages) {
		throw inputError(
			maxPages === 1
				? `"${name}" has ${check.pages} pages; ${limits.service} reads single-page files only`
				: `"${name}" has ${check.pages} pages; ${limits.service} reads at most ${maxPages} pages of a ${formatNames[check.format]}`,
			limits.pagesHint ??
				`Split the file into parts of at most ${maxPages} pages (e.g. with a PDF tool node) and send each part.`,
		);
	}
	return check.format;
}

/** "The PDF is …" → "the PDF is …", to follow a colon. */
function lowerFirst(text: string): string {
	return text.startsWith('The ') ? `the ${text.slice(4)}` : text;
}

export function isFile(input: OcrInput): input is FileInput {
	return input.kind === 'file';
}

/** The file limits of a documented entry; `guardBytes` where the documents state no size (a limit of the node's own). */
export function limitsFrom(
	documented: DocumentedLimit,
	extra: { guardBytes?: number; pagesHint?: string } = {},
): FileLimits {
	const sizes: Partial<Record<FileFormat, number>> = documented.maxBytes ?? {};
	const pages: Partial<Record<FileFormat, number>> = documented.maxPages ?? {};
	return {
		service: documented.service,
		formats: documented.formats,
		maxBytes: (format) => sizes[format] ?? extra.guardBytes ?? Infinity,
		maxPages: documented.maxPages ? (format) => pages[format] : undefined,
		pagesHint: extra.pagesHint,
	};
}

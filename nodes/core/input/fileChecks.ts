import {
	claimedFormat,
	describeContent,
	formatFromBytes,
	formatWords,
	type FileFormat,
} from './fileFormat';
import { ByteView, pageCountOf, walkTiff } from './pageCount';
import { pdfEncryption } from './pdfPassword';

/**
 * What a file really is and what is wrong with it, from its bytes alone, before a paid call: the format by its
 * first bytes (whatever its name and MIME type say), an empty or tiny file, a file cut off before its end, a PDF
 * that needs a password, and the page count. A big stored file need not be read whole: its first and last
 * `CHECK_PART_BYTES` are enough for every check but the ones that walk a file from start to end (a JPEG's segments,
 * a PNG's chunks), which then look only at the end.
 */

export const CHECK_PART_BYTES = 64 * 1024;

export interface FileBytes {
	/** The whole file, or its first bytes (`CHECK_PART_BYTES` of them) when `tail` is given or `size` is larger. */
	head: Buffer;
	/** The file's last bytes, for a file longer than `head` + `tail`; then `size` is required. */
	tail?: Buffer;
	/** The file's full size in bytes (default: the bytes given). */
	size?: number;
	fileName?: string;
	mimeType?: string;
}

export type FileProblemCode =
	| 'empty'
	| 'tooSmall'
	| 'notADocument'
	| 'truncated'
	| 'passwordProtected';

export interface FileProblem {
	code: FileProblemCode;
	/** A sentence for the user: what is wrong (the caller adds what to do). */
	message: string;
}

export interface FileCheck {
	/** The format the bytes have; undefined when they are none of JPG, PNG, PDF and TIFF. */
	format?: FileFormat;
	/** What the bytes are, in words: "a PDF document", "plain text", "a GIF image". */
	content: string;
	/** The name or MIME type says another of the four formats than the bytes: a sentence saying both. */
	mismatch?: string;
	size: number;
	/** PDF and TIFF: the pages, when readable; 1 for an image. */
	pages?: number;
	/** A PDF that is encrypted (it may still open without a password: see the problems). */
	encrypted: boolean;
	/** Everything that rules the file out, in the order found; empty when it looks sound. */
	problems: FileProblem[];
}

/** Smaller than the smallest possible PNG (signature and header chunk alone are 33 bytes) or any other of the four. */
const MIN_FILE_BYTES = 33;
/** Where a PDF's `%%EOF` belongs (ISO 32000: the last 1024 bytes); tolerant readers accept it further up. */
const PDF_END_BYTES = 1024;

function plural(count: number, word: string): string {
	return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

function claimSource(file: FileBytes, claimed: FileFormat): string {
	const mimeType = file.mimeType?.split(';')[0].trim();
	return mimeType && claimedFormat({ mimeType }) === claimed
		? `marked as ${formatWords[claimed]} (${mimeType})`
		: `named "${file.fileName}"`;
}

const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** PNG: chunk by chunk up to IEND (whole file), else IEND among the last bytes (when they were read). */
function pngCutOff(view: ByteView): boolean {
	if (!view.whole) return view.endRead && view.end(CHECK_PART_BYTES).indexOf(PNG_END) < 0;
	const bytes = view.head;
	for (let at = 8; at + 8 <= bytes.length; ) {
		const length = bytes.readUInt32BE(at);
		if (at + 12 + length > bytes.length) return true;
		if (bytes.toString('latin1', at + 4, at + 8) === 'IEND') return false;
		at += 12 + length;
	}
	return true;
}

/**
 * JPEG: segment by segment through the scans to the end marker (whole file). Data after the end marker is allowed
 * (phones append a motion photo's video there), so without the whole file a missing end marker proves nothing.
 */
function jpegCutOff(view: ByteView): boolean {
	if (!view.whole) return false;
	const bytes = view.head;
	let at = 2;
	while (at < bytes.length) {
		if (bytes[at] !== 0xff) return false;
		while (bytes[at] === 0xff) at++;
		if (at >= bytes.length) return true;
		const marker = bytes[at];
		if (marker === 0xd9) return false;
		if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
			at++;
			continue;
		}
		if (at + 3 > bytes.length) return true;
		const segmentEnd = at + 1 + bytes.readUInt16BE(at + 1);
		if (segmentEnd > bytes.length) return true;
		at = segmentEnd;
		if (marker !== 0xda) continue;
		// Entropy-coded data: the next marker is an 0xFF not followed by 0x00 (a stuffed byte) or a restart marker.
		for (;;) {
			at = bytes.indexOf(0xff, at);
			if (at < 0 || at + 1 >= bytes.length) return true;
			const next = bytes[at + 1];
			if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break;
			at += next === 0xff ? 1 : 2;
		}
	}
	return true;
}

/** PDF: `%%EOF` in the last 1024 bytes, or (as tolerant readers accept trailing bytes) anywhere in the part read. */
function pdfCutOff(view: ByteView): boolean {
	if (view.end(PDF_END_BYTES).includes('%%EOF')) return false;
	return !view.end(CHECK_PART_BYTES).includes('%%EOF');
}

function cutOff(view: ByteView, format: FileFormat): string | undefined {
	if (format === 'png' && pngCutOff(view))
		return 'The PNG image is cut off: its end (the IEND chunk) is missing, so the file was not completely saved or downloaded';
	if (format === 'jpg' && jpegCutOff(view))
		return 'The JPG image is cut off before its end marker, so the file was not completely saved or downloaded';
	if (format === 'pdf' && pdfCutOff(view))
		return 'The PDF is cut off: its end (%%EOF) is missing, so the file was not completely saved or downloaded';
	if (format === 'tiff' && walkTiff(view).truncated)
		return 'The TIFF image is cut off: parts of it lie past the end of the file, so it was not completely saved or downloaded';
	return undefined;
}

/** Everything the bytes tell about a file before it is sent. */
export function checkFileBytes(file: FileBytes): FileCheck {
	const view = new ByteView(file.head, file.tail, file.size);
	const size = view.size;
	const problems: FileProblem[] = [];
	const result: FileCheck = {
		content: describeContent(view.head),
		size,
		encrypted: false,
		problems,
	};
	if (size === 0) {
		problems.push({ code: 'empty', message: 'The file is empty (0 bytes)' });
		return result;
	}
	const format = formatFromBytes(view.head);
	const claimed = claimedFormat(file);
	if (format && claimed && claimed !== format)
		result.mismatch = `The file is ${claimSource(file, claimed)}, but it is ${formatWords[format]}`;
	if (size < MIN_FILE_BYTES) {
		problems.push({
			code: 'tooSmall',
			message: `The file has only ${plural(size, 'byte')}: too little for a picture or a document`,
		});
		return result;
	}
	if (!format) {
		const named = claimed ? `, though it is ${claimSource(file, claimed)}` : '';
		problems.push({
			code: 'notADocument',
			message: `The file is ${result.content}, not a JPG, PNG, PDF or TIFF file${named}`,
		});
		return result;
	}
	result.format = format;
	const cut = cutOff(view, format);
	if (cut) problems.push({ code: 'truncated', message: cut });
	if (format === 'pdf') {
		const encryption = pdfEncryption(view.texts());
		result.encrypted = encryption.encrypted;
		if (encryption.encrypted && encryption.passwordNeeded !== false)
			problems.push({
				code: 'passwordProtected',
				message:
					encryption.passwordNeeded === true
						? 'The PDF is protected with a password that is needed to open it'
						: 'The PDF is encrypted in a way that may need a password or a certificate to open it',
			});
	}
	result.pages = pageCountOf(view, format);
	return result;
}

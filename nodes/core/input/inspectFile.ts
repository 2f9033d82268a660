import { createHash } from 'crypto';
import { CHECK_PART_BYTES, checkFileBytes, type FileCheck } from './fileChecks';
import { formatFromBytes, type FileFormat } from './fileFormat';
import { fileBytes } from './fileSource';
import type { FileInput } from './readInput';

export interface InspectedFile {
	check: FileCheck;
	/** The SHA-256 of the bytes, when it was asked for. */
	sha256?: string;
}

/**
 * Formats whose checks gain nothing worth a second read of a big file from its last bytes: a JPEG's end marker proves
 * nothing (phones append data after it), and a PNG's missing end is rare enough to leave to the service. A PDF's
 * trailer (encryption) and a TIFF's directories may lie at the end, so those are read to their end.
 */
const HEAD_TELLS_ENOUGH: FileFormat[] = ['jpg', 'png'];

/**
 * The first and last `CHECK_PART_BYTES` of a stream (all of it when it is no longer than both), read once; only the
 * first when `headEnough` says they tell enough (then the stream is closed there and `size` is the store's).
 */
async function headAndTail(
	file: FileInput,
	hash: ReturnType<typeof createHash> | undefined,
	headEnough: (head: Buffer) => boolean,
): Promise<{ head: Buffer; tail?: Buffer; size: number }> {
	const stream = await file.stored!.open();
	// A file no longer than head and tail together is read whole anyway.
	const big = file.stored!.size > 2 * CHECK_PART_BYTES;
	const headParts: Buffer[] = [];
	let headLength = 0;
	const tailParts: Buffer[] = [];
	let tailLength = 0;
	let size = 0;
	for await (const chunk of stream) {
		const piece = chunk as Buffer;
		size += piece.length;
		hash?.update(piece);
		if (headLength < CHECK_PART_BYTES) {
			const part = piece.subarray(0, CHECK_PART_BYTES - headLength);
			headParts.push(part);
			headLength += part.length;
			if (big && headLength === CHECK_PART_BYTES) {
				const head = Buffer.concat(headParts);
				if (headEnough(head)) {
					stream.destroy();
					return { head, size: file.stored!.size };
				}
			}
		}
		tailParts.push(piece);
		tailLength += piece.length;
		// Until the file is longer than head and tail together, every piece is kept: then it is whole.
		while (
			size > 2 * CHECK_PART_BYTES &&
			tailParts.length > 1 &&
			tailLength - tailParts[0].length >= CHECK_PART_BYTES
		)
			tailLength -= tailParts.shift()!.length;
	}
	const kept = Buffer.concat(tailParts);
	if (size <= 2 * CHECK_PART_BYTES) return { head: kept, size };
	return {
		head: Buffer.concat(headParts),
		tail: kept.subarray(Math.max(0, kept.length - CHECK_PART_BYTES)),
		size,
	};
}

/**
 * What a file's bytes say (fileChecks.ts), and its SHA-256 when asked, before anything is sent. A file in memory is
 * read where it is. A file in n8n's binary store is streamed once and only its first and last CHECK_PART_BYTES are
 * kept — only its first, for a JPG or PNG when no hash is asked for: the upload reads the file again, and a second
 * whole read of every big image would double its download from the store (S3) and the run's peak memory. When
 * `whole(format)` says its pages must be counted (a PDF's page tree may be anywhere in it), it is read whole, as the
 * upload would.
 */
export async function inspectFile(
	file: FileInput,
	options: { sha256?: boolean; whole?: (format: FileFormat) => boolean } = {},
): Promise<InspectedFile> {
	const hash = options.sha256 ? createHash('sha256') : undefined;
	const named = { fileName: file.fileName, mimeType: file.mimeType };
	if (file.bytes || !file.stored) {
		const bytes = file.bytes ?? Buffer.alloc(0);
		hash?.update(bytes);
		return { check: checkFileBytes({ head: bytes, ...named }), sha256: hash?.digest('hex') };
	}
	const parts = await headAndTail(file, hash, (head) => {
		if (hash) return false;
		const format = formatFromBytes(head);
		return !!format && HEAD_TELLS_ENOUGH.includes(format) && !options.whole?.(format);
	});
	const sha256 = hash?.digest('hex');
	const check = checkFileBytes({ ...parts, ...named });
	if (!parts.tail || !check.format || !options.whole?.(check.format)) return { check, sha256 };
	return { check: checkFileBytes({ head: await fileBytes(file), ...named }), sha256 };
}

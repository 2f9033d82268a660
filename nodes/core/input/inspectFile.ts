import { createHash } from 'crypto';
import { CHECK_PART_BYTES, checkFileBytes, type FileCheck } from './fileChecks';
import type { FileFormat } from './fileFormat';
import { fileBytes } from './fileSource';
import type { FileInput } from './readInput';

export interface InspectedFile {
	check: FileCheck;
	/** The SHA-256 of the bytes, when it was asked for. */
	sha256?: string;
}

/** The first and last `CHECK_PART_BYTES` of a stream (all of it when it is no longer than both), read once. */
async function headAndTail(
	file: FileInput,
	hash: ReturnType<typeof createHash> | undefined,
): Promise<{ head: Buffer; tail?: Buffer; size: number }> {
	const stream = await file.stored!.open();
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
 * kept — unless `whole(format)` says its pages must be counted (a PDF's page tree may be anywhere in it): then it is
 * read whole, as the upload would.
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
	const parts = await headAndTail(file, hash);
	const sha256 = hash?.digest('hex');
	const check = checkFileBytes({ ...parts, ...named });
	if (!parts.tail || !check.format || !options.whole?.(check.format)) return { check, sha256 };
	return { check: checkFileBytes({ head: await fileBytes(file), ...named }), sha256 };
}

import { createHash } from 'node:crypto';
import type { RequestLogEntry } from './types';

export function sha256(bytes: Buffer): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The log keeps no image bytes: a base64 `data` string becomes { bytes, sha256 } of what it decodes to. */
export function redactImageData(json: unknown): unknown {
	if (json === null || typeof json !== 'object') return json;
	const copy = structuredClone(json) as { images?: unknown };
	if (Array.isArray(copy.images)) {
		for (const image of copy.images) {
			if (
				image &&
				typeof image === 'object' &&
				typeof (image as { data?: unknown }).data === 'string'
			) {
				const data = Buffer.from((image as { data: string }).data, 'base64');
				(image as { data: unknown }).data = { bytes: data.length, sha256: sha256(data) };
			}
		}
	}
	return copy;
}

export function recordFile(entry: RequestLogEntry, bytes: Buffer, fileName?: string): void {
	entry.fileBytes = bytes.length;
	entry.fileSha256 = sha256(bytes);
	if (fileName !== undefined) entry.fileName = fileName;
}

import { randomBytes } from 'crypto';
import type { StoredFile } from '../input/fileSource';
import { UploadBody } from './upload';

export interface MultipartPart {
	field: string;
	/** Text, bytes in memory, or a file in n8n's binary store (then the body is streamed from there). */
	value: string | Buffer | StoredFile;
	fileName?: string;
	contentType?: string;
}

function quote(value: string): string {
	return value.replace(/["\\\r\n]/g, (char) =>
		char === '"' ? '%22' : char === '\\' ? '\\\\' : '',
	);
}

/** The bytes before one part's value (`--boundary`, its headers and a blank line). */
export function partHead(boundary: string, part: Omit<MultipartPart, 'value'>): Buffer {
	let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.field)}"`;
	if (part.fileName !== undefined) head += `; filename="${quote(part.fileName)}"`;
	head += '\r\n';
	if (part.contentType) head += `Content-Type: ${part.contentType}\r\n`;
	return Buffer.from(`${head}\r\n`, 'utf8');
}

/** The bytes after the last part. */
export function closingBoundary(boundary: string): Buffer {
	return Buffer.from(`--${boundary}--\r\n`);
}

const CRLF = Buffer.from('\r\n');

/** Above this, a file in memory is sent between its head and tail as it is, not copied into one body Buffer. */
const COPY_LIMIT = 256 * 1024;

export function newBoundary(): string {
	return `----n8nOcrBoundary${randomBytes(12).toString('hex')}`;
}

/**
 * multipart/form-data from its parts. `encode()` builds the body when an attempt is sent, and nothing keeps it
 * afterwards: between attempts only the parts are held. Small bodies are one Buffer; with a stored file, or a file in
 * memory over COPY_LIMIT, it is an `UploadBody` that sends the file between the Buffers around it, nothing of it
 * copied (a copy would add the file's size again to the run's peak memory).
 */
export function multipartForm(
	parts: MultipartPart[],
	boundary = newBoundary(),
): {
	contentType: string;
	boundary: string;
	encode: () => Buffer | UploadBody;
} {
	return {
		boundary,
		contentType: `multipart/form-data; boundary=${boundary}`,
		encode: () => {
			const pieces: Array<Buffer | StoredFile> = [];
			for (const part of parts) {
				const { value } = part;
				pieces.push(
					partHead(boundary, part),
					typeof value === 'string' ? Buffer.from(value, 'utf8') : value,
					CRLF,
				);
			}
			pieces.push(closingBoundary(boundary));
			const copyable = pieces.every(
				(piece) => Buffer.isBuffer(piece) && piece.length <= COPY_LIMIT,
			);
			return copyable
				? Buffer.concat(pieces as Buffer[])
				: new UploadBody(pieces, `multipart/form-data; boundary=${boundary}`);
		},
	};
}

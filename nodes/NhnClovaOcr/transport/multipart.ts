import { randomBytes } from 'crypto';

export interface MultipartPart {
	field: string;
	value: string | Buffer;
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

/**
 * multipart/form-data from its parts. `encode()` builds the body as one Buffer when an attempt is sent, and nothing
 * keeps it afterwards: between attempts only the parts are held, not a second copy of the file.
 */
export function newBoundary(): string {
	return `----n8nOcrBoundary${randomBytes(12).toString('hex')}`;
}

export function multipartForm(
	parts: MultipartPart[],
	boundary = newBoundary(),
): {
	contentType: string;
	boundary: string;
	encode: () => Buffer;
} {
	return {
		boundary,
		contentType: `multipart/form-data; boundary=${boundary}`,
		encode: () => {
			const chunks: Buffer[] = [];
			for (const part of parts) {
				chunks.push(
					partHead(boundary, part),
					Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value, 'utf8'),
					CRLF,
				);
			}
			chunks.push(closingBoundary(boundary));
			return Buffer.concat(chunks);
		},
	};
}

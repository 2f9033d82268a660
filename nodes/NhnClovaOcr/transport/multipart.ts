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

/**
 * multipart/form-data as one Buffer: unlike a stream, n8n can send it again when it retries with a renewed credential.
 */
export function encodeMultipart(parts: MultipartPart[]): { body: Buffer; contentType: string } {
	const boundary = `----n8nOcrBoundary${randomBytes(12).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.field)}"`;
		if (part.fileName !== undefined) head += `; filename="${quote(part.fileName)}"`;
		head += '\r\n';
		if (part.contentType) head += `Content-Type: ${part.contentType}\r\n`;
		chunks.push(
			Buffer.from(`${head}\r\n`, 'utf8'),
			Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value, 'utf8'),
			Buffer.from('\r\n'),
		);
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

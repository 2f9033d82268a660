/** A strict multipart/form-data parser (RFC 7578 / RFC 2046). */

export interface Part {
	name: string;
	filename?: string;
	contentType?: string;
	data: Buffer;
}

export type MultipartResult = { ok: true; parts: Part[] } | { ok: false; error: string };

/** The boundary parameter of a multipart/form-data Content-Type, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
	if (!contentType) return undefined;
	const [type, ...params] = contentType.split(';');
	if (type.trim().toLowerCase() !== 'multipart/form-data') return undefined;
	for (const param of params) {
		const eq = param.indexOf('=');
		if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'boundary') continue;
		let value = param.slice(eq + 1).trim();
		if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
			value = value.slice(1, -1);
		return value.length >= 1 && value.length <= 70 ? value : undefined;
	}
	return undefined;
}

/** Parameters of a header value such as `form-data; name="image"; filename="a.png"`. */
function headerParams(value: string): { type: string; params: Map<string, string> } {
	const params = new Map<string, string>();
	const pattern = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
	const semi = value.indexOf(';');
	const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
	for (const match of value.slice(Math.max(semi, 0)).matchAll(pattern)) {
		const raw = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3].trim();
		params.set(match[1].toLowerCase(), raw);
	}
	return { type, params };
}

function parsePartHeaders(block: string): Part | string {
	let disposition: string | undefined;
	let contentType: string | undefined;
	for (const line of block.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon <= 0) return `malformed part header "${line}"`;
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		if (name === 'content-disposition') disposition = value;
		if (name === 'content-type') contentType = value;
	}
	if (!disposition) return 'part without Content-Disposition';
	const { type, params } = headerParams(disposition);
	if (type !== 'form-data') return `Content-Disposition "${type}" is not form-data`;
	const name = params.get('name');
	if (name === undefined || name === '') return 'part without a name';
	const filename = params.get('filename');
	return { name, filename, contentType, data: Buffer.alloc(0) };
}

export function parseMultipart(body: Buffer, boundary: string): MultipartResult {
	const delimiter = Buffer.from(`--${boundary}`, 'latin1');
	const crlfDelimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
	let position: number;
	if (body.subarray(0, delimiter.length).equals(delimiter)) position = delimiter.length;
	else {
		const first = body.indexOf(crlfDelimiter);
		if (first < 0) return { ok: false, error: 'boundary not found' };
		position = first + crlfDelimiter.length;
	}
	const parts: Part[] = [];
	for (;;) {
		if (body[position] === 0x2d && body[position + 1] === 0x2d) return { ok: true, parts }; // close delimiter
		if (body[position] !== 0x0d || body[position + 1] !== 0x0a)
			return { ok: false, error: 'no CRLF after a boundary' };
		const headerStart = position + 2;
		const headerEnd = body.indexOf('\r\n\r\n', headerStart, 'latin1');
		if (headerEnd < 0) return { ok: false, error: 'unterminated part headers' };
		const part = parsePartHeaders(body.subarray(headerStart, headerEnd).toString('utf8'));
		if (typeof part === 'string') return { ok: false, error: part };
		const dataStart = headerEnd + 4;
		const next = body.indexOf(crlfDelimiter, dataStart);
		if (next < 0) return { ok: false, error: 'missing closing boundary' };
		part.data = body.subarray(dataStart, next);
		parts.push(part);
		position = next + crlfDelimiter.length;
	}
}

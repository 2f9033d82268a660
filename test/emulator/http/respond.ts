import type { Exchange } from '../exchange';

export function send(
	ex: Exchange,
	status: number,
	contentType: string,
	body: string | Buffer,
	headers: Record<string, string> = {},
): void {
	ex.entry.status = status;
	if (ex.res.headersSent || ex.res.destroyed) return;
	const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	ex.res.writeHead(status, {
		'Content-Type': contentType,
		'Content-Length': String(bytes.length),
		...headers,
	});
	ex.res.end(bytes);
}

export function sendJson(
	ex: Exchange,
	status: number,
	value: unknown,
	headers: Record<string, string> = {},
): void {
	send(ex, status, 'application/json;charset=UTF-8', JSON.stringify(value), headers);
}

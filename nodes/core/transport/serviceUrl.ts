/**
 * The one rule for every URL a secret is sent to (Base URL, Token URL, invoke URL): https, or plain http on
 * loopback only, where test servers and emulators run — a key sent over plain http could be read on the way.
 * A pattern (not code) so that the credentials' Test requests, which are n8n expressions, apply the same rule.
 */
export const SECURE_SERVICE_URL = String.raw`^(https://|http://(localhost|127(\.\d+){3}|\[::1\])(:\d+)?([/?#]|$))`;

const secureServiceUrl = new RegExp(SECURE_SERVICE_URL, 'i');

/** Whether `raw` (trimmed) may carry a secret. */
export function isSecureServiceUrl(raw: string): boolean {
	return secureServiceUrl.test(raw.trim());
}

/** A service URL from a credential, or what is wrong with it. */
export function parseServiceUrl(raw: string, what: string): { url?: URL; problem?: string } {
	const trimmed = String(raw ?? '').trim();
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		return { problem: trimmed ? `The ${what} "${trimmed}" is not a URL` : `The ${what} is empty` };
	}
	if (!isSecureServiceUrl(trimmed)) {
		return { problem: `The ${what} must start with https:// (got ${url.protocol}//)` };
	}
	return { url };
}

/**
 * An n8n expression for a credential's Test request: `value` (an expression such as `$credentials.baseUrl`),
 * trimmed, passes the rule and becomes `transform` (an expression over `url`), or the test stops with `refusal`
 * before anything is sent. Named ExpressionError because n8n's expression engine passes only those on as they are.
 */
export function secureUrlExpression(value: string, refusal: string, transform = 'url'): string {
	return (
		`={{ (url => new RegExp(${JSON.stringify(SECURE_SERVICE_URL)}, "i").test(url) ? ${transform} : ` +
		`(() => { const refused = new Error(${JSON.stringify(refusal)}); refused.name = "ExpressionError"; throw refused; })())` +
		`(String(${value} ?? "").trim()) }}`
	);
}

/** What is worth sending again, and how long to wait first. */

/** Network failures that a later attempt can get past: the connection dropped, was refused, or stalled. */
const TRANSIENT_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ESOCKETTIMEDOUT',
	'EAI_AGAIN',
]);

export function isTransientNetworkCode(code: string): boolean {
	return TRANSIENT_NETWORK_CODES.has(code);
}

/** An answer without a body the provider documents: a gateway's 5xx, throttling, or a body cut short. */
export function isTransientStatus(status: number): boolean {
	return status >= 500 || status === 408 || status === 429;
}

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/** `Retry-After` as seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/**
 * The wait before attempt `attempt + 1`: what the service asked for, or exponential backoff with full jitter
 * (a random wait up to 0.5 s, 1 s, 2 s … at most 30 s), so that items throttled together do not return together.
 */
export function backoffMs(attempt: number, retryAfterMs?: number, random = Math.random): number {
	if (retryAfterMs !== undefined) return retryAfterMs;
	return Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1)));
}

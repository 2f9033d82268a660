function isLoopback(hostname: string): boolean {
	return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * A service URL from a credential. Only https is accepted — a key sent over plain http could be read on the way —
 * except on loopback, where test servers and emulators run.
 */
export function parseServiceUrl(raw: string, what: string): { url?: URL; problem?: string } {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return {
			problem: raw.trim() ? `The ${what} "${raw.trim()}" is not a URL` : `The ${what} is empty`,
		};
	}
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
		return { problem: `The ${what} must start with https:// (got ${url.protocol}//)` };
	}
	return { url };
}

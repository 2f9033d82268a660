/**
 * An address fit to show in an output or a message: no `user:password@`, no query string (it may carry a token or
 * a signature), no fragment. `base` resolves a relative address (a redirect's Location).
 */
export function displayUrl(raw: string, base?: string): string {
	try {
		const url = new URL(raw, base);
		url.username = '';
		url.password = '';
		url.search = '';
		url.hash = '';
		return url.toString();
	} catch {
		return raw.replace(/\/\/[^/?#]*@/, '//').replace(/[?#].*$/, '');
	}
}

/** The same address with only the `user:password@` removed, for outputs that keep the query (e.g. `source.url`). */
export function withoutUserInfo(raw: string): string {
	try {
		const url = new URL(raw);
		url.username = '';
		url.password = '';
		return url.toString();
	} catch {
		return raw.replace(/\/\/[^/?#]*@/, '//');
	}
}

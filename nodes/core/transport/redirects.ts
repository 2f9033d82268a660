import type {
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	ICredentialTestRequest,
} from 'n8n-workflow';
import { displayUrl } from '../input/shownUrl';

export { redirectRefusal } from '../errors';

/**
 * Requests that carry a credential never follow a redirect. n8n's request helper would follow it and, by default,
 * send `Authorization` and Basic auth on to the new origin; it never strips custom headers such as `X-OCR-SECRET` or
 * `X-NHN-Authorization`, and a 307/308 uploads the document there too. Neither OCR service documents a redirect,
 * so one means the URL in the credential is wrong (or something in between is not the service).
 */
export const noRedirects = {
	disableFollowRedirect: true,
	sendCredentialsOnCrossOriginRedirect: false,
} as const;

/** Status codes with which a server sends the client elsewhere (304 is a cache answer, not a redirect). */
export const REDIRECT_STATUSES = [301, 302, 303, 307, 308] as const;

export function isRedirect(status: number): boolean {
	return (REDIRECT_STATUSES as readonly number[]).includes(status);
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	const value = headers?.[name] ?? headers?.[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

/** Where a redirect points, fit to show; `from` resolves a relative Location. */
export function redirectTarget(headers: Record<string, unknown> | undefined, from: string): string {
	const location = header(headers, 'location');
	return location ? displayUrl(location, from) : 'an address it did not name';
}

/**
 * A credential's Test rules, with a redirect (the Test follows none) failing the test in these words first. n8n's
 * tester reads both kinds of rule from one list; its type allows only one kind, hence the cast.
 */
export function withRedirectRules(
	what: string,
	rules: IAuthenticateRuleResponseSuccessBody[],
): ICredentialTestRequest['rules'] {
	const redirects: IAuthenticateRuleResponseCode[] = REDIRECT_STATUSES.map((status) => ({
		type: 'responseCode',
		properties: {
			value: status,
			message: `${what} answered with a redirect (HTTP ${status}), which is not followed: credentials are sent only to the address in the credential. Enter the service's own address.`,
		},
	}));
	return [...redirects, ...rules] as unknown as IAuthenticateRuleResponseSuccessBody[];
}

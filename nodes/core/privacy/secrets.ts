import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { maskCardLike } from './cardNumbers';

/**
 * Text from a provider or a gateway (a provider message, an unreadable body, a connection error, a token refusal)
 * may carry the credential's own secret — a gateway that echoes the request does — or a card number. Before it goes
 * into an error (and so into the execution data and n8n's log) it is cleaned and shortened here.
 */

export const MAX_PROVIDER_TEXT = 300;
const REDACTED = '[redacted]';
/** Shorter values are not secrets worth hunting (and would blank ordinary words). */
const MIN_SECRET_LENGTH = 6;
const SECRET_FIELDS = ['secretKey', 'secretAccessKey', 'accessToken', 'userAccessKeyId', 'appKey'];

/** The credentials each execution context has used: read when a text is cleaned, so a renewed token counts too. */
const usedCredentials = new WeakMap<object, Set<ICredentialDataDecryptedObject>>();

export function rememberCredentials(ctx: object, data: ICredentialDataDecryptedObject): void {
	const known = usedCredentials.get(ctx) ?? new Set();
	known.add(data);
	usedCredentials.set(ctx, known);
}

/** Every form in which a credential's values can show: as typed, trimmed, URL-encoded, and the Basic base64. */
export function secretForms(data: ICredentialDataDecryptedObject): string[] {
	const values = SECRET_FIELDS.map((field) => data[field])
		.filter((value): value is string => typeof value === 'string')
		.flatMap((value) => [value, value.trim()]);
	const id = String(data.userAccessKeyId ?? '').trim();
	const secret = String(data.secretAccessKey ?? '').trim();
	if (id && secret) {
		const basic = Buffer.from(`${id}:${secret}`).toString('base64');
		values.push(basic, basic.replace(/=+$/, ''));
	}
	const forms = values.flatMap((value) => [value, encodeURIComponent(value)]);
	return [...new Set(forms)]
		.filter((value) => value.length >= MIN_SECRET_LENGTH)
		.sort((a, b) => b.length - a.length);
}

function secretsOf(ctx: object | undefined): string[] {
	if (!ctx) return [];
	return [...(usedCredentials.get(ctx) ?? [])].flatMap(secretForms);
}

/** Authorization schemes with their value, wherever a gateway echoes them. */
const AUTH_VALUES = /\b(Bearer|Basic)(\s+)[A-Za-z0-9._~+/=-]{6,}/gi;
export function withoutSecrets(text: string, secrets: string[]): string {
	let clean = text;
	for (const secret of secrets) clean = clean.split(secret).join(REDACTED);
	return clean.replace(
		AUTH_VALUES,
		(_match, scheme: string, space: string) => `${scheme}${space}${REDACTED}`,
	);
}

export function cap(text: string, max = MAX_PROVIDER_TEXT): string {
	return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/** Provider or gateway text, fit for an error: no secret of the credentials `ctx` used, no card number, short. */
export function cleanProviderText(
	ctx: object | undefined,
	text: unknown,
	max = MAX_PROVIDER_TEXT,
): string {
	const raw =
		typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
	return cap(maskCardLike(withoutSecrets(raw, secretsOf(ctx))), max);
}

/** For the node's own words around provider text: secrets out, nothing shortened. */
export function redactSecrets(ctx: object | undefined, text: string): string {
	return withoutSecrets(text, secretsOf(ctx));
}

/** For token-request refusals, where no execution context is at hand: the credential's own values out. */
export function cleanWithCredential(data: ICredentialDataDecryptedObject, text: string): string {
	return cap(maskCardLike(withoutSecrets(text, secretForms(data))));
}

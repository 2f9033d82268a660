import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { CARD_LIKE, maskDigits } from './cardNumbers';
import { maskPersonalText } from './personalData';
import { secretMatcher } from './secretMatcher';

/**
 * Text from a provider or a gateway (a provider message, an unreadable body, a connection error, a redirect's
 * target, a token refusal) may carry the credential's own secret — a gateway that echoes the request does, and so
 * does a redirect to a sign-in page — or a card number. Before any text goes into a message (and so into the
 * execution data, n8n's log and a tool answer) it is cleaned here: `cleanText` first, shortening after, so that a
 * cut-off secret is still whole when it is looked for.
 */

export const MAX_PROVIDER_TEXT = 300;
const REDACTED = '[redacted]';
const SECRET_FIELDS = ['secretKey', 'secretAccessKey', 'accessToken', 'userAccessKeyId', 'appKey'];

/** The credentials each execution context has used: read when a text is cleaned, so a renewed token counts too. */
const usedCredentials = new WeakMap<object, Set<ICredentialDataDecryptedObject>>();

export function rememberCredentials(ctx: object, data: ICredentialDataDecryptedObject): void {
	const known = usedCredentials.get(ctx) ?? new Set();
	known.add(data);
	usedCredentials.set(ctx, known);
}

/** The credential's secret values as typed, and the Basic value the token request sends. */
function secretValues(data: ICredentialDataDecryptedObject): string[] {
	const values = SECRET_FIELDS.map((field) => data[field]).filter(
		(value): value is string => typeof value === 'string',
	);
	const id = String(data.userAccessKeyId ?? '').trim();
	const secret = String(data.secretAccessKey ?? '').trim();
	if (id && secret) values.push(Buffer.from(`${id}:${secret}`).toString('base64'));
	return values;
}

/**
 * Every whole form in which a credential's values can show: as typed, trimmed, URL-encoded once and twice, base64
 * (with and without padding, base64url), the Basic base64 of the user access key. Upper- and lower-cased copies
 * are found too, as `cleanText` compares without regard to case.
 */
export function secretForms(data: ICredentialDataDecryptedObject): string[] {
	return secretMatcher(secretValues(data)).forms;
}

/** Authorization schemes with their value, wherever a gateway echoes them. */
const AUTH_VALUES = /\b(Bearer|Basic)(\s+)[A-Za-z0-9._~+/=-]{6,}/gi;

/**
 * `text` without the `secrets` (values as typed; their derived forms are found as well: URL-encoded, base64, any
 * letter case, and for a secret of 12 or more characters any prefix or suffix of 10 or more — a gateway that
 * echoes the start of a token), and without the value of a Bearer or Basic authorization it quotes.
 */
export function cleanText(text: string, secrets: string[]): string {
	const clean = secretMatcher(secrets).replace(text, REDACTED);
	return clean.replace(
		AUTH_VALUES,
		(_match, scheme: string, space: string) => `${scheme}${space}${REDACTED}`,
	);
}

/** The same as `cleanText` (kept for its callers). */
export function withoutSecrets(text: string, secrets: string[]): string {
	return cleanText(text, secrets);
}

function secretsOf(ctx: object | undefined): string[] {
	if (!ctx) return [];
	return [...(usedCredentials.get(ctx) ?? [])].flatMap(secretValues);
}

export function cap(text: string, max = MAX_PROVIDER_TEXT): string {
	return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/**
 * THE cleaning of every text that leaves the node (an error's message and description, a Needs Review reason, a
 * refused redirect's target, a token refusal): the `secrets` in every derived form (`cleanText`), then resident,
 * foreigner, driver's licence and passport numbers (`maskPersonalText`), then card numbers; cut to `max`
 * characters last, so that a secret or a number is whole when it is looked for. The wrappers below only say where
 * the secrets come from.
 */
export function cleanOutgoing(text: string, secrets: string[], max?: number): string {
	const clean = maskCards(maskPersonalText(cleanText(text, secrets)));
	return max === undefined ? clean : cap(clean, max);
}

/** An IPv4 address in dotted form has 4-12 digits: one of 12 reads like a card number with dots, but is none. */
const DOTTED_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Card numbers masked to their last four digits, addresses such as 169.254.169.254 left as they are. */
function maskCards(text: string): string {
	return text.replace(CARD_LIKE, (digits) =>
		DOTTED_ADDRESS.test(digits) ? digits : maskDigits(digits, 4),
	);
}

/** Provider or gateway text, fit for an error: cleaned (see `cleanOutgoing`) with the credentials `ctx` used, short. */
export function cleanProviderText(
	ctx: object | undefined,
	text: unknown,
	max = MAX_PROVIDER_TEXT,
): string {
	const raw =
		typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
	return cleanOutgoing(raw, secretsOf(ctx), max);
}

/** For the node's own words around provider text: cleaned (see `cleanOutgoing`), nothing shortened. */
export function redactSecrets(ctx: object | undefined, text: string): string {
	return cleanOutgoing(text, secretsOf(ctx));
}

/** For token-request refusals, where no execution context is at hand: cleaned with the credential's own values. */
export function cleanWithCredential(
	data: ICredentialDataDecryptedObject,
	text: string,
	max = MAX_PROVIDER_TEXT,
): string {
	return cleanOutgoing(text, secretValues(data), max);
}

const DEFAULT_ECHO = 60;

/**
 * How a value someone supplied appears in a message: a text trimmed, on one line and cut with "…"; a number or
 * true/false as itself; a list or an object described, never `[object Object]`; null and undefined as "nothing".
 * Run the finished message through `cleanText`: a secret cut here is still found by its first characters.
 */
export function shortEcho(value: unknown, max = DEFAULT_ECHO): string {
	if (value === undefined || value === null) return 'nothing';
	if (typeof value === 'string') {
		const chars = Array.from(value.replace(/\s+/g, ' ').trim());
		return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
	}
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
		return String(value);
	if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
	if (value instanceof Uint8Array) return `binary data of ${value.length} bytes`;
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

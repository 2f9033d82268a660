/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	cleanProviderText,
	cleanText,
	cleanWithCredential,
	redactSecrets,
	rememberCredentials,
	secretForms,
	shortEcho,
	withoutSecrets,
} from '../../nodes/core/privacy/secrets';

const token = 'aB3+xY9/zQ7=mN5kP2wR8tV4';
const base64 = Buffer.from(token).toString('base64');
const redirect = (part: string) =>
	`NHN Cloud OCR answered with a redirect (HTTP 302) to https://host/sso/${part}/continue`;
const cleaned = redirect('[redacted]');

describe('cleanText: a secret in every form a redirect or a gateway carries', () => {
	it.each([
		['raw', token],
		['URL-encoded', encodeURIComponent(token)],
		['URL-encoded twice', encodeURIComponent(encodeURIComponent(token))],
		['URL-encoded with lower-case escapes', encodeURIComponent(token).toLowerCase()],
		['base64', base64],
		['base64 without padding', base64.replace(/=+$/, '')],
		['base64url', base64.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')],
		['upper-cased', token.toUpperCase()],
		['lower-cased', token.toLowerCase()],
	])('%s', (_form, part) => {
		expect(cleanText(redirect(part), [token])).toBe(cleaned);
	});

	it('a 14-character prefix and a 12-character suffix go too', () => {
		expect(cleanText(redirect(`${token.slice(0, 14)}…`), [token])).toBe(redirect('[redacted]…'));
		expect(cleanText(redirect(`…${token.slice(-12)}`), [token])).toBe(redirect('…[redacted]'));
	});

	it('a part shorter than 10 characters stays: it could be anything', () => {
		const part = token.slice(0, 9);
		expect(cleanText(redirect(part), [token])).toBe(redirect(part));
	});

	it('ordinary text is left alone, even where a secret begins with an ordinary word', () => {
		const text =
			'A conversation about keys: the service answered 302 to https://example.com/sso/continue.';
		expect(cleanText(text, ['conversation-about-keys-2024', 'abc', token])).toBe(text);
		expect(cleanText(text, [])).toBe(text);
	});

	it('values of a Bearer or Basic authorization go, whoever they belong to', () => {
		expect(cleanText('Authorization: Bearer someothertoken123', [])).toBe(
			'Authorization: Bearer [redacted]',
		);
	});

	it('cleans a megabyte of text with the secret at its start, middle and end', () => {
		// Measured once on the development machine: about 15 ms for 1 MB and five secrets.
		const filler = 'lorem ipsum 12,800 원 '.repeat(25_000);
		const text = `${token}${filler}${encodeURIComponent(token)}${filler}${token.slice(0, 14)}`;
		const secrets = [token, 'second-Secret-0001', 'third-Secret-0002', 'K3y-four', 'f1fth-key-xyz'];
		expect(text.length).toBeGreaterThan(1_000_000);
		expect(cleanText(text, secrets)).toBe(`[redacted]${filler}[redacted]${filler}[redacted]`);
	});
});

describe('the callers of the credential forms', () => {
	const credential = {
		userAccessKeyId: 'UAK-ID-distinctive-0001',
		secretAccessKey: 'SAK-secret-distinctive-0002',
		accessToken: 'TOKEN-distinctive-0003',
		secretKey: 'SK-distinctive-0004',
	};
	const basic = Buffer.from(`${credential.userAccessKeyId}:${credential.secretAccessKey}`).toString(
		'base64',
	);

	it('secretForms lists the derived forms', () => {
		const forms = secretForms({ ...credential, secretKey: ' a/b=c+d ' });
		expect(forms).toEqual(
			expect.arrayContaining([
				' a/b=c+d ',
				'a/b=c+d',
				'a%2Fb%3Dc%2Bd',
				'a%252Fb%253Dc%252Bd',
				Buffer.from('a/b=c+d').toString('base64'),
				basic,
			]),
		);
	});

	it('cleanProviderText and redactSecrets use the credentials the context used', () => {
		const ctx = {};
		rememberCredentials(ctx, credential);
		const text = redirect(credential.accessToken.toUpperCase());
		expect(cleanProviderText(ctx, text)).toBe(cleaned);
		expect(redactSecrets(ctx, `${credential.secretKey.slice(0, 12)}…`)).toBe('[redacted]…');
		expect(redactSecrets(undefined, text)).toBe(text);
	});

	it('withoutSecrets and cleanWithCredential are the same cleaning', () => {
		expect(withoutSecrets(`x ${token} y`, [token])).toBe('x [redacted] y');
		expect(cleanWithCredential(credential, `bad client ${basic}`)).toBe('bad client [redacted]');
	});
});

describe('shortEcho: a value as a message shows it', () => {
	it.each<[unknown, string]>([
		['  receipt.jpg  ', 'receipt.jpg'],
		['line one\n\tline two', 'line one line two'],
		['x'.repeat(100), `${'x'.repeat(60)}…`],
		['', ''],
		[42, '42'],
		[0.8, '0.8'],
		[Number.NaN, 'NaN'],
		[true, 'true'],
		[null, 'nothing'],
		[undefined, 'nothing'],
		[{ a: 1 }, 'an object'],
		[[1, 2, 3], 'a list of 3'],
		[[], 'an empty list'],
		[new Date('2026-03-14T00:00:00Z'), '2026-03-14T00:00:00.000Z'],
		[Buffer.from('abc'), 'binary data of 3 bytes'],
		[() => 1, 'a function'],
	])('%p → %p', (value, shown) => {
		expect(shortEcho(value)).toBe(shown);
	});

	it('cuts at the length asked for, never inside a character pair', () => {
		expect(shortEcho('abcdef', 3)).toBe('abc…');
		expect(shortEcho('😀😀😀', 2)).toBe('😀😀…');
	});
});

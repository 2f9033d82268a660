/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { maskCardLike, maskCardLikeDeep } from '../../nodes/core/privacy/cardNumbers';
import {
	cleanProviderText,
	cleanWithCredential,
	rememberCredentials,
	secretForms,
} from '../../nodes/core/privacy/secrets';

describe('card-number-like runs, in any separator style', () => {
	it.each([
		['4111111111111111', '************1111'],
		['4111 1111 1111 1111', '**** **** **** 1111'],
		['4111  1111  1111  1111', '****  ****  ****  1111'],
		['4111.1111.1111.1111', '****.****.****.1111'],
		['4111-1111-1111-1111', '****-****-****-1111'],
		['card 4111 1111 1111 1111 refused', 'card **** **** **** 1111 refused'],
		['371449635398431', '***********8431'],
	])('%s → %s', (text, masked) => {
		expect(maskCardLike(text)).toBe(masked);
	});

	it('leaves short numbers (codes, amounts, business numbers) alone', () => {
		expect(maskCardLike('code 4000101, 123-45-67890, 12,800 won')).toBe(
			'code 4000101, 123-45-67890, 12,800 won',
		);
	});

	it('masks every card-like value of a raw answer, known field or not, however deep', () => {
		const raw = {
			result: {
				totalCardNum: '4111111111111111',
				extra: {
					note: 'also 5555.5555.5555.4444',
					n: 4111111111111111,
					list: ['4111 1111 1111 1111'],
				},
			},
		};
		expect(maskCardLikeDeep(raw)).toEqual({
			result: {
				totalCardNum: '************1111',
				extra: {
					note: 'also ****.****.****.4444',
					n: '************1111',
					list: ['**** **** **** 1111'],
				},
			},
		});
		const deep: Record<string, unknown> = {};
		let at = deep;
		for (let level = 0; level < 20000; level++) at = (at.next = {}) as Record<string, unknown>;
		at.card = '4111111111111111';
		let masked = maskCardLikeDeep(deep) as Record<string, unknown>;
		while (masked.next) masked = masked.next as Record<string, unknown>;
		expect(masked.card).toBe('************1111');
	});
});

describe('secrets in provider text', () => {
	const credential = {
		userAccessKeyId: 'UAK-ID-distinctive-0001',
		secretAccessKey: 'SAK-secret-distinctive-0002',
		accessToken: 'TOKEN-distinctive-0003',
		secretKey: 'SK-distinctive-0004',
	};
	const basic = Buffer.from(`${credential.userAccessKeyId}:${credential.secretAccessKey}`).toString(
		'base64',
	);

	it('every form of the credential’s values is known: as typed, URL-encoded, Basic base64', () => {
		const forms = secretForms(credential);
		for (const value of [...Object.values(credential), basic]) expect(forms).toContain(value);
	});

	it('an echoing gateway’s text loses the credential’s values, Bearer/Basic values and card numbers, and is capped', () => {
		const ctx = {};
		rememberCredentials(ctx, credential);
		const echo = `Authorization: ${credential.secretKey}\nX-NHN-Authorization: Bearer ${credential.accessToken}\nAuthorization: Basic ${basic}\nX-Other: Bearer someothertoken123\ncard 4111 1111 1111 1111 ${'x'.repeat(1000)}`;
		const clean = cleanProviderText(ctx, echo);
		for (const value of [
			...Object.values(credential),
			basic,
			'someothertoken123',
			'4111 1111 1111 1111',
		])
			expect(clean).not.toContain(value);
		expect(clean).toContain('Bearer [redacted]');
		expect(clean.length).toBeLessThan(360);
		expect(clean).toMatch(/… \(\d+ more characters\)$/);
	});

	it('a token refusal is cleaned with the credential it used', () => {
		expect(cleanWithCredential(credential, `bad client ${basic}`)).toBe('bad client [redacted]');
	});
});

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { afterAttempts, OcrError, seconds } from '../../nodes/core/errors';
import { cleanOutgoing, cleanWithCredential } from '../../nodes/core/privacy/secrets';
import { describeValue } from '../../nodes/core/values/read';

describe('cleanOutgoing: the one cleaning of every text that leaves the node', () => {
	const secret = 'S3cret-Key-0123456789abcdef';

	it('takes out the secret in its derived forms, then personal and card numbers, then cuts', () => {
		const text = `to /sso/${encodeURIComponent(secret)}/x (${secret.toUpperCase()}, ${secret.slice(0, 14)}…) for 900101-1234567, card 5412 7534 1234 5675`;
		const clean = cleanOutgoing(text, [secret]);
		expect(clean).not.toMatch(/S3cret|S3CRET|1234567|7534/);
		expect(clean).toContain('900101-1******');
		expect(clean).toContain('**** **** **** 5675');
		expect(cleanOutgoing(`${'x'.repeat(500)} ${secret}`, [secret], 100)).toMatch(
			/^x{100}… \(\d+ more characters\)$/,
		);
	});

	it('leaves addresses and ordinary numbers alone', () => {
		const text =
			'http://169.254.169.254/latest, HTTP 429, 20,971,521 bytes, code 4000006, 214-86-01373';
		expect(cleanOutgoing(text, [])).toBe(text);
	});

	it('the token request uses the same cleaning, with the credential it has', () => {
		const data = { userAccessKeyId: 'uak-id-0123456789', secretAccessKey: secret };
		expect(cleanWithCredential(data, `denied ${secret} for 880214-5345678`)).toBe(
			'denied [redacted] for 880214-5******',
		);
	});
});

describe('values in messages: short, and never JavaScript', () => {
	it.each([
		[{ a: 1 }, 'an object'],
		[[1, 2], 'a list of 2'],
		[NaN, 'a value that is not a number'],
		[undefined, 'nothing'],
		[null, 'null (nothing)'],
		['x'.repeat(1_048_576), `"${'x'.repeat(60)}…" (a text of 1,048,576 characters)`],
	])('%p is described as %s', (value, words) => {
		expect(describeValue(value)).toBe(words);
	});
});

describe('retry texts and durations', () => {
	it.each([
		[500, '0.5 s'],
		[45_000, '45 s'],
		[3_600_000, '60 min'],
		[9_000_000, '2.5 h'],
		[12 * 86_400_000, '12 days'],
		[251_605_713_293_600, 'more than a year'],
		[NaN, 'an unknown time'],
	])('%p ms reads "%s"', (ms, words) => {
		expect(seconds(ms)).toBe(words);
	});

	it('one attempt says nothing about retries unless Max Retries 0 kept it from retrying', () => {
		const once = afterAttempts(new OcrError('service', 'Failed', 'Hint.'), { attempts: 1 });
		expect([once.message, once.description]).toEqual(['Failed', 'Hint.']);
		const noRetries = afterAttempts(new OcrError('service', 'Failed', 'Hint.'), {
			attempts: 1,
			maxRetries: 0,
			retryable: true,
		});
		expect(noRetries.description).toBe(
			'Hint. The node did not try again, as Max Retries is 0; a higher Max Retries lets it wait and retry such answers.',
		);
	});

	it('several attempts say how many and the real wait', () => {
		const error = afterAttempts(new OcrError('service', 'Failed', 'Hint.'), {
			attempts: 3,
			waitedMs: 1500,
			maxRetries: 2,
			retryable: true,
		});
		expect(error.message).toBe('Failed (gave up after 3 attempts)');
		expect(error.description).toBe(
			'Hint. The node sent the request 3 times and waited 1.5 s in all between the tries (Max Retries: 2).',
		);
	});
});

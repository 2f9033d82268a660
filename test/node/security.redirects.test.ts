/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import { receiptKoPng } from '../fixtures/catalog';
import { runNode, type HarnessRun } from '../harness';
import { clovaCredential } from './clovaSetup';
import { appKeyCredential, failed, fileItem, useEmulator, userAccessKeyCredential } from './setup';
import { startLoopbackServer, type LoopbackServer } from '../shared/loopback-server';
import { requestText, startRedirector } from './securitySetup';

const emulator = useEmulator();
const documentBytes = readFileSync(receiptKoPng.path);
/** A run of the document that cannot occur by chance in headers: its bytes must not reach the other host. */
const documentMarker = documentBytes.subarray(64, 96).toString('latin1');

let otherHost: LoopbackServer;
beforeEach(async () => {
	otherHost = await startLoopbackServer();
});
afterEach(async () => {
	await otherHost.close();
});

function secretsOf(data: Record<string, unknown>): string[] {
	return ['secretKey', 'secretAccessKey', 'userAccessKeyId']
		.map((key) => data[key])
		.filter((value): value is string => typeof value === 'string' && value !== '');
}

/** The other host saw nothing at all: not the secret, not a token, not a Basic header, not the document. */
function expectNothingReached(secrets: string[]) {
	expect(otherHost.requests).toEqual([]);
	for (const request of otherHost.requests) {
		const text = requestText(request);
		for (const secret of secrets) expect(text).not.toContain(secret);
		expect(text).not.toMatch(/basic |bearer /i);
		expect(text).not.toContain(documentMarker);
	}
}

function expectRefusal(run: HarnessRun, status: number, what: string) {
	const error = failed(run);
	expect(error.message).toContain(
		`${what} answered with a redirect (HTTP ${status}) to ${otherHost.url}/`,
	);
	expect(error.message).not.toContain('leaked-in-query');
	expect(error.message).toContain('which the node does not follow');
}

describe.each([302, 307])('a %i redirect to another origin', (status) => {
	it('App Key: the NHN call is not followed; the Secret Key and the file stay', async () => {
		const redirector = await startRedirector(status, otherHost.url);
		try {
			const credential = appKeyCredential(emulator(), { baseUrl: redirector.url });
			const run = await runNode({
				parameters: { resource: 'nhnGeneralOcr', operation: 'recognizeText', inputType: 'binary' },
				items: [fileItem(receiptKoPng)],
				credentials: [credential],
			});
			expectRefusal(run, status, 'NHN Cloud OCR');
			expect(redirector.requests).toHaveLength(1);
			expect(redirector.requests[0].headers.authorization).toBe(emulator().nhn.secretKey);
			expectNothingReached(secretsOf(credential.data));
		} finally {
			await redirector.close();
		}
	});

	it('User Access Key: a redirecting Token URL gets no answer followed; the Basic credentials stay', async () => {
		const redirector = await startRedirector(status, otherHost.url);
		try {
			const credential = userAccessKeyCredential(emulator(), { tokenUrl: redirector.url });
			const run = await runNode({
				parameters: {
					resource: 'nhnGeneralOcr',
					operation: 'recognizeText',
					authentication: 'userAccessKey',
					inputType: 'binary',
				},
				items: [fileItem(receiptKoPng)],
				credentials: [credential],
			});
			expectRefusal(run, status, 'The Token URL');
			expect(redirector.requests).toHaveLength(1);
			expect(redirector.requests[0].headers.authorization).toMatch(/^Basic /);
			expectNothingReached(secretsOf(credential.data));
			expect(emulator().log.filter((entry) => entry.provider === 'nhn')).toEqual([]);
		} finally {
			await redirector.close();
		}
	});

	it('User Access Key: a redirecting Base URL does not get the token or the file sent on', async () => {
		const redirector = await startRedirector(status, otherHost.url);
		try {
			const credential = userAccessKeyCredential(emulator(), { baseUrl: redirector.url });
			const issuedBefore = emulator().tokens.issuedCount();
			const run = await runNode({
				parameters: {
					resource: 'nhnDocumentOcr',
					operation: 'recognizeCreditCard',
					authentication: 'userAccessKey',
					inputType: 'binary',
				},
				items: [fileItem(receiptKoPng)],
				credentials: [credential],
			});
			expectRefusal(run, status, 'NHN Cloud OCR');
			const token = String(redirector.requests[0]?.headers['x-nhn-authorization'] ?? '');
			expect(token).toMatch(/^Bearer \w{20,}/);
			expect(emulator().tokens.issuedCount()).toBe(issuedBefore + 1);
			expectNothingReached([...secretsOf(credential.data), token.replace('Bearer ', '')]);
		} finally {
			await redirector.close();
		}
	});

	it('CLOVA: the invoke URL is not followed; X-OCR-SECRET and the file stay', async () => {
		const redirector = await startRedirector(status, otherHost.url);
		try {
			const credential = clovaCredential(emulator(), 'general', {
				invokeUrl: `${redirector.url}/custom/v1/1/abc`,
			});
			const run = await runNode({
				parameters: { resource: 'clovaOcr', operation: 'recognizeText', inputType: 'binary' },
				items: [fileItem(receiptKoPng)],
				credentials: [credential],
			});
			expectRefusal(run, status, 'CLOVA OCR');
			expect(redirector.requests[0].headers['x-ocr-secret']).toBe(credential.data.secretKey);
			expect(redirector.requests[0].body.toString('latin1')).toContain(documentMarker);
			expectNothingReached(secretsOf(credential.data));
		} finally {
			await redirector.close();
		}
	});
});

describe("a redirect whose target carries the credential's secret (a sign-in page's address)", () => {
	const token = 'Tok3n-9f8e7d6c5b4a3210ZyXw';
	/** The secret in its derived forms: as typed, URL-encoded, upper-cased, base64, a 14-character prefix. */
	const forms = [
		token,
		encodeURIComponent(`${token}/x`),
		token.toUpperCase(),
		Buffer.from(token).toString('base64'),
		token.slice(0, 14),
	];
	const leaks = (text: string) =>
		[token, token.toUpperCase(), Buffer.from(token).toString('base64'), token.slice(0, 12)].filter(
			(form) => text.includes(form),
		);

	it.each(forms.map((form, index) => [index, form] as const))(
		'form %i of the secret in the Location path is cleaned from the error, the Continue On Fail item, the run and the log',
		async (_index, form) => {
			const redirector = await startLoopbackServer({
				status: 302,
				headers: { location: `https://sso.example.com/sso/${form}/continue` },
			});
			try {
				const credential = appKeyCredential(emulator(), {
					baseUrl: redirector.url,
					secretKey: token,
				});
				for (const continueOnFail of [false, true]) {
					const run = await runNode({
						parameters: {
							resource: 'nhnGeneralOcr',
							operation: 'recognizeText',
							inputType: 'binary',
						},
						items: [fileItem(receiptKoPng)],
						credentials: [credential],
						continueOnFail,
					});
					const message = continueOnFail
						? String(run.items[0].json.error)
						: (run.error?.message ?? '');
					expect(message).toMatch(
						/^NHN Cloud OCR answered with a redirect \(HTTP 302\) to https:\/\/sso\.example\.com\/sso\/\[redacted\]/,
					);
					for (const text of [
						message,
						JSON.stringify(run.error ?? {}),
						JSON.stringify(run.items),
						JSON.stringify(run.run),
						run.logs.join('\n'),
					])
						expect(leaks(text)).toEqual([]);
				}
			} finally {
				await redirector.close();
			}
		},
	);
});

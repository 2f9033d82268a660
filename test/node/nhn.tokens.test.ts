/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { BinaryMode } from '../harness';
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator';
import { businessRegistrationPng, receiptKoPng, words } from '../fixtures/catalog';
import { runNode, type HarnessItem, type HarnessRun } from '../harness';
import { nhnCalls, sha256Of } from './nhnSetup';
import {
	binaryModes,
	bufferItem,
	failed,
	fileItem,
	succeeded,
	texts,
	uniqueCopy,
	useEmulator,
	userAccessKeyCredential,
} from './setup';

const emulator = useEmulator();
const CREDENTIAL_ID = 'nhnCloudUserAccessKeyApi-id';
const DAY_MS = 86_400_000;
const general = {
	resource: 'nhnGeneralOcr',
	operation: 'recognizeText',
	authentication: 'userAccessKey',
	inputType: 'binary',
};

function run(
	items: HarnessItem[],
	data: ICredentialDataDecryptedObject = {},
	options: {
		parameters?: INodeParameters;
		binaryMode?: BinaryMode;
		on?: Emulator;
	} = {},
): Promise<HarnessRun> {
	const credential = userAccessKeyCredential(options.on ?? emulator());
	return runNode({
		parameters: options.parameters ?? general,
		items,
		credentials: [{ ...credential, data: { ...credential.data, ...data } }],
		binaryMode: options.binaryMode,
	});
}

const tokenRequests = (on: Emulator = emulator()) =>
	on.log.filter((entry) => entry.endpoint === 'token/create');

/** A credential as stored after a run that issued its token. */
async function storedAfterFirstRun(): Promise<ICredentialDataDecryptedObject> {
	const first = await run([fileItem(receiptKoPng)]);
	succeeded(first);
	emulator().clearLog();
	return first.storedCredentials(CREDENTIAL_ID);
}

/**
 * The wall clock stands still at NOW (only `Date` is faked; timers, sockets and the engine run normally), so an
 * expiry is an exact value, not a window.
 */
const NOW = Date.parse('2026-03-14T09:00:00.000Z');
beforeAll(() => {
	jest.useFakeTimers({
		now: NOW,
		doNotFake: [
			'hrtime',
			'nextTick',
			'performance',
			'queueMicrotask',
			'requestAnimationFrame',
			'cancelAnimationFrame',
			'requestIdleCallback',
			'cancelIdleCallback',
			'setImmediate',
			'clearImmediate',
			'setInterval',
			'clearInterval',
			'setTimeout',
			'clearTimeout',
		],
	});
});
afterAll(() => jest.useRealTimers());

function expectExpiryIn(stored: ICredentialDataDecryptedObject, ms: number) {
	expect(stored.accessTokenExpiresAt).toBe(new Date(NOW + ms).toISOString());
}

describe('NHN User Access Key tokens', () => {
	it('the first run issues a token and stores it with its expiry; the next run reuses it', async () => {
		const before = emulator().tokens.issuedCount();
		const first = await run([fileItem(receiptKoPng), fileItem(receiptKoPng)]);
		expect(texts(succeeded(first))).toEqual([
			...words(receiptKoPng.lines),
			...words(receiptKoPng.lines),
		]);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(emulator().log.map((entry) => [entry.endpoint, entry.auth])).toEqual([
			['token/create', 'ok'],
			['general', 'ok'],
			['general', 'ok'],
		]);
		const stored = first.storedCredentials(CREDENTIAL_ID);
		expect(stored).toMatchObject({
			userAccessKeyId: emulator().nhn.userAccessKeyId,
			appKey: emulator().nhn.appKey,
			accessToken: expect.stringMatching(/^[A-Za-z0-9]{128}$/),
		});
		expectExpiryIn(stored, DAY_MS);
		expect(first.logs.join('\n')).not.toContain(String(stored.accessToken));

		emulator().clearLog();
		const second = await run([fileItem(receiptKoPng)], stored);
		succeeded(second);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(emulator().log.map((entry) => [entry.endpoint, entry.apiVersion, entry.auth])).toEqual([
			['general', 'v1.1', 'ok'],
		]);
		expect(second.storedCredentials(CREDENTIAL_ID).accessToken).toBe(stored.accessToken);
	});

	it('accepts expires_in as a string (the guide types it String)', async () => {
		const options: EmulatorOptions = { expiresInAsString: true, tokenTtlSeconds: 600 };
		const other = await startEmulator(options);
		try {
			const result = await run([fileItem(receiptKoPng)], {}, { on: other });
			expect(texts(succeeded(result))).toEqual(words(receiptKoPng.lines));
			expectExpiryIn(result.storedCredentials(CREDENTIAL_ID), 600_000);
		} finally {
			await other.close();
		}
	});

	it.each([
		['the server address', (on: Emulator) => on.nhn.oauthBaseUrl],
		['the full token URL with a trailing slash', (on: Emulator) => `${on.nhn.tokenUrl}/`],
	])('takes the Token URL as %s', async (_name, tokenUrl) => {
		succeeded(await run([fileItem(receiptKoPng)], { tokenUrl: tokenUrl(emulator()) }));
		expect(tokenRequests().map((entry) => [entry.path, entry.status])).toEqual([
			['/oauth2/token/create', 200],
		]);
	});

	describe.each(binaryModes)('a token that expires mid-run (binary mode %s)', (binaryMode) => {
		it.each([
			[
				'General OCR › Recognize Text',
				general,
				'general',
				(item: { json: Record<string, unknown> }[]) => texts(item as never),
			],
			[
				'Document OCR › Recognize Business Registration',
				{
					...general,
					resource: 'nhnDocumentOcr',
					operation: 'recognizeBusinessRegistration',
					output: 'document',
				},
				'business',
				(items: { json: Record<string, unknown> }[]) =>
					items.flatMap((item) =>
						Object.entries(item.json.keyValues as object).map(([key, value]) => `${key}=${value}`),
					),
			],
		])(
			'%s: every item succeeds, one new token is issued, the retried upload is intact',
			async (_name, parameters, endpoint, recognized) => {
				const stored = await storedAfterFirstRun();
				const source = endpoint === 'business' ? businessRegistrationPng : receiptKoPng;
				const copies = [0, 1, 2, 3].map(() => uniqueCopy(source));
				const before = emulator().tokens.issuedCount();
				// The first two uploads pass; then every token expires, as at NHN when its lifetime ends.
				emulator().inject({ kind: 'tokenExpiry', times: 1, after: 2, match: { provider: 'nhn' } });

				const result = await run(
					copies.map((copy) => bufferItem(copy.buffer, 'scan.png', 'image/png')),
					stored,
					// One at a time, so that the log reads in item order (racing items: transport.credentials.test.ts).
					{ parameters: { ...parameters, options: { itemsInParallel: 1 } }, binaryMode },
				);
				const items = succeeded(result);
				expect(recognized(items)).toEqual(
					copies.flatMap((copy) => [`bytes=${copy.buffer.length}`, `sha256=${copy.sha256}`]),
				);
				expect(emulator().tokens.issuedCount()).toBe(before + 1);

				expect(
					emulator().log.map((entry) => [
						entry.endpoint,
						entry.resultCode ?? entry.status,
						entry.fileSha256,
					]),
				).toEqual([
					[endpoint, 0, copies[0].sha256],
					[endpoint, 0, copies[1].sha256],
					[endpoint, 4010006, copies[2].sha256],
					['token/create', 200, undefined],
					[endpoint, 0, copies[2].sha256],
					[endpoint, 0, copies[3].sha256],
				]);
				const [rejected, retried] = nhnCalls(emulator()).slice(2, 4);
				expect([retried.fileBytes, retried.fileName]).toEqual([
					rejected.fileBytes,
					rejected.fileName,
				]);
				const renewed = result.storedCredentials(CREDENTIAL_ID);
				expect(renewed.accessToken).not.toBe(stored.accessToken);
			},
		);
	});

	it('a token that expires mid-run on a URL or a business-number request is renewed the same way', async () => {
		const stored = await storedAfterFirstRun();
		const before = emulator().tokens.issuedCount();
		emulator().inject({ kind: 'tokenExpiry', times: 1, match: { provider: 'nhn' } });
		const url = emulator().fileUrl(receiptKoPng.name);
		const urlRun = await run([{}], stored, {
			parameters: { ...general, inputType: 'url', imageUrl: url },
		});
		expect(texts(succeeded(urlRun))).toEqual(words(receiptKoPng.lines));
		const renewed = urlRun.storedCredentials(CREDENTIAL_ID);

		emulator().inject({ kind: 'tokenExpiry', times: 1, match: { provider: 'nhn' } });
		const statusRun = await run([{}], renewed, {
			parameters: {
				resource: 'nhnDocumentOcr',
				operation: 'checkBusinessStatus',
				authentication: 'userAccessKey',
				businessNumber: '214-86-01373',
			},
		});
		expect(succeeded(statusRun)[0].json).toMatchObject({ statusCode: '01' });
		expect(emulator().tokens.issuedCount()).toBe(before + 2);
		expect(
			nhnCalls(emulator()).map((entry) => [entry.endpoint, entry.resultCode, entry.json]),
		).toEqual([
			['general', 4010006, { imageUrl: url }],
			['general', 0, { imageUrl: url }],
			['business/status', 4010006, { businessNumber: '2148601373' }],
			['business/status', 0, { businessNumber: '2148601373' }],
		]);
	});

	it('retries only once: a token refused again fails the item with 4010006 and what to check', async () => {
		const stored = await storedAfterFirstRun();
		const before = emulator().tokens.issuedCount();
		emulator().inject({ kind: 'apiError', nhnResultCode: 4010006, times: 2 });
		const error = failed(await run([fileItem(receiptKoPng)], stored));
		expect(error.message).toBe('NHN Cloud rejected the access token');
		expect(error.description).toMatch(/User Access Key ID and Secret Access Key/);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(emulator().log.map((entry) => entry.endpoint)).toEqual([
			'general',
			'token/create',
			'general',
		]);
	});

	it.each([
		['already past', -1000],
		['within the last minute', 30_000],
	])(
		'renews a token whose stored expiry is %s before calling, without a 4010006 round trip',
		async (_name, offset) => {
			const stored = await storedAfterFirstRun();
			const before = emulator().tokens.issuedCount();
			const result = await run([fileItem(receiptKoPng)], {
				...stored,
				accessTokenExpiresAt: new Date(NOW + offset).toISOString(),
			});
			expect(texts(succeeded(result))).toEqual(words(receiptKoPng.lines));
			expect(emulator().log.map((entry) => [entry.endpoint, entry.auth, entry.resultCode])).toEqual(
				[
					['token/create', 'ok', undefined],
					['general', 'ok', 0],
				],
			);
			expect(emulator().tokens.issuedCount()).toBe(before + 1);
			const renewed = result.storedCredentials(CREDENTIAL_ID);
			expect(renewed.accessToken).not.toBe(stored.accessToken);
			expectExpiryIn(renewed, DAY_MS);
		},
	);

	it.each([
		['Secret Access Key', { secretAccessKey: 'wrong-secret-access-key' }],
		['User Access Key ID', { userAccessKeyId: 'wrong-user-access-key-id' }],
	])(
		'a wrong %s: a clear error that names the fields and shows no secret; nothing is sent to OCR',
		async (_field, data) => {
			const result = await run([fileItem(receiptKoPng)], data);
			const error = failed(result);
			expect(error.message).toBe(
				'NHN Cloud did not issue an access token (HTTP 401, invalid_client). Check the User Access Key ID and Secret Access Key, and the Token URL.',
			);
			expect(error.context?.itemIndex).toBe(0);
			const secrets = [emulator().nhn.secretAccessKey, 'wrong-secret-access-key'];
			const basic = (id: string, secret: string) =>
				Buffer.from(`${id}:${secret}`).toString('base64');
			secrets.push(
				basic(emulator().nhn.userAccessKeyId, 'wrong-secret-access-key'),
				basic('wrong-user-access-key-id', emulator().nhn.secretAccessKey),
			);
			const visible = JSON.stringify(error) + result.logs.join('\n');
			for (const secret of secrets) expect(visible).not.toContain(secret);
			expect(emulator().log.map((entry) => [entry.endpoint, entry.auth, entry.code])).toEqual([
				['token/create', 'invalid', 'invalid_client'],
			]);
		},
	);

	it('a Token URL that is not a token server: says which field to check', async () => {
		const error = failed(
			await run([fileItem(receiptKoPng)], { tokenUrl: `${emulator().url}/not-oauth` }),
		);
		expect(error.message).toMatch(
			/^NHN Cloud did not issue an access token \(HTTP 404\)\. .*the Token URL\.$/,
		);
		expect(nhnCalls(emulator())).toEqual([]);
	});

	it('Items in Parallel 1: a plan that allows one call at a time never throttles the run', async () => {
		const stored = await storedAfterFirstRun();
		emulator().inject({ kind: 'throttle', maxConcurrent: 1 });
		emulator().inject({ kind: 'latency', ms: 30, match: { provider: 'nhn' } });
		const items = succeeded(
			await run([fileItem(receiptKoPng), fileItem(receiptKoPng), fileItem(receiptKoPng)], stored, {
				parameters: { ...general, options: { itemsInParallel: 1 } },
			}),
		);
		expect(items).toHaveLength(words(receiptKoPng.lines).length * 3);
		expect(nhnCalls(emulator()).map((entry) => [entry.resultCode, entry.fault])).toEqual([
			[0, 'latency'],
			[0, 'latency'],
			[0, 'latency'],
		]);
		expect(nhnCalls(emulator()).map((entry) => entry.fileSha256)).toEqual(
			[0, 1, 2].map(() => sha256Of(receiptKoPng)),
		);
	});
});

import { nhnErrors } from '../../nodes/nhn/errorCodes';
import { documentedNhnCodes, nhnMessage } from '../emulator/nhn/messages';
import {
	longBannerPng,
	notAnImageTxt,
	receiptKoJpg,
	receiptKoPng,
	words,
} from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import {
	appKeyCredential,
	bufferItem,
	failed,
	fileItem,
	pairedItems,
	succeeded,
	texts,
	useEmulator,
} from './setup';
import { sha256Of, throughTheEngine } from './nhnSetup';
import { startLoopbackServer } from '../shared/loopback-server';

const emulator = useEmulator();
const base = {
	resource: 'nhnGeneralOcr',
	operation: 'recognizeText',
	authentication: 'appKeySecretKey',
	inputType: 'binary',
};

function run(
	parameters: Record<string, unknown> = {},
	items: HarnessItem[] = [fileItem(receiptKoPng)],
	options: { continueOnFail?: boolean; secretKey?: string } = {},
) {
	const credential = appKeyCredential(
		emulator(),
		options.secretKey ? { secretKey: options.secretKey } : {},
	);
	return runNode({
		parameters: { ...base, ...parameters },
		items,
		credentials: [credential],
		continueOnFail: options.continueOnFail,
	});
}

describe('NHN General OCR errors', () => {
	// Every documented code is mapped exactly in test/unit/errors.test.ts; here the path through the engine.
	it.each(throughTheEngine(documentedNhnCodes('general')))(
		'maps documented resultCode %i to a message and a fix',
		async (code) => {
			// Throttling (4000006) is retried, here once (Max Retries 1); every other code is final.
			const attempts = code === 4000006 ? 2 : 1;
			emulator().inject({ kind: 'apiError', nhnResultCode: code, retryAfter: 0, times: attempts });
			const error = failed(await run({ options: { maxRetries: 1 } }));
			expect(error.message).toBe(
				attempts > 1
					? `${nhnErrors[code].message} (gave up after 2 attempts)`
					: nhnErrors[code].message,
			);
			expect(emulator().log).toHaveLength(attempts);
			expect(error.description).toContain(nhnErrors[code].hint);
			expect(error.description).toContain(
				`NHN Cloud code ${code}: ${nhnMessage('general', 'v1.0', code)}`,
			);
			expect(error.context?.itemIndex).toBe(0);
		},
	);

	it('says which credential fields to check when the Secret Key is wrong (4010001)', async () => {
		const error = failed(await run({}, [fileItem(receiptKoPng)], { secretKey: 'not-the-secret' }));
		expect(error.message).toBe('NHN Cloud rejected the App Key or Secret Key');
		expect(error.description).toMatch(/App Key and the Secret Key/);
		expect(JSON.stringify(error)).not.toContain('not-the-secret');
		expect(emulator().log.map((entry) => entry.resultCode)).toEqual([4010001]);
	});

	it('points a too-wide image to Recognize Long Image (4000505)', async () => {
		const error = failed(await run({}, [fileItem(longBannerPng)]));
		expect(error.message).toBe('The image is too long or too wide for Recognize Text');
		expect(error.description).toMatch(/Recognize Long Image/);
	});

	it("throttling (4000006) is retried; if it persists, reports the plan's call limit and the attempts", async () => {
		emulator().inject({ kind: 'throttle', maxConcurrent: 0, retryAfter: 0 });
		const error = failed(await run());
		expect(error.message).toMatch(/call limit.*\(gave up after 4 attempts\)$/);
		expect(emulator().log.map((entry) => [entry.fault, entry.resultCode])).toEqual(
			Array(4).fill(['throttle', 4000006]),
		);
	});

	it('throttling that passes: the retry succeeds with the same upload', async () => {
		emulator().inject({ kind: 'throttle', maxConcurrent: 0, retryAfter: 0, times: 2 });
		expect(texts(succeeded(await run()))).toEqual(words(receiptKoPng.lines));
		const calls = emulator().log;
		expect(calls.map((entry) => entry.resultCode)).toEqual([4000006, 4000006, 0]);
		expect(calls[2].fileSha256).toBe(sha256Of(receiptKoPng));
	});

	it('reports URL downloads that time out (4000503) or fail (4000504)', async () => {
		// The emulator's own download limit is proven in test/emulator/nhn-image-url.test.ts, without a clock race.
		emulator().inject({ kind: 'apiError', nhnResultCode: 4000503, times: 1 });
		const slow = failed(
			await run({ inputType: 'url', imageUrl: emulator().fileUrl(receiptKoPng.name) }, [{}]),
		);
		expect(slow.message).toBe('NHN Cloud could not download the image within 20 seconds');
		const missing = failed(
			await run({ inputType: 'url', imageUrl: `${emulator().url}/files/no-such-file.png` }, [{}]),
		);
		expect(missing.message).toBe('NHN Cloud could not download the image from the URL');
	});

	describe('checked before upload, so no paid call is made', () => {
		it.each([
			['an empty file', bufferItem(Buffer.alloc(0), 'empty.png', 'image/png'), /is empty/],
			['a file that is not an image', fileItem(notAnImageTxt), /cannot read "not-an-image\.txt"/],
			[
				'a file over 20 MB',
				bufferItem(
					Buffer.concat([
						Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
						Buffer.alloc(20 * 1024 * 1024),
					]),
					'huge.png',
					'image/png',
				),
				/is 20,971,528 bytes, larger than the 20 MB \(20,971,520 bytes\)/,
			],
		])('%s', async (_name, item, message) => {
			const error = failed(await run({}, [item]));
			expect(error.message).toMatch(message);
			expect(emulator().log).toHaveLength(0);
		});

		it('an image URL on a port NHN does not use', async () => {
			const error = failed(
				await run({ inputType: 'url', imageUrl: 'http://127.0.0.1:8080/receipt.png' }, [{}]),
			);
			expect(error.message).toBe('NHN Cloud OCR cannot download from port 8080');
			expect(emulator().log).toHaveLength(0);
		});

		it('a binary field name that is really a value', async () => {
			const error = failed(await run({ binaryPropertyName: '{"data":"iVBORw0KGgo="}' }));
			expect(error.message).toMatch(/holds a value, not a field name/);
			const missing = failed(await run({ binaryPropertyName: 'attachment_0' }));
			expect(missing.message).toBe('This item has no binary field "attachment_0"');
			expect(missing.description).toMatch(/data/);
		});
	});

	describe('answers that are not what the documents describe', () => {
		it.each([
			['a reset connection', { kind: 'connectionReset' as const }, /Could not reach NHN Cloud OCR/],
			['an HTML 502 page', { kind: 'html502' as const }, /cannot read \(HTTP 502: text\/html/],
			['broken JSON', { kind: 'malformedJson' as const }, /cannot read \(HTTP 200/],
			[
				'a bare 503',
				{ kind: 'serverError' as const, status: 503 as const },
				/cannot read \(HTTP 503/,
			],
		])(
			'%s: retried, and reported with the attempts when it persists',
			async (_name, fault, message) => {
				emulator().inject({ ...fault, retryAfter: 0 });
				const error = failed(await run({ options: { maxRetries: 1 } }));
				expect(error.message).toMatch(message);
				expect(error.message).toMatch(/\(gave up after 2 attempts\)$/);
				expect(error.description).not.toMatch(/Retry On Fail/);
				expect(emulator().log).toHaveLength(2);
			},
		);

		it('a success answer whose shape differs names the unexpected part', async () => {
			const server = await startLoopbackServer({
				body: {
					header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
					result: { listOfInferTexts: [{ inferTexts: [{ value: 'a', conf: 'high' }] }] },
				},
			});
			try {
				const credential = appKeyCredential(emulator(), {
					baseUrl: server.url,
				});
				const error = failed(
					await runNode({
						parameters: base,
						items: [fileItem(receiptKoPng)],
						credentials: [credential],
					}),
				);
				expect(error.message).toBe(
					'The NHN Cloud General OCR answer does not have the documented shape',
				);
				expect(error.description).toContain('result.listOfInferTexts[0].inferTexts[0].conf');
			} finally {
				await server.close();
			}
		});
	});

	it('with Continue On Fail, a failing item becomes an error item paired with it and the others go on', async () => {
		const items = [
			fileItem(receiptKoPng),
			bufferItem(Buffer.alloc(0), 'empty.png', 'image/png'),
			fileItem(receiptKoJpg),
		];
		emulator().inject({ kind: 'apiError', nhnResultCode: 4000002, times: 1 });
		const output = succeeded(await run({}, items, { continueOnFail: true }));
		expect(pairedItems(output.filter((item) => item.json.error))).toEqual([0, 1]);
		expect(output[0].json).toMatchObject({
			error: 'NHN Cloud OCR could not read the file',
			code: '4000002',
		});
		// NHN answered HTTP 200: its result code is the provider's code, not an HTTP status.
		expect(output[0].json.httpCode).toBeUndefined();
		expect(output[1].json).toMatchObject({ error: 'The file "empty.png" is empty' });
		expect(texts(output.slice(2))).toEqual(words(receiptKoJpg.lines));
		expect(pairedItems(output.slice(2)).every((index) => index === 2)).toBe(true);
	});
});

describe('NHN Base URL', () => {
	it.each([
		[
			'plain http to a host that is not loopback',
			'http://api-ocr.nhncloudservice.com',
			'The Base URL must start with https:// (got http://)',
		],
		[
			'text that is not a URL',
			'api-ocr.nhncloudservice.com',
			'The Base URL "api-ocr.nhncloudservice.com" is not a URL',
		],
	])('refuses %s before the key is sent anywhere', async (_name, baseUrl, message) => {
		const credential = appKeyCredential(emulator(), { baseUrl });
		const error = failed(
			await runNode({
				parameters: base,
				items: [fileItem(receiptKoPng)],
				credentials: [credential],
			}),
		);
		expect(error.message).toBe(message);
		expect(error.description).toContain('https://api-ocr.nhncloudservice.com');
		expect(emulator().log).toHaveLength(0);
	});
});

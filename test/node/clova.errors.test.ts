/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { clovaErrors } from '../../nodes/clova/errorCodes';
import { CLOVA_ERRORS } from '../emulator/clova/errors';
import {
	claimFormPng,
	invoiceTablePng,
	notAnImageTxt,
	receiptKoPng,
	templates,
	threePagesPdf,
	words,
} from '../fixtures/catalog';
import type { HarnessItem } from '../harness';
import { sha256Of } from './nhnSetup';
import { startLoopbackServer } from '../shared/loopback-server';
import { failed, fileItem, pairedItems, succeeded, texts, useEmulator } from './setup';
import { clovaCalls, runClova, type ClovaOperation, type ClovaRunOptions } from './clovaSetup';

const emulator = useEmulator();
/** Codes the node sends again: throttling and CLOVA's server errors. Quota (0023) and the rest are final. */
const retriedCodes = ['0025', '0500', '0501'];

function recognizeText(
	items: HarnessItem[] = [fileItem(receiptKoPng)],
	options: Record<string, unknown> = {},
	run: ClovaRunOptions = {},
) {
	return runClova(emulator(), 'recognizeText', { output: 'document', options }, items, run);
}

describe('CLOVA OCR errors', () => {
	describe.each(['recognizeText', 'recognizeTemplate'] as ClovaOperation[])('%s', (operation) => {
		// Every documented code is mapped exactly in test/unit/errors.test.ts; here the path through the engine.
		it.each(['0011', '0500'].map((code) => [code, CLOVA_ERRORS[code].status] as const))(
			"code %s (HTTP %i) fails the item with its message, its fix and CLOVA's own words",
			async (code, status) => {
				// Throttling and server errors are retried (Max Retries 1 here); every other code is final.
				const attempts = retriedCodes.includes(code) ? 2 : 1;
				emulator().inject({ kind: 'apiError', clovaCode: code, retryAfter: 0, times: attempts });
				const file = operation === 'recognizeText' ? receiptKoPng : claimFormPng;
				const error = failed(
					await runClova(
						emulator(),
						operation,
						{ output: 'document', options: { maxRetries: 1 } },
						[fileItem(file)],
					),
				);
				expect(error.message).toBe(
					attempts > 1
						? `${clovaErrors[code].message} (gave up after 2 attempts)`
						: clovaErrors[code].message,
				);
				expect(error.description).toContain(clovaErrors[code].hint);
				expect(error.description).toContain(
					`CLOVA OCR code ${code}: ${CLOVA_ERRORS[code].message}`,
				);
				expect(error.httpCode).toBe(String(status));
				expect(error.context?.itemIndex).toBe(0);
				expect(clovaCalls(emulator()).map((call) => [call.status, call.code])).toEqual(
					Array(attempts).fill([status, code]),
				);
			},
		);
	});

	it('the fix hints say what to do for 0028, 1021 and 0025', () => {
		expect(clovaErrors['0028'].hint).toMatch(
			/Turn on "Table extraction" in the domain settings.*or turn off the node's 'Extract Tables' option/,
		);
		expect(clovaErrors['1021'].hint).toMatch(/Release \(deploy\) the template/);
		expect(clovaErrors['0025'].message).toMatch(
			/Too many concurrent calls to this CLOVA OCR domain/,
		);
	});

	describe('real triggers', () => {
		it('a wrong secret key is HTTP 401, 0002, and the secret appears nowhere in the error', async () => {
			const error = failed(
				await recognizeText(undefined, {}, { credential: { secretKey: 'not-the-secret' } }),
			);
			expect(error.message).toBe('CLOVA OCR rejected the secret key');
			expect(error.description).toMatch(
				/paste the Secret Key shown for this domain's API Gateway integration/,
			);
			expect(error.httpCode).toBe('401');
			expect(JSON.stringify(error)).not.toContain('not-the-secret');
			expect(clovaCalls(emulator()).map((call) => [call.auth, call.status, call.code])).toEqual([
				['invalid', 401, '0002'],
			]);
		});

		it('an invoke URL with an unknown invoke key is 0022; one that is not a CLOVA path at all is 0001', async () => {
			const { general } = emulator().clova;
			const unknownKey = failed(
				await recognizeText(
					undefined,
					{},
					{ credential: { invokeUrl: general.invokeUrl.replace(general.invokeKey, '0000aaaa') } },
				),
			);
			expect(unknownKey.message).toBe(clovaErrors['0022'].message);
			expect(unknownKey.httpCode).toBe('400');
			const wrongPath = failed(
				await recognizeText(
					undefined,
					{},
					{ credential: { invokeUrl: `${emulator().url}/custom/v1/${general.domainId}` } },
				),
			);
			expect(wrongPath.message).toBe(clovaErrors['0001'].message);
			expect(wrongPath.description).toContain(
				'https://xxxx.apigw.ntruss.com/custom/v1/12345/abcdef',
			);
			expect(clovaCalls(emulator()).map((call) => call.code)).toEqual(['0022', '0001']);
		});

		it('template 391 (not released) is 1021 with the advice to release it', async () => {
			const error = failed(
				await runClova(
					emulator(),
					'recognizeTemplate',
					{ templateIds: `${templates.released.id}, ${templates.notReleased.id}` },
					[fileItem(claimFormPng)],
				),
			);
			expect(error.message).toBe('The template is not released');
			expect(error.description).toContain(
				'Release (deploy) the template in the CLOVA OCR template builder',
			);
			expect(error.httpCode).toBe('500');
			expect(clovaCalls(emulator())[0]).toMatchObject({
				code: '1021',
				json: { images: [expect.objectContaining({ templateIds: [390, 391] })] },
			});
		});

		it("calls beyond the domain's concurrency limit are 0025, retried, then reported with the attempts made", async () => {
			emulator().inject({
				kind: 'throttle',
				maxConcurrent: 1,
				retryAfter: 0,
				match: { provider: 'clova' },
			});
			// Another client holds the domain's one slot: its request never gets an answer.
			emulator().inject({ kind: 'stall', times: 1, match: { provider: 'clova' } });
			const { general } = emulator().clova;
			const holder = new AbortController();
			const other = fetch(`${general.invokeUrl}/general`, {
				method: 'POST',
				headers: { 'X-OCR-SECRET': general.secretKey, 'Content-Type': 'application/json' },
				body: '{}',
				signal: holder.signal,
			}).catch(() => undefined);
			while (clovaCalls(emulator()).length === 0)
				await new Promise((resolve) => setImmediate(resolve));
			const error = failed(await recognizeText(undefined, { maxRetries: 2 }));
			holder.abort();
			await other;
			expect(error.message).toBe(
				'Too many concurrent calls to this CLOVA OCR domain (gave up after 3 attempts)',
			);
			expect(error.description).toContain('Send fewer items at once');
			expect(error.httpCode).toBe('400');
			expect(clovaCalls(emulator()).map((call) => [call.fault, call.code])).toEqual([
				['stall', undefined],
				['throttle', '0025'],
				['throttle', '0025'],
				['throttle', '0025'],
			]);
		});

		it('a name and MIME type that do not match the bytes no longer cause 0011: the format sent is what the bytes are', async () => {
			const png = fileItem(receiptKoPng);
			png.files![0] = { ...png.files![0], fileName: 'receipt.jpg', mimeType: 'image/jpeg' };
			succeeded(await recognizeText([png]));
			expect(clovaCalls(emulator())[0]).toMatchObject({
				status: 200,
				json: { images: [expect.objectContaining({ format: 'png' })] },
			});
		});
	});

	describe('HTTP 200 with a per-image inferResult that is not SUCCESS', () => {
		it.each([
			['ERROR', 'ERROR: image recognition exception', /Try again/],
			['FAILURE', 'FAILURE: the image is too blurry', /clear scan/],
		] as const)("%s fails the item with CLOVA's message", async (inferResult, message, hint) => {
			emulator().inject({ kind: 'imageFailure', inferResult, message, times: 1 });
			const error = failed(await recognizeText());
			expect(error.message).toBe(
				`CLOVA OCR could not recognize "${receiptKoPng.name}": ${message}`,
			);
			expect(error.description).toMatch(hint);
			expect(clovaCalls(emulator())[0].status).toBe(200);
		});

		it("on a PDF whose every page failed, says so with the first page's message", async () => {
			emulator().inject({
				kind: 'imageFailure',
				inferResult: 'FAILURE',
				message: 'FAILURE: page unreadable',
				times: 1,
			});
			const error = failed(await recognizeText([fileItem(threePagesPdf)]));
			expect(error.message).toBe(
				'CLOVA OCR could not recognize any of the 3 pages of "three-pages.pdf": FAILURE: page unreadable',
			);
		});

		it('an image URL CLOVA cannot download is an ERROR with its message', async () => {
			const error = failed(
				await runClova(
					emulator(),
					'recognizeText',
					{ inputType: 'url', imageUrl: `${emulator().url}/files/no-such-file.png` },
					[{}],
				),
			);
			expect(error.message).toBe(
				'CLOVA OCR could not recognize "no-such-file.png": Failed to download the image from images[0].url.',
			);
		});
	});

	describe('answers that are not what the documents describe', () => {
		it.each([
			[
				'a reset connection',
				{ kind: 'connectionReset' as const },
				/^Could not reach CLOVA OCR: the connection was closed unexpectedly \(gave up after 2 attempts\)$/,
			],
			[
				'an HTML 502 page from the gateway',
				{ kind: 'html502' as const },
				/^CLOVA OCR sent an answer the node cannot read \(HTTP 502: text\/html, <html>/,
			],
			[
				'broken JSON with HTTP 200',
				{ kind: 'malformedJson' as const },
				/^CLOVA OCR sent an answer the node cannot read \(HTTP 200: application\/json/,
			],
		])(
			'%s is retried; when every attempt gets it, the error says so',
			async (_name, fault, message) => {
				emulator().inject({ ...fault, retryAfter: 0 });
				const error = failed(await recognizeText(undefined, { maxRetries: 1 }));
				expect(error.message).toMatch(message);
				expect(error.message).toMatch(/\(gave up after 2 attempts\)$/);
				expect(error.description).toBeTruthy();
				expect(clovaCalls(emulator())).toHaveLength(2);
			},
		);

		it.each([
			['a reset connection', { kind: 'connectionReset' as const }],
			['an HTML 502 page from the gateway', { kind: 'html502' as const }],
			['broken JSON with HTTP 200', { kind: 'malformedJson' as const }],
			['0500', { kind: 'serverError' as const, clovaCode: '0500' as const }],
		])('%s once: the retry sends the same file and the item succeeds', async (_name, fault) => {
			emulator().inject({ ...fault, retryAfter: 0, times: 1 });
			const items = succeeded(await recognizeText());
			expect(texts(items)[0].split('\n')).toEqual(receiptKoPng.lines.map((line) => line.join(' ')));
			const calls = clovaCalls(emulator());
			expect(calls.map((call) => call.fault)).toEqual([fault.kind, undefined]);
			expect(calls[1].fileSha256).toBe(sha256Of(receiptKoPng));
		});

		it('a success answer whose shape differs names the unexpected part', async () => {
			const server = await startLoopbackServer({
				body: {
					version: 'V2',
					requestId: 'r',
					timestamp: 1,
					images: [
						{
							name: 'x',
							inferResult: 'SUCCESS',
							message: 'SUCCESS',
							fields: [{ inferText: 'a', inferConfidence: 'high' }],
						},
					],
				},
			});
			try {
				const invokeUrl = `${server.url}/custom/v1/1/abc`;
				const error = failed(await recognizeText(undefined, {}, { credential: { invokeUrl } }));
				expect(error.message).toBe('The CLOVA OCR answer does not have the documented shape');
				expect(error.description).toContain('response.images[0].fields[0].inferConfidence');
			} finally {
				await server.close();
			}
		});
	});

	it('with Continue On Fail, each failing input gives one error item paired with it and the others go on', async () => {
		emulator().inject({
			kind: 'imageFailure',
			inferResult: 'FAILURE',
			message: 'FAILURE: no text found',
			after: 1,
			times: 1,
		});
		emulator().inject({ kind: 'apiError', clovaCode: '0501', after: 2, times: 1 });
		const items = [
			fileItem(invoiceTablePng),
			fileItem(receiptKoPng),
			fileItem(notAnImageTxt),
			fileItem(receiptKoPng),
			fileItem(threePagesPdf),
		];
		// Max Retries 0: the 0501 is not sent again.
		const output = succeeded(
			await recognizeText(items, { maxRetries: 0 }, { continueOnFail: true }),
		);
		expect(pairedItems(output)).toEqual([0, 1, 2, 3, 4]);
		expect(output[0].json.text).toContain('거래명세서');
		expect(output[1].json).toEqual({
			error: `CLOVA OCR could not recognize "${receiptKoPng.name}": FAILURE: no text found`,
			description: expect.stringContaining('clear scan'),
		});
		expect(output[2].json).toEqual({
			error: 'CLOVA OCR cannot read "not-an-image.txt" (text/plain; charset=utf-8)',
			description: expect.stringContaining('JPG, PNG, PDF, TIFF'),
		});
		expect(output[3].json).toEqual({
			error: clovaErrors['0501'].message,
			description: expect.stringContaining('CLOVA OCR code 0501'),
			code: '0501',
			httpCode: '500',
		});
		expect(texts([output[4]])[0].split('\n')).toEqual(
			threePagesPdf.pages.map((lines) => words(lines).join(' ')),
		);
		// The text file never reached CLOVA.
		expect(clovaCalls(emulator())).toHaveLength(4);
	});
});

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import { nhnErrors } from '../../nodes/nhn/errorCodes';
import { documentedNhnCodes, nhnMessage } from '../emulator/nhn/messages';
import {
	businessRegistrationPdf,
	businessRegistrationPng,
	creditCardPng,
	notAnImageTxt,
	scanTiff,
	type FixtureFile,
} from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import { nhnCalls, throughTheEngine } from './nhnSetup';
import {
	appKeyCredential,
	bufferItem,
	failed,
	fileItem,
	pairedItems,
	succeeded,
	userAccessKeyCredential,
	useEmulator,
} from './setup';

const emulator = useEmulator();
const MiB = 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type DocumentOperation = 'recognizeBusinessRegistration' | 'recognizeCreditCard';

function run(
	operation: DocumentOperation,
	items: HarnessItem[],
	parameters: Record<string, unknown> = {},
	credentialData: Record<string, string> = {},
) {
	return runNode({
		parameters: {
			resource: 'nhnDocumentOcr',
			operation,
			authentication: 'appKeySecretKey',
			inputType: 'binary',
			...parameters,
		},
		items,
		credentials: [appKeyCredential(emulator(), credentialData)],
	});
}

function padded(head: Buffer, size: number): Buffer {
	return Buffer.concat([head, Buffer.alloc(size - head.length)]);
}

describe('NHN Document OCR errors', () => {
	describe.each([
		['recognizeBusinessRegistration' as const, businessRegistrationPng],
		['recognizeCreditCard' as const, creditCardPng],
	])('%s', (operation, file) => {
		// Every documented code is mapped exactly in test/unit/errors.test.ts; here the path through the engine.
		it.each(throughTheEngine(documentedNhnCodes('document')))(
			'maps documented resultCode %i to a message and a fix',
			async (code) => {
				emulator().inject({ kind: 'apiError', nhnResultCode: code, times: 1 });
				const error = failed(
					await run(operation, [fileItem(file)], { options: { maxRetries: 0 } }),
				);
				expect(nhnErrors[code]).toBeDefined();
				expect(error.message).toBe(nhnErrors[code].message);
				expect(error.description).toContain(nhnErrors[code].hint);
				expect(error.description).toContain(
					`NHN Cloud code ${code}: ${nhnMessage('document', 'v1.0', code)}`,
				);
				expect(error.context?.itemIndex).toBe(0);
			},
		);
	});

	it('maps the documented codes of the business-number lookup and of API v1.1 the same way', async () => {
		for (const code of [4000101, 5003004, 4000006]) {
			emulator().inject({ kind: 'apiError', nhnResultCode: code, times: 1 });
			const error = failed(
				await runNode({
					parameters: {
						resource: 'nhnDocumentOcr',
						operation: 'checkBusinessStatus',
						authentication: 'userAccessKey',
						businessNumber: '2148601373',
						options: { maxRetries: 0 },
					},
					credentials: [userAccessKeyCredential(emulator())],
				}),
			);
			expect(error.message).toBe(nhnErrors[code].message);
			expect(error.description).toContain(
				`NHN Cloud code ${code}: ${nhnMessage('document', 'v1.1', code)}`,
			);
		}
	});

	it('the call limit (4000006) says what to do about the plan, after the retries', async () => {
		emulator().inject({ kind: 'throttle', maxConcurrent: 0, retryAfter: 0 });
		const error = failed(await run('recognizeCreditCard', [fileItem(creditCardPng)]));
		expect(error.message).toBe(
			"Your NHN Cloud OCR plan's call limit is used up (gave up after 4 attempts)",
		);
		expect(error.description).toMatch(
			/Send fewer items.*raise the limit.*sent the request 4 times and waited .* between the tries \(Max Retries: 3\)\.$/,
		);
	});

	it('a wrong Secret Key (4010001) names the credential and both fields, without the key', async () => {
		const error = failed(
			await run(
				'recognizeBusinessRegistration',
				[fileItem(businessRegistrationPng)],
				{},
				{ secretKey: 'not-the-secret-key' },
			),
		);
		expect(error.message).toBe('NHN Cloud rejected the App Key or Secret Key');
		expect(error.description).toContain('"NHN Cloud OCR (App Key) API" credential');
		expect(error.description).toContain('App Key and the Secret Key');
		expect(JSON.stringify(error)).not.toContain('not-the-secret-key');
	});

	it.each([
		['a small file', 0, /"business-registration\.png" is \d+ KB\. \(NHN Cloud code 4131000/],
		['a 6 MB file', 6 * MiB, /"business-registration\.png" is 6 MB\. \(NHN Cloud code 4131000/],
	])(
		"the upload limit (4131000) gives the 20 MB limit and the file's actual size: %s",
		async (_name, size, actualSize) => {
			const bytes = size
				? padded(readFileSync(businessRegistrationPng.path), size)
				: readFileSync(businessRegistrationPng.path);
			emulator().inject({ kind: 'apiError', nhnResultCode: 4131000, times: 1 });
			const error = failed(
				await run('recognizeBusinessRegistration', [
					bufferItem(bytes, businessRegistrationPng.name, 'image/png'),
				]),
			);
			expect(error.message).toBe('The file is larger than NHN Cloud OCR accepts');
			expect(error.description).toMatch(/at most 20 MB/);
			expect(error.description).toMatch(actualSize);
		},
	);

	it('a password-protected PDF is refused before the upload (NHN would answer 4000103 and charge the call)', async () => {
		const pdf = Buffer.from(
			readFileSync(businessRegistrationPdf.path)
				.toString('latin1')
				.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 9 0 R'),
			'latin1',
		);
		const error = failed(
			await run('recognizeBusinessRegistration', [
				bufferItem(pdf, 'locked.pdf', 'application/pdf'),
			]),
		);
		expect(error.message).toMatch(/^"locked\.pdf" cannot be sent: the PDF is encrypted/);
		expect(error.description).toMatch(/Remove the password/);
		expect(emulator().log).toEqual([]);
	});

	it("NHN's own answer to a password-protected PDF (4000103) still reads as one", async () => {
		emulator().inject({ kind: 'apiError', nhnResultCode: 4000103, times: 1 });
		const error = failed(
			await run('recognizeBusinessRegistration', [fileItem(businessRegistrationPdf)]),
		);
		expect(error.message).toBe('The PDF is password protected');
		expect(error.description).toMatch(/Remove the password/);
	});

	it('a picture without a card (4000111), as the emulator answers it', async () => {
		const error = failed(await run('recognizeCreditCard', [fileItem(businessRegistrationPng)]));
		expect(error.message).toBe('No credit card number was found in the image');
	});

	describe('checked before upload, so no paid call is made', () => {
		const rejected: Array<[string, DocumentOperation, HarnessItem, RegExp, RegExp]> = [
			[
				'a PDF for a credit card',
				'recognizeCreditCard',
				fileItem(businessRegistrationPdf),
				/cannot read "business-registration\.pdf" \(application\/pdf\)/,
				/accepts JPG, PNG files/,
			],
			[
				'a TIFF for a business registration',
				'recognizeBusinessRegistration',
				fileItem(scanTiff),
				/cannot read "scan\.tiff" \(image\/tiff\)/,
				/accepts PDF, JPG, PNG files/,
			],
			[
				'a text file',
				'recognizeBusinessRegistration',
				fileItem(notAnImageTxt),
				/cannot read "not-an-image\.txt"/,
				/accepts PDF, JPG, PNG/,
			],
			[
				'an empty file',
				'recognizeCreditCard',
				bufferItem(Buffer.alloc(0), 'card.png', 'image/png'),
				/"card\.png" is empty/,
				/holds no data/,
			],
			[
				'a PDF over 20 MB',
				'recognizeBusinessRegistration',
				bufferItem(padded(Buffer.from('%PDF-1.7\n'), 20 * MiB + 1), 'big.pdf', 'application/pdf'),
				/"big\.pdf" is 20,971,521 bytes, larger than the 20 MB \(20,971,520 bytes\) NHN Cloud Document OCR accepts/,
				/at most 20 MB/,
			],
		];
		it.each(rejected)('%s', async (_name, operation, item, message, description) => {
			const error = failed(await run(operation, [item]));
			expect(error.message).toMatch(message);
			expect(error.description).toMatch(description);
			expect(emulator().log).toEqual([]);
		});

		it('a file of exactly 20 MB is sent (the limit is inclusive, MB = MiB)', async () => {
			// A whole PNG with zeros after its end: sound, and exactly 20 MiB.
			await run('recognizeCreditCard', [
				bufferItem(padded(readFileSync(creditCardPng.path), 20 * MiB), 'edge.png', 'image/png'),
			]);
			expect(nhnCalls(emulator()).map((entry) => entry.fileBytes)).toEqual([20 * MiB]);
		});

		it('a PNG cut off after its signature is refused before the upload', async () => {
			const error = failed(
				await run('recognizeCreditCard', [
					bufferItem(padded(PNG_SIGNATURE, 4096), 'cut.png', 'image/png'),
				]),
			);
			expect(error.message).toMatch(/^"cut\.png" cannot be sent: the PNG image is cut off/);
			expect(emulator().log).toEqual([]);
		});

		it.each([
			[
				'a URL whose file is over 20 MB',
				() => emulator().bigFileUrl(20 * MiB + 1),
				/is larger than the 20 MB NHN Cloud Document OCR accepts$/,
			],
			[
				'a URL whose file is not a document',
				() => emulator().fileUrl(notAnImageTxt.name),
				/cannot read "not-an-image\.txt" \(text\/plain\)/,
			],
			[
				'a URL that does not exist',
				() => emulator().fileUrl('no-such-file.png'),
				/^Could not download .*no-such-file\.png \(HTTP 404\)$/,
			],
		])('%s: n8n downloads it and stops before uploading', async (_name, url, message) => {
			const error = failed(
				await run('recognizeBusinessRegistration', [{}], { inputType: 'url', imageUrl: url() }),
			);
			expect(error.message).toMatch(message);
			expect(emulator().log.map((entry) => entry.provider)).toEqual(['file']);
		});
	});

	it('with Continue On Fail, a rejected file and an API error become error items paired with their inputs', async () => {
		const files: FixtureFile[] = [creditCardPng, businessRegistrationPdf, creditCardPng];
		emulator().inject({ kind: 'apiError', nhnResultCode: 5003013, times: 1, after: 1 });
		const items = succeeded(
			await runNode({
				parameters: {
					resource: 'nhnDocumentOcr',
					operation: 'recognizeCreditCard',
					authentication: 'appKeySecretKey',
					inputType: 'binary',
					output: 'document',
				},
				items: files.map((file) => fileItem(file)),
				credentials: [appKeyCredential(emulator())],
				continueOnFail: true,
			}),
		);
		expect(pairedItems(items)).toEqual([0, 1, 2]);
		expect(items[0].json).toMatchObject({ cardNumberLast4: '5675' });
		expect(items[1].json).toMatchObject({
			error: expect.stringMatching(/cannot read "business-registration\.pdf"/),
		});
		expect(items[2].json).toMatchObject({
			error: 'The credit card could not be recognized',
			code: '5003013',
		});
		expect(nhnCalls(emulator())).toHaveLength(2);
	});
});

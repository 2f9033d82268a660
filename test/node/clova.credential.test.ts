import { ClovaOcrApi, INVOKE_URL_EXAMPLE } from '../../credentials/ClovaOcrApi.credentials';
import { normaliseInvokeUrl } from '../../nodes/clova/calls';
import { claimFormPng, receiptKoPng, templates, words } from '../fixtures/catalog';
import { testCredential } from '../harness';
import { failed, fileItem, succeeded, texts, useEmulator } from './setup';
import { clovaCalls, clovaCredential, runClova, type ClovaDomainName } from './clovaSetup';

const emulator = useEmulator();

describe('CLOVA OCR credential › invoke URL', () => {
	it.each([
		['as the console shows it', ''],
		['with a trailing slash', '/'],
		['with /general', '/general'],
		['with /general and a trailing slash', '/general/'],
		['with /infer', '/infer'],
		['in capitals, /GENERAL', '/GENERAL'],
		['with a query string', '/general?lang=ko'],
		['with several trailing slashes', '//'],
	])('%s works for both operations, each reaching its own endpoint', async (_name, suffix) => {
		const invokeUrl = (domain: ClovaDomainName) =>
			`  ${emulator().clova[domain].invokeUrl}${suffix} `;
		const text = succeeded(
			await runClova(emulator(), 'recognizeText', {}, [fileItem(receiptKoPng)], {
				credential: { invokeUrl: invokeUrl('general') },
			}),
		);
		expect(texts(text)).toEqual(words(receiptKoPng.lines));
		const template = succeeded(
			await runClova(
				emulator(),
				'recognizeTemplate',
				{ output: 'document' },
				[fileItem(claimFormPng)],
				{ credential: { invokeUrl: invokeUrl('template') } },
			),
		);
		expect(template[0].json.matchedTemplate).toEqual(templates.released);
		const { general, template: templateDomain } = emulator().clova;
		expect(clovaCalls(emulator()).map((call) => [call.path, call.status])).toEqual([
			[`/custom/v1/${general.domainId}/${general.invokeKey}/general`, 200],
			[`/custom/v1/${templateDomain.domainId}/${templateDomain.invokeKey}/infer`, 200],
		]);
	});

	it.each([
		[
			'plain http on a host that is not loopback',
			'http://ocr.example.com/custom/v1/1/abc',
			'The invoke URL must start with https:// (got http://)',
		],
		[
			'another scheme',
			'ftp://ocr.example.com/custom/v1/1/abc',
			'The invoke URL must start with https:// (got ftp://)',
		],
		[
			'something that is not a URL',
			'apigw.ntruss.com/custom/v1/1/abc',
			'The invoke URL "apigw.ntruss.com/custom/v1/1/abc" is not a URL',
		],
		['nothing', ' ', 'The invoke URL is empty'],
	])(
		"%s is refused before anything is sent, with what the console's invoke URL looks like",
		async (_name, invokeUrl, message) => {
			const error = failed(
				await runClova(emulator(), 'recognizeText', {}, [fileItem(receiptKoPng)], {
					credential: { invokeUrl },
				}),
			);
			expect(error.message).toBe(message);
			expect(error.description).toContain('as its placeholder shows');
			expect(error.description).toContain('CLOVA OCR > Domain > API Gateway integration');
			expect(emulator().log).toHaveLength(0);
		},
	);

	it('does not restrict the host: government and financial gateways, loopback http for testing', () => {
		expect(
			normaliseInvokeUrl('https://abc123.apigw.gov-ntruss.com/custom/v1/77/key/general/'),
		).toEqual({ url: 'https://abc123.apigw.gov-ntruss.com/custom/v1/77/key' });
		expect(
			normaliseInvokeUrl('https://abc123.apigw-pub.fin-ntruss.com/custom/v1/77/key/infer'),
		).toEqual({ url: 'https://abc123.apigw-pub.fin-ntruss.com/custom/v1/77/key' });
		expect(
			normaliseInvokeUrl('https://ocr-gateway.internal.example:8443/custom/v1/77/key'),
		).toEqual({ url: 'https://ocr-gateway.internal.example:8443/custom/v1/77/key' });
		for (const loopback of [
			'http://127.0.0.1:10500/custom/v1/1/k',
			'http://localhost:10500/custom/v1/1/k',
			'http://[::1]:10500/custom/v1/1/k',
		]) {
			expect(normaliseInvokeUrl(loopback)).toEqual({ url: loopback });
		}
		expect(normaliseInvokeUrl('http://127.0.0.1.example.com/custom/v1/1/k').problem).toMatch(
			/must start with https/,
		);
	});
});

/** The credential's Test button (test/harness/credential-tester.ts): its verdict. */
async function testClova(data: Record<string, string>) {
	const { status, message } = await testCredential(
		new ClovaOcrApi(),
		clovaCredential(emulator(), 'general', data).data,
	);
	return { status, message };
}

describe('CLOVA OCR credential › Test', () => {
	it('a right secret is accepted: CLOVA refuses the empty body (0011) only after the secret passed', async () => {
		expect(await testClova({})).toEqual({ status: 'OK', message: 'Connection successful!' });
		const { general } = emulator().clova;
		expect(
			clovaCalls(emulator()).map((call) => [
				call.method,
				call.path,
				call.auth,
				call.status,
				call.code,
			]),
		).toEqual([
			['POST', `/custom/v1/${general.domainId}/${general.invokeKey}/general`, 'ok', 400, '0011'],
		]);
	});

	it('a wrong secret is told apart: HTTP 401, 0002', async () => {
		expect(await testClova({ secretKey: 'not-the-secret' })).toEqual({
			status: 'Error',
			message: 'CLOVA OCR rejected the Secret Key',
		});
		expect(clovaCalls(emulator()).map((call) => [call.auth, call.status, call.code])).toEqual([
			['invalid', 401, '0002'],
		]);
	});

	it.each([['/general'], ['/infer/'], ['/general?x=1'], ['/']])(
		"the invoke URL pasted with %s is tested at the domain's /general",
		async (suffix) => {
			expect(
				await testClova({ invokeUrl: `${emulator().clova.general.invokeUrl}${suffix}` }),
			).toMatchObject({ status: 'OK' });
			expect(clovaCalls(emulator())[0].path).toBe(
				`/custom/v1/${emulator().clova.general.domainId}/${emulator().clova.general.invokeKey}/general`,
			);
		},
	);

	it.each([
		['receipt', '/document/receipt'],
		['bizLicense', '/document/biz-license/'],
	] as const)(
		'a Document OCR domain pasted with its /document/<model> path is tested at that path (%s)',
		async (domain, suffix) => {
			const { invokeUrl, secretKey, domainId, invokeKey } = emulator().clova[domain];
			expect(await testClova({ invokeUrl: `${invokeUrl}${suffix}`, secretKey })).toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			expect(clovaCalls(emulator()).map((call) => [call.path, call.status, call.code])).toEqual([
				[`/custom/v1/${domainId}/${invokeKey}${suffix.replace(/\/$/, '')}`, 400, '0011'],
			]);
			expect(await testClova({ invokeUrl: `${invokeUrl}${suffix}`, secretKey: 'wrong' })).toEqual({
				status: 'Error',
				message: 'CLOVA OCR rejected the Secret Key',
			});
		},
	);

	it.each([
		['plain http on a host that is not loopback', 'http://ocr.example.com/custom/v1/1/abc'],
		['plain http on a look-alike of loopback', 'http://127.0.0.1.example.com/custom/v1/1/abc'],
		['another scheme', 'ftp://ocr.example.com/custom/v1/1/abc'],
	])(
		"%s is refused before the secret is sent, with what the console's invoke URL looks like",
		async (_name, invokeUrl) => {
			const verdict = await testClova({ invokeUrl });
			expect(verdict.status).toBe('Error');
			expect(verdict.message).toContain('The Invoke URL must start with https://');
			expect(verdict.message).toContain(`it looks like ${INVOKE_URL_EXAMPLE}`);
			expect(emulator().log).toHaveLength(0);
		},
	);

	it('an invoke URL of no domain (0022) or not an invoke URL at all (0001) is told apart too', async () => {
		const { general } = emulator().clova;
		expect(
			await testClova({ invokeUrl: general.invokeUrl.replace(general.invokeKey, '0000aaaa') }),
		).toEqual({ status: 'Error', message: 'The Invoke URL names a domain that does not exist' });
		expect(
			await testClova({ invokeUrl: `${emulator().url}/custom/v1/${general.domainId}` }),
		).toEqual({ status: 'Error', message: 'CLOVA OCR did not recognise the Invoke URL' });
	});
});

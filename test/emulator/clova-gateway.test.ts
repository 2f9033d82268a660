import { receiptKoPng } from '../fixtures/catalog';
import { useEmulator } from './fixture';
import { call, clova, clovaJson, expectClovaError, fileBytes } from './helpers';

describe('CLOVA gateway: path, domain and secret', () => {
	const body = () => JSON.stringify(clovaJson(fileBytes(receiptKoPng.path), 'png'));
	const emu = useEmulator();

	test('the right secret succeeds', async () => {
		const answer = await clova(
			emu.clova.general,
			'general',
			clovaJson(fileBytes(receiptKoPng.path), 'png'),
		);
		expect(answer.status).toBe(200);
		expect(answer.json.images[0].inferResult).toBe('SUCCESS');
	});

	test('a wrong X-OCR-SECRET: HTTP 401 "0002"', async () => {
		const answer = await clova(
			emu.clova.general,
			'general',
			clovaJson(fileBytes(receiptKoPng.path), 'png'),
			'wrong',
		);
		expectClovaError(answer, 401, '0002', 'Secret key validate failed.');
		expect(answer.json.path).toBe(
			`/custom/v1/${emu.clova.general.domainId}/${emu.clova.general.invokeKey}/general`,
		);
	});

	test('another domain\'s secret: HTTP 401 "0002"', async () => {
		const answer = await clova(
			emu.clova.general,
			'general',
			clovaJson(fileBytes(receiptKoPng.path), 'png'),
			emu.clova.template.secretKey,
		);
		expectClovaError(answer, 401, '0002', 'Secret key validate failed.');
	});

	test('no X-OCR-SECRET: HTTP 401 "0002"', async () => {
		const answer = await call(`${emu.clova.general.invokeUrl}/general`, {
			headers: { 'Content-Type': 'application/json' },
			body: body(),
		});
		expectClovaError(answer, 401, '0002', 'Secret key validate failed.');
	});

	test('an unknown domain id: HTTP 400 "0022"', async () => {
		const answer = await call(`${emu.url}/custom/v1/99999/${emu.clova.general.invokeKey}/general`, {
			headers: { 'Content-Type': 'application/json', 'X-OCR-SECRET': emu.clova.general.secretKey },
			body: body(),
		});
		expectClovaError(answer, 400, '0022', 'Request domain invalid.');
	});

	test('a wrong invoke key: HTTP 400 "0022"', async () => {
		const answer = await call(`${emu.url}/custom/v1/${emu.clova.general.domainId}/0000/general`, {
			headers: { 'Content-Type': 'application/json', 'X-OCR-SECRET': emu.clova.general.secretKey },
			body: body(),
		});
		expectClovaError(answer, 400, '0022', 'Request domain invalid.');
	});

	test.each(['/custom/v1/33675/general', `/custom/v1/x/y/recognize`, '/custom/v2/a/b/general'])(
		'a malformed path %s: HTTP 400 "0001"',
		async (path) => {
			const answer = await call(`${emu.url}${path}`, {
				headers: { 'Content-Type': 'application/json', 'X-OCR-SECRET': 'x' },
				body: body(),
			});
			expectClovaError(answer, 400, '0001', 'URL is invalid.');
		},
	);
});

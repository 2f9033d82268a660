import type { ICredentialType } from 'n8n-workflow';
import { ClovaOcrApi } from '../../credentials/ClovaOcrApi.credentials';
import { NhnCloudOcrApi } from '../../credentials/NhnCloudOcrApi.credentials';
import { NhnCloudUserAccessKeyApi } from '../../credentials/NhnCloudUserAccessKeyApi.credentials';
import { isSecureServiceUrl } from '../../nodes/core/transport/serviceUrl';
import { receiptKoPng } from '../fixtures/catalog';
import { runNode } from '../harness';
import { clovaCredential } from './clovaSetup';
import { appKeyCredential, failed, fileItem, useEmulator, userAccessKeyCredential } from './setup';
import { startLoopbackServer, type LoopbackServer } from '../shared/loopback-server';
import { startRedirector, testCredential } from './securitySetup';

const emulator = useEmulator();

describe('the https rule', () => {
	it.each([
		['https://api-ocr.nhncloudservice.com', true],
		['HTTPS://Example.com/x', true],
		['http://localhost:10500', true],
		['http://127.0.0.1', true],
		['http://127.1.2.3:8080/path', true],
		['http://[::1]:3000/', true],
		['  http://localhost/  ', true],
		['http://api-ocr.nhncloudservice.com', false],
		['http://localhost.example.com', false],
		['http://localhost@example.com', false],
		['http://127.0.0.1.nip.io', false],
		['http://0x7f000001/', false],
		['ftp://localhost/', false],
		['', false],
	])('%j may carry a secret: %s', (url, allowed) => {
		expect(isSecureServiceUrl(url)).toBe(allowed);
	});
});

/** A plain-http server off loopback (this machine's own external address): nothing may reach it. */
let plain: LoopbackServer;
beforeEach(async () => {
	plain = await startLoopbackServer({ body: {} }, { host: '0.0.0.0' });
});
afterEach(async () => {
	await plain.close();
});

type Case = {
	name: string;
	type: ICredentialType;
	field: string;
	data: () => Record<string, string>;
	parameters: Record<string, unknown>;
	refusal: string;
};

const cases: Case[] = [
	{
		name: 'App Key › Base URL',
		type: new NhnCloudOcrApi(),
		field: 'baseUrl',
		data: () => appKeyCredential(emulator()).data as Record<string, string>,
		parameters: { resource: 'nhnGeneralOcr', operation: 'recognizeText' },
		refusal: 'The Base URL must start with https://',
	},
	{
		name: 'User Access Key › Base URL',
		type: new NhnCloudUserAccessKeyApi(),
		field: 'baseUrl',
		data: () => userAccessKeyCredential(emulator()).data as Record<string, string>,
		parameters: {
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			authentication: 'userAccessKey',
		},
		refusal: 'The Base URL must start with https://',
	},
	{
		name: 'User Access Key › Token URL',
		type: new NhnCloudUserAccessKeyApi(),
		field: 'tokenUrl',
		data: () => userAccessKeyCredential(emulator()).data as Record<string, string>,
		parameters: {
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			authentication: 'userAccessKey',
		},
		refusal: 'The Token URL must start with https:// (got http://)',
	},
	{
		name: 'CLOVA › Invoke URL',
		type: new ClovaOcrApi(),
		field: 'invokeUrl',
		data: () => clovaCredential(emulator()).data as Record<string, string>,
		parameters: { resource: 'clovaOcr', operation: 'recognizeText' },
		refusal: 'must start with https://',
	},
];

describe.each(cases)(
	'$name over plain http off loopback',
	({ type, field, data, parameters, refusal }) => {
		const plainUrl = () => (field === 'invokeUrl' ? `${plain.url}/custom/v1/1/abc` : plain.url);

		it('is refused at run time before anything is sent', async () => {
			const run = await runNode({
				parameters: { ...parameters, inputType: 'binary' },
				items: [fileItem(receiptKoPng)],
				credentials: [{ type: type.name, data: { ...data(), [field]: plainUrl() } }],
			});
			expect(failed(run).message).toContain(refusal);
			expect(plain.requests).toEqual([]);
			expect(emulator().log.filter((entry) => entry.provider !== 'token')).toEqual([]);
		});

		it("is refused by the credential's Test before anything is sent", async () => {
			const result = await testCredential(type, { ...data(), [field]: plainUrl() });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/must start with https:\/\//);
			expect(plain.requests).toEqual([]);
		});

		it('passes the Test on loopback (the emulator)', async () => {
			expect((await testCredential(type, data())).status).toBe('OK');
		});
	},
);

describe("a credential's Test follows no redirect", () => {
	let otherHost: LoopbackServer;
	beforeEach(async () => {
		otherHost = await startLoopbackServer();
	});
	afterEach(async () => {
		await otherHost.close();
	});

	it.each([
		[
			'NHN App Key',
			new NhnCloudOcrApi(),
			'baseUrl',
			'The Base URL answered with a redirect (HTTP 307)',
		],
		[
			'NHN User Access Key, Base URL',
			new NhnCloudUserAccessKeyApi(),
			'baseUrl',
			'The Base URL answered with a redirect (HTTP 307)',
		],
		[
			'NHN User Access Key, Token URL',
			new NhnCloudUserAccessKeyApi(),
			'tokenUrl',
			'The Token URL answered with a redirect (HTTP 307)',
		],
		['CLOVA', new ClovaOcrApi(), 'invokeUrl', 'The Invoke URL answered with a redirect (HTTP 307)'],
	])(
		'%s: the Test fails naming the redirect; the other host gets nothing',
		async (_name, type, field, words) => {
			const redirector = await startRedirector(307, otherHost.url);
			try {
				const base =
					type.name === 'nhnCloudOcrApi'
						? appKeyCredential(emulator()).data
						: type.name === 'clovaOcrApi'
							? clovaCredential(emulator()).data
							: userAccessKeyCredential(emulator()).data;
				const url = field === 'invokeUrl' ? `${redirector.url}/custom/v1/1/abc` : redirector.url;
				const result = await testCredential(type, { ...base, [field]: url });
				expect([result.status, result.message]).toEqual(['Error', expect.stringContaining(words)]);
				expect(redirector.requests).toHaveLength(1);
				expect(otherHost.requests).toEqual([]);
			} finally {
				await redirector.close();
			}
		},
	);
});

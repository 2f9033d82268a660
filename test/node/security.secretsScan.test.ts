/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	businessNumbers,
	businessRegistrationPng,
	claimFormPng,
	creditCardPng,
	longBannerPng,
	receiptKoPng,
} from '../fixtures/catalog';
import { runNode, type HarnessItem, type HarnessRun } from '../harness';
import { clovaCredential } from './clovaSetup';
import { appKeyCredential, fileItem, useEmulator, userAccessKeyCredential } from './setup';
import { startLoopbackServer, type LoopbackServer } from '../shared/loopback-server';
import { startRedirector } from './securitySetup';

/**
 * Every operation, with distinctive secrets, through success, documented errors, a gateway that echoes the
 * request's headers (as JSON the node reads, and as a page it cannot read) and a redirect: no secret, token or
 * Basic form may appear in the output items, the error (message, description, anything in it), the whole run
 * (execution data) or the log lines.
 */
const emulator = useEmulator();

type Operation = { resource: string; operation: string; item: () => HarnessItem; extra?: object };
const nhnOperations: Operation[] = [
	{ resource: 'nhnGeneralOcr', operation: 'recognizeText', item: () => fileItem(receiptKoPng) },
	{
		resource: 'nhnGeneralOcr',
		operation: 'recognizeLongImage',
		item: () => fileItem(longBannerPng),
	},
	{
		resource: 'nhnDocumentOcr',
		operation: 'recognizeBusinessRegistration',
		item: () => fileItem(businessRegistrationPng),
	},
	{
		resource: 'nhnDocumentOcr',
		operation: 'checkBusinessStatus',
		item: () => ({}),
		extra: { businessNumber: businessNumbers.byStatus['01'] },
	},
	{
		resource: 'nhnDocumentOcr',
		operation: 'recognizeCreditCard',
		item: () => fileItem(creditCardPng),
	},
];
const clovaOperations: Array<Operation & { domain: 'general' | 'template' }> = [
	{
		resource: 'clovaOcr',
		operation: 'recognizeText',
		item: () => fileItem(receiptKoPng),
		domain: 'general',
	},
	{
		resource: 'clovaOcr',
		operation: 'recognizeTemplate',
		item: () => fileItem(claimFormPng),
		domain: 'template',
	},
];
const authentications = ['appKeySecretKey', 'userAccessKey'] as const;

function basicOf(data: Record<string, unknown>): string[] {
	if (!data.userAccessKeyId) return [];
	const basic = Buffer.from(
		`${String(data.userAccessKeyId)}:${String(data.secretAccessKey)}`,
	).toString('base64');
	return [basic, basic.replace(/=+$/, '')];
}

/** Where each secret shows: [place, secret] for every hit. */
function hits(run: HarnessRun, secrets: string[]): string[] {
	const token = run.storedCredentials('scanned')?.accessToken;
	const all = [...secrets, ...(typeof token === 'string' && token ? [token] : [])].filter(
		(secret) => secret.length >= 6,
	);
	const places: Array<[string, string]> = [
		['output items', JSON.stringify(run.items)],
		['error', JSON.stringify(run.error ?? {})],
		[
			'error message',
			`${run.error?.message ?? ''} ${(run.error as { description?: string })?.description ?? ''}`,
		],
		['whole run', JSON.stringify(run.run)],
		['log lines', run.logs.join('\n')],
	];
	return places.flatMap(([place, text]) =>
		all
			.filter((secret) => text.includes(secret))
			.map((secret) => `${place}: ${secret.slice(0, 12)}…`),
	);
}

async function runScanned(
	operation: Operation,
	credential: { type: string; data: Record<string, unknown> },
	parameters: Record<string, unknown> = {},
): Promise<HarnessRun> {
	return await runNode({
		parameters: {
			resource: operation.resource,
			operation: operation.operation,
			inputType: 'binary',
			output: 'raw',
			...operation.extra,
			...parameters,
		},
		items: [operation.item()],
		credentials: [{ id: 'scanned', ...credential } as never],
	});
}

function secretsOf(data: Record<string, unknown>): string[] {
	return [
		...['secretKey', 'secretAccessKey']
			.map((key) => data[key])
			.filter((v): v is string => typeof v === 'string'),
		...basicOf(data),
	];
}

/** A gateway that answers every request with its headers: as an NHN envelope, a CLOVA error, or an HTML page. */
async function echoingGateway(style: 'nhn' | 'clova' | 'html'): Promise<LoopbackServer> {
	return await startLoopbackServer((request) => {
		const echo = JSON.stringify(request.headers);
		if (style === 'html')
			return { status: 502, contentType: 'text/html', body: `<pre>${echo}</pre>` };
		if (style === 'clova')
			return { status: 401, body: { code: '0002', message: `denied ${echo}` } };
		return {
			body: {
				header: { isSuccessful: false, resultCode: 4010001, resultMessage: `denied ${echo}` },
			},
		};
	});
}

describe.each(authentications)('NHN with %s', (authentication) => {
	const credential = (data: Record<string, string> = {}) =>
		authentication === 'appKeySecretKey'
			? appKeyCredential(emulator(), data)
			: userAccessKeyCredential(emulator(), data);
	const wrong: Record<string, string> =
		authentication === 'appKeySecretKey'
			? { secretKey: 'SCAN-secret-key-7f3a9c1e' }
			: { userAccessKeyId: 'SCAN-uak-id-55aa77bb', secretAccessKey: 'SCAN-sak-secret-91c4e2d0' };

	describe.each(nhnOperations)('$resource › $operation', (operation) => {
		const parameters = { authentication };

		it('success', async () => {
			const used = credential();
			const run = await runScanned(operation, used, parameters);
			expect(run.error).toBeUndefined();
			expect(hits(run, secretsOf(used.data))).toEqual([]);
		});

		it('a documented error (wrong secret)', async () => {
			const used = credential(wrong);
			const run = await runScanned(operation, used, parameters);
			expect(run.error).toBeDefined();
			expect(hits(run, secretsOf(used.data))).toEqual([]);
		});

		it.each(['nhn', 'html'] as const)(
			'a gateway echoing the request headers (%s)',
			async (style) => {
				const gateway = await echoingGateway(style);
				try {
					const used = credential({ baseUrl: gateway.url });
					const run = await runScanned(operation, used, {
						...parameters,
						options: { maxRetries: 0 },
					});
					expect(run.error).toBeDefined();
					expect(gateway.requests.length).toBeGreaterThan(0);
					// The echo did reach the error, with the secret taken out.
					if (style === 'nhn') expect(JSON.stringify(run.error)).toContain('[redacted]');
					expect(hits(run, secretsOf(used.data))).toEqual([]);
				} finally {
					await gateway.close();
				}
			},
		);

		it('a redirect to another host', async () => {
			const other = await startLoopbackServer();
			const redirector = await startRedirector(307, other.url);
			try {
				const used = credential({ baseUrl: redirector.url });
				const run = await runScanned(operation, used, parameters);
				expect(run.error?.message).toMatch(/redirect/);
				expect(other.requests).toEqual([]);
				expect(hits(run, secretsOf(used.data))).toEqual([]);
			} finally {
				await redirector.close();
				await other.close();
			}
		});
	});
});

describe.each(clovaOperations)('CLOVA › $operation', (operation) => {
	const credential = (data: Record<string, string> = {}) =>
		clovaCredential(emulator(), operation.domain, data);

	it('success', async () => {
		const used = credential();
		const run = await runScanned(operation, used);
		expect(run.error).toBeUndefined();
		expect(hits(run, secretsOf(used.data))).toEqual([]);
	});

	it('a documented error (wrong secret)', async () => {
		const used = credential({ secretKey: 'SCAN-clova-secret-3b8d0f42' });
		const run = await runScanned(operation, used);
		expect(run.error).toBeDefined();
		expect(hits(run, secretsOf(used.data))).toEqual([]);
	});

	it.each(['clova', 'html'] as const)(
		'a gateway echoing the request headers (%s)',
		async (style) => {
			const gateway = await echoingGateway(style);
			try {
				const used = credential({ invokeUrl: `${gateway.url}/custom/v1/1/abc` });
				const run = await runScanned(operation, used, { options: { maxRetries: 0 } });
				expect(run.error).toBeDefined();
				expect(gateway.requests[0]?.headers['x-ocr-secret']).toBe(used.data.secretKey);
				if (style === 'clova') expect(JSON.stringify(run.error)).toContain('[redacted]');
				expect(hits(run, secretsOf(used.data))).toEqual([]);
			} finally {
				await gateway.close();
			}
		},
	);

	it('a redirect to another host', async () => {
		const other = await startLoopbackServer();
		const redirector = await startRedirector(302, other.url);
		try {
			const used = credential({ invokeUrl: `${redirector.url}/custom/v1/1/abc` });
			const run = await runScanned(operation, used);
			expect(run.error?.message).toMatch(/redirect/);
			expect(other.requests).toEqual([]);
			expect(hits(run, secretsOf(used.data))).toEqual([]);
		} finally {
			await redirector.close();
			await other.close();
		}
	});
});

it('the scan can fail: a secret put into an output is found', async () => {
	const used = appKeyCredential(emulator());
	const run = await runScanned(nhnOperations[3], used, {
		authentication: 'appKeySecretKey',
		businessNumber: businessNumbers.byStatus['01'],
	});
	const planted = {
		...run,
		items: [{ json: { leaked: String(used.data.secretKey) } }],
	} as HarnessRun;
	expect(hits(planted, secretsOf(used.data))).toEqual([
		`output items: ${String(used.data.secretKey).slice(0, 12)}…`,
	]);
});

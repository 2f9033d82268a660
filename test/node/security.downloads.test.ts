import { isInternalHost } from '../../nodes/core/input/internalAddress';
import { businessRegistrationPng } from '../fixtures/catalog';
import { runNode } from '../harness';
import { clovaCredential } from './clovaSetup';
import { nhnCalls } from './nhnSetup';
import { appKeyCredential, failed, succeeded, useEmulator } from './setup';
import { startLoopbackServer, type Answer } from '../shared/loopback-server';

const emulator = useEmulator();
const MB = 1024 * 1024;

/**
 * `size` bytes of a PNG-signed body, streamed 1 MB at a time as the reader takes them; `state.written` counts what
 * it handed over.
 */
function bigAnswer(size: number, withLength: boolean, state: { written: number }): Answer {
	const chunk = Buffer.alloc(MB);
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(chunk);
	return {
		contentType: 'image/png',
		headers: withLength ? { 'content-length': String(size) } : {},
		respond: (response) => {
			response.writeHead(200);
			let sent = 0;
			const pump = (): void => {
				while (sent < size && !response.destroyed) {
					const piece = chunk.subarray(0, Math.min(MB, size - sent));
					sent += piece.length;
					state.written = sent;
					if (!response.write(piece)) return void response.once('drain', pump);
				}
				if (!response.destroyed) response.end();
			};
			pump();
		},
	};
}

function documentRun(imageUrl: string) {
	return runNode({
		parameters: {
			resource: 'nhnDocumentOcr',
			operation: 'recognizeBusinessRegistration',
			inputType: 'url',
			imageUrl,
			output: 'document',
		},
		credentials: [appKeyCredential(emulator())],
	});
}

describe('NHN Document OCR › the node’s own download of an image URL', () => {
	it.each([
		['without a Content-Length (read and counted)', false],
		['with a Content-Length (refused from the header)', true],
	])(
		'a 600 MB body %s is refused after reading about the 20 MB limit',
		async (_name, withLength) => {
			const state = { written: 0 };
			const big = await startLoopbackServer(bigAnswer(600 * MB, withLength, state));
			const url = `${big.url}/big.png`;
			try {
				const error = failed(await documentRun(url));
				expect(error.message).toBe(
					`The file at ${url} is larger than the 20 MB NHN Cloud Document OCR accepts`,
				);
				expect(big.requests).toHaveLength(1);
				// What the server could hand over before the node stopped reading: the limit, plus socket buffers.
				expect(state.written).toBeLessThan(32 * MB);
				expect(nhnCalls(emulator())).toEqual([]);
			} finally {
				await big.close();
			}
		},
	);

	it("the emulator's 20 MB + 1 byte body is refused, no NHN call made", async () => {
		const error = failed(await documentRun(emulator().bigFileUrl(20 * MB + 1)));
		expect(error.message).toContain('is larger than the 20 MB NHN Cloud Document OCR accepts');
		expect(nhnCalls(emulator())).toEqual([]);
	});

	async function redirectChain(hops: number, finalUrl: string) {
		return await startLoopbackServer((request) => {
			const step = Number(request.path.split('/')[1]);
			return step < hops
				? { status: 302, headers: { location: `/${step + 1}` } }
				: { status: 302, headers: { location: finalUrl } };
		});
	}

	it('follows up to 3 redirects, each a new request through n8n’s helper', async () => {
		const chain = await redirectChain(2, emulator().fileUrl(businessRegistrationPng.name));
		try {
			const items = succeeded(await documentRun(`${chain.url}/0`));
			expect(chain.requests.map((request) => request.path)).toEqual(['/0', '/1', '/2']);
			expect(items[0].json.source).toMatchObject({ url: `${chain.url}/0` });
			expect(nhnCalls(emulator())).toHaveLength(1);
		} finally {
			await chain.close();
		}
	});

	it('refuses a fourth redirect, naming where it pointed', async () => {
		const chain = await redirectChain(3, emulator().fileUrl(businessRegistrationPng.name));
		try {
			const error = failed(await documentRun(`${chain.url}/0`));
			expect(error.message).toBe(`Could not download ${chain.url}/0: more than 3 redirects`);
			expect(error.description).toContain(`The last one pointed to ${emulator().url}/files/`);
			expect(chain.requests).toHaveLength(4);
			expect(nhnCalls(emulator())).toEqual([]);
		} finally {
			await chain.close();
		}
	});

	it('refuses a redirect to something that is not a web address', async () => {
		const chain = await startLoopbackServer(() => ({
			status: 301,
			headers: { location: 'file:///etc/passwd' },
		}));
		try {
			const error = failed(await documentRun(`${chain.url}/a.png`));
			expect(error.message).toBe(
				`Could not download ${chain.url}/a.png: it redirects to file:///etc/passwd`,
			);
		} finally {
			await chain.close();
		}
	});

	it('keeps user:password@ out of source.url and out of messages', async () => {
		const withPassword = (url: string) => url.replace('http://', 'http://someone:pa55w0rd@');
		const items = succeeded(
			await documentRun(withPassword(emulator().fileUrl(businessRegistrationPng.name))),
		);
		expect(JSON.stringify(items)).not.toContain('pa55w0rd');
		expect(items[0].json.source).toMatchObject({
			url: emulator().fileUrl(businessRegistrationPng.name),
		});
		const error = failed(await documentRun(withPassword(`${emulator().url}/files/missing.png`)));
		// (n8n puts the node's parameters, as the user typed them, into the error's `node`; the node's own texts:)
		expect(`${error.message} ${error.description}`).not.toContain('pa55w0rd');
		expect(error.message).toBe(`Could not download ${emulator().url}/files/missing.png (HTTP 404)`);
	});
});

describe('an image URL the provider downloads itself', () => {
	it.each([
		'localhost',
		'127.0.0.1',
		'127.1',
		'2130706433',
		'0x7f000001',
		'0177.0.0.1',
		'10.1.2.3',
		'172.20.0.1',
		'192.168.1.10',
		'169.254.169.254',
		'100.64.0.1',
		'0.0.0.0',
		'[::1]',
		'[::]',
		'[fd00::2]',
		'[fe80::1]',
		'[::ffff:127.0.0.1]',
		'[::ffff:169.254.169.254]',
		'fileserver',
		'files.localhost',
	])('%s is internal', (host) => {
		expect(isInternalHost(new URL(`http://${host}/a.png`).hostname)).toBe(true);
	});

	it.each(['example.com', '8.8.8.8', '[2001:4860:4860::8888]', '172.32.0.1', '[::ffff:8.8.8.8]'])(
		'%s is not internal',
		(host) => {
			expect(isInternalHost(new URL(`http://${host}/a.png`).hostname)).toBe(false);
		},
	);

	const offLoopback = 'https://ocr.example.invalid';
	it.each([
		['NHN General', 'nhnGeneralOcr', 'recognizeText', 'NHN Cloud OCR'],
		['CLOVA', 'clovaOcr', 'recognizeText', 'CLOVA OCR'],
	])(
		'%s: an internal image URL is refused before the call',
		async (_name, resource, operation, service) => {
			const credential =
				resource === 'clovaOcr'
					? clovaCredential(emulator(), 'general', { invokeUrl: `${offLoopback}/custom/v1/1/abc` })
					: appKeyCredential(emulator(), { baseUrl: offLoopback });
			const run = (imageUrl: string) =>
				runNode({
					parameters: { resource, operation, inputType: 'url', imageUrl },
					credentials: [credential],
				});
			const error = failed(await run('http://169.254.169.254/latest/meta-data/x.png'));
			expect(error.message).toBe(
				`${service} cannot download http://169.254.169.254/latest/meta-data/x.png: it is an address inside your own network`,
			);
			// A public URL passes the check and fails only because the made-up service cannot be reached.
			expect(failed(await run('https://example.com/receipt.png')).message).toMatch(
				/Could not reach/,
			);
		},
	);

	it('NHN General: an internal image URL passes when the service itself is on loopback (the emulator)', async () => {
		const items = succeeded(
			await runNode({
				parameters: {
					resource: 'nhnGeneralOcr',
					operation: 'recognizeText',
					inputType: 'url',
					imageUrl: emulator().fileUrl('receipt-ko.png'),
				},
				credentials: [appKeyCredential(emulator())],
			}),
		);
		expect(items.length).toBeGreaterThan(0);
	});
});

import { creditCardPng, receiptMartPng } from '../fixtures/catalog';
import { runNode, type HarnessCredential } from '../harness';
import { clovaCredential } from './clovaSetup';
import { appKeyCredential, failed, useEmulator } from './setup';

/**
 * One deadline per item, the Timeout option, covers the downloads the node makes itself — the headers and the body
 * — and the paid call after them. The file server here never finishes (held, headers only, a body dripping one byte
 * at a time, headers after a minute): each run must end on its own with the Timeout named, having made no paid
 * call. Nothing here measures time: a download the Timeout did not bound would hold the run until the test's own
 * timeout; the emulator's counts say what was held and what was sent.
 */
const emulator = useEmulator();

const TIMEOUT_MS = 500;

type Downloading = {
	name: string;
	resource: string;
	operation: string;
	credential: () => HarnessCredential;
	file: string;
};
const operations: Downloading[] = [
	{
		name: 'NHN Recognize Credit Card',
		resource: 'nhnDocumentOcr',
		operation: 'recognizeCreditCard',
		credential: () => appKeyCredential(emulator()),
		file: creditCardPng.name,
	},
	{
		name: 'CLOVA Recognize Receipt',
		resource: 'clovaOcr',
		operation: 'recognizeReceipt',
		credential: () => clovaCredential(emulator(), 'receipt'),
		file: receiptMartPng.name,
	},
];

const ocrCalls = () =>
	emulator().log.filter((entry) => entry.provider === 'nhn' || entry.provider === 'clova');
const fileRequests = () => emulator().log.filter((entry) => entry.provider === 'file');

async function download(operation: Downloading, imageUrl: string) {
	return await runNode({
		parameters: {
			resource: operation.resource,
			operation: operation.operation,
			inputType: 'url',
			imageUrl,
			options: { timeout: TIMEOUT_MS, maxRetries: 0 },
		},
		items: [{}],
		credentials: [operation.credential()],
	});
}

describe.each(operations)("$name: the node's own download ends at the Timeout", (operation) => {
	it('a file server that takes the request and never answers (held)', async () => {
		emulator().inject({ kind: 'hold', match: { provider: 'file' } });
		const error = failed(await download(operation, emulator().fileUrl(operation.file)));
		expect(error.message).toMatch(/^Could not download .* within the Timeout of 0\.5 s$/);
		expect(ocrCalls()).toEqual([]);
		// The request was still held when the run had ended: the Timeout, not the server, ended the download.
		expect(emulator().releaseStalled()).toBe(1);
	});

	it.each(['headers', 'drip'] as const)(
		'a file server that sends %s and never finishes the body',
		async (mode) => {
			emulator().inject({ kind: 'stall', mode, dripMs: 20, match: { provider: 'file' } });
			const error = failed(await download(operation, emulator().fileUrl(operation.file)));
			expect(error.message).toMatch(/^Could not download .* within the Timeout of 0\.5 s$/);
			expect(fileRequests()).toHaveLength(1);
			expect(fileRequests()[0].fault).toBe('stall');
			expect(ocrCalls()).toEqual([]);
		},
	);

	it("headers only after a minute (the emulator's slow route)", async () => {
		const error = failed(await download(operation, emulator().slowFileUrl(60_000, operation.file)));
		expect(error.message).toMatch(/within the Timeout of 0\.5 s$/);
		expect(fileRequests()).toHaveLength(1);
		expect(fileRequests()[0].status).toBe(0); // never answered while the run lasted
		expect(ocrCalls()).toEqual([]);
	});

	it('the download and the paid call share the one deadline: a held call after a quick download times out', async () => {
		emulator().inject({ kind: 'hold', match: { provider: ['nhn', 'clova'] } });
		const error = failed(await download(operation, emulator().fileUrl(operation.file)));
		expect(error.message).toMatch(/timed out: no complete answer within the Timeout of 0\.5 s$/);
		expect(fileRequests()).toHaveLength(1);
		expect(ocrCalls()).toHaveLength(1);
		expect(emulator().releaseStalled()).toBe(1);
	});
});

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { INodeParameters } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { IExecuteFunctions, INodeType } from 'n8n-workflow';
import { NhnClovaOcr } from '../../nodes/NhnClovaOcr/NhnClovaOcr.node';
import { closingBoundary, newBoundary, partHead } from '../../nodes/core/transport/multipart';
import { startPolicy } from '../../nodes/core/transport/policy';
import { backoffMs, parseRetryAfter } from '../../nodes/core/transport/retry';
import { send } from '../../nodes/core/transport/send';
import { clovaErrors } from '../../nodes/clova/errorCodes';
import { nhnErrors } from '../../nodes/nhn/errorCodes';
import { receiptKoPng, words } from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import { startLoopbackServer } from '../shared/loopback-server';
import { clovaCalls, runClova } from './clovaSetup';
import { nhnCalls, sha256Of } from './nhnSetup';
import {
	appKeyCredential,
	failed,
	fileItem,
	pairedItems,
	succeeded,
	texts,
	useEmulator,
} from './setup';

const emulator = useEmulator();
const nhnGeneral = {
	resource: 'nhnGeneralOcr',
	operation: 'recognizeText',
	authentication: 'appKeySecretKey',
	inputType: 'binary',
};

function runNhn(
	options: INodeParameters,
	items: HarnessItem[] = [fileItem(receiptKoPng)],
	continueOnFail = false,
) {
	return runNode({
		parameters: { ...nhnGeneral, options },
		items,
		credentials: [appKeyCredential(emulator())],
		continueOnFail,
	});
}

/** Each item carries its own Timeout: a short one for the item that meets the stall, a generous one for the rest. */
const timeoutPerItem = { timeout: '={{ $json.timeout }}' };
const stalledThenNormal = [
	fileItem(receiptKoPng, { timeout: '500' }),
	fileItem(receiptKoPng, { timeout: '60000' }),
];

describe('Timeout: a deadline for the whole request of an item', () => {
	it.each([
		['never answers', 'silent'],
		['sends the headers and then nothing', 'headers'],
		['drips the body byte by byte', 'drip'],
	] as const)(
		'a server that %s fails its item as timed out; the next item goes on',
		async (_name, mode) => {
			emulator().inject({ kind: 'stall', mode, times: 1, match: { provider: 'nhn' } });
			const output = succeeded(await runNhn(timeoutPerItem, stalledThenNormal, true));
			expect(output[0].json).toEqual({
				error: 'NHN Cloud OCR timed out: no complete answer within the Timeout of 0.5 s',
				description: expect.stringContaining('raise Timeout'),
			});
			expect(String(output[0].json.description)).not.toMatch(/credential/);
			expect(texts(output.slice(1))).toEqual(words(receiptKoPng.lines));
			expect(pairedItems(output)).toEqual([0, ...words(receiptKoPng.lines).map(() => 1)]);
			// The deadline left no time for a retry: one request per item.
			expect(nhnCalls(emulator()).map((entry) => entry.fault)).toEqual(['stall', undefined]);
		},
	);

	it('without Continue On Fail the run stops at the timed-out item with the timeout message', async () => {
		emulator().inject({ kind: 'stall', mode: 'headers', match: { provider: 'clova' } });
		const error = failed(
			await runClova(
				emulator(),
				'recognizeText',
				{ output: 'document', options: { timeout: 400 } },
				[fileItem(receiptKoPng)],
			),
		);
		expect(error.message).toBe(
			'CLOVA OCR timed out: no complete answer within the Timeout of 0.4 s',
		);
		expect(error.context?.itemIndex).toBe(0);
		expect(clovaCalls(emulator())).toHaveLength(1);
	});
});

describe('Max Retries', () => {
	it.each([
		['quota (0023)', '0023'],
		['a wrong secret (0002)', '0002'],
		['an invalid request (0011)', '0011'],
		['an unreleased template (1021, HTTP 500)', '1021'],
	])('CLOVA %s is never retried', async (_name, code) => {
		emulator().inject({ kind: 'apiError', clovaCode: code, retryAfter: 0 });
		const error = failed(
			await runClova(emulator(), 'recognizeText', { output: 'document' }, [fileItem(receiptKoPng)]),
		);
		expect(error.message).toBe(clovaErrors[code].message);
		expect(clovaCalls(emulator())).toHaveLength(1);
	});

	it.each([4010001, 4000002, 4000003])('NHN %i is never retried', async (code) => {
		emulator().inject({ kind: 'apiError', nhnResultCode: code, retryAfter: 0 });
		const error = failed(await runNhn({}));
		expect(error.message).toBe(nhnErrors[code].message);
		expect(nhnCalls(emulator())).toHaveLength(1);
	});

	it('0 sends each item once', async () => {
		emulator().inject({ kind: 'serverError', status: 503, retryAfter: 0 });
		const error = failed(await runNhn({ maxRetries: 0 }));
		expect(error.message).toMatch(/^NHN Cloud OCR sent an answer the node cannot read \(HTTP 503/);
		expect(error.message).not.toMatch(/attempts/);
		expect(nhnCalls(emulator())).toHaveLength(1);
	});

	it('transient faults in a row are all retried until one succeeds', async () => {
		emulator().inject({ kind: 'serverError', status: 502, retryAfter: 0, times: 1 });
		emulator().inject({ kind: 'html502', retryAfter: 0, times: 1 });
		emulator().inject({ kind: 'malformedJson', retryAfter: 0, times: 1 });
		expect(texts(succeeded(await runNhn({})))).toEqual(words(receiptKoPng.lines));
		expect(nhnCalls(emulator()).map((entry) => entry.fault)).toEqual([
			'serverError',
			'html502',
			'malformedJson',
			undefined,
		]);
	});

	it('a Retry-After beyond the Timeout is not waited for: the item fails at once with what the service said', async () => {
		emulator().inject({ kind: 'throttle', maxConcurrent: 0, retryAfter: 3600 });
		const error = failed(await runNhn({ timeout: 60_000 }));
		expect(error.message).toBe(nhnErrors[4000006].message);
		expect(error.description).toMatch(
			/did not try again: the next try was due in 60 min, after the Timeout\.$/,
		);
		expect(nhnCalls(emulator())).toHaveLength(1);
	});

	it.each([
		['-1', -1],
		['a word', 'many'],
		['a fraction', 1.5],
	])('%s is refused with what to enter, before anything is sent', async (_name, value) => {
		const error = failed(await runNhn({ maxRetries: value }));
		expect(error.message).toBe(
			`'Max Retries' must be a whole number from 0 to 10, not ${typeof value === 'number' ? `the number ${value}` : `"${value}"`}`,
		);
		expect(emulator().log).toHaveLength(0);
	});
});

describe('a body factory', () => {
	it('is called once per attempt, so a streamed upload is opened again for the retry', async () => {
		const opened: Readable[] = [];
		const node: INodeType = new NhnClovaOcr();
		node.execute = async function (this: IExecuteFunctions) {
			const boundary = newBoundary();
			const head = partHead(boundary, {
				field: 'image',
				fileName: 'r.png',
				contentType: 'image/png',
			});
			const file = readFileSync(receiptKoPng.path);
			const tail = Buffer.concat([Buffer.from('\r\n'), closingBoundary(boundary)]);
			const reply = await send(this, {
				itemIndex: 0,
				service: 'NHN Cloud OCR',
				credentialType: 'nhnCloudOcrApi',
				url: `${emulator().nhn.baseUrl}/v1.0/appkeys/${emulator().nhn.appKey}/general`,
				headers: {
					'Content-Type': `multipart/form-data; boundary=${boundary}`,
					'Content-Length': String(head.length + file.length + tail.length),
				},
				body: async () => {
					const stream = Readable.from([head, file, tail]);
					opened.push(stream);
					return stream;
				},
				policy: startPolicy({ maxRetries: 3, timeoutMs: 120_000 }),
			});
			return [[{ json: { status: reply.status, attempts: reply.attempts } }]];
		};
		emulator().inject({ kind: 'serverError', status: 503, retryAfter: 0, times: 1 });
		const result = await runNode({
			nodeType: node,
			parameters: nhnGeneral,
			credentials: [appKeyCredential(emulator())],
		});
		expect(succeeded(result)[0].json).toEqual({ status: 200, attempts: 2 });
		expect(opened).toHaveLength(2);
		expect(nhnCalls(emulator()).map((entry) => [entry.status, entry.fileSha256])).toEqual([
			[503, undefined],
			[200, sha256Of(receiptKoPng)],
		]);
	});
});

describe('backoff', () => {
	it('honours Retry-After in seconds or as an HTTP date', () => {
		const now = Date.parse('2026-12-01T10:00:00Z');
		expect(parseRetryAfter('0', now)).toBe(0);
		expect(parseRetryAfter('2', now)).toBe(2000);
		expect(parseRetryAfter(' 1.5 ', now)).toBe(1500);
		expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:07 GMT', now)).toBe(7000);
		expect(parseRetryAfter('Tue, 01 Dec 2026 09:59:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
		expect(backoffMs(3, 2000, () => 0.99)).toBe(2000);
	});

	it('without Retry-After: full jitter below an exponential ceiling of at most 30 s', () => {
		expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, undefined, () => 0.999))).toEqual([
			499, 999, 1998, 3996,
		]);
		expect(backoffMs(20, undefined, () => 0.999)).toBe(29_970);
		expect(backoffMs(3, undefined, () => 0)).toBe(0);
	});
});

describe('retry texts say what happened: the attempts made, the real wait, the cause', () => {
	it('a single attempt (Max Retries 0) does not claim that the node waited and tried again', async () => {
		emulator().inject({ kind: 'serverError', status: 503, retryAfter: 0 });
		const error = failed(await runNhn({ maxRetries: 0 }));
		expect(error.message).not.toMatch(/attempts/);
		expect(error.description).not.toMatch(/waited|already|retries such answers/);
		expect(error.description).toMatch(/did not try again, as Max Retries is 0/);
		expect(nhnCalls(emulator())).toHaveLength(1);
	});

	it('the throttling answer (4000006) after its retries says how often and how long', async () => {
		emulator().inject({ kind: 'throttle', maxConcurrent: 0, retryAfter: 0 });
		const error = failed(await runNhn({ maxRetries: 2 }));
		expect(error.message).toBe(`${nhnErrors[4000006].message} (gave up after 3 attempts)`);
		expect(error.description).toMatch(
			/The node sent the request 3 times and waited 0 s in all between the tries \(Max Retries: 2\)\.$/,
		);
		expect(error.description).not.toMatch(/already waited/);
		expect(nhnCalls(emulator())).toHaveLength(3);
	});

	it('a gateway answering 429 with a page is throttling, not a wrong Base URL', async () => {
		const gateway = await startLoopbackServer({
			status: 429,
			contentType: 'text/html',
			body: '<html>Too Many Requests</html>',
		});
		try {
			const error = failed(
				await runNode({
					parameters: { ...nhnGeneral, options: { maxRetries: 1 } },
					items: [fileItem(receiptKoPng)],
					credentials: [appKeyCredential(emulator(), { baseUrl: gateway.url })],
				}),
			);
			expect(error.message).toMatch(/cannot read \(HTTP 429: text\/html/);
			expect(error.description).not.toMatch(/Base URL/);
			expect(error.description).toMatch(/limiting how many requests it takes.*Items in Parallel/);
			expect(error.description).toMatch(/sent the request 2 times/);
			expect(gateway.requests).toHaveLength(2);
		} finally {
			await gateway.close();
		}
	});

	it('an absurd Retry-After (a date centuries ahead) is not printed in seconds', async () => {
		emulator().inject({
			kind: 'throttle',
			maxConcurrent: 0,
			retryAfter: 'Fri, 31 Dec 9999 23:59:59 GMT',
		});
		const error = failed(await runNhn({ timeout: 60_000 }));
		expect(error.description).toMatch(
			/the next try was due in more than a year, after the Timeout\.$/,
		);
		expect(error.description).not.toMatch(/due in \d{4,}/);
		expect(nhnCalls(emulator())).toHaveLength(1);
	});
});

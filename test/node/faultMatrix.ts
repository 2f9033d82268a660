/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INodeExecutionData } from 'n8n-workflow';
import type { Emulator, FaultRule, RequestLogEntry } from '../emulator';
import { receiptKoPng } from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import { clovaCredential } from './clovaSetup';
import {
	bufferItem,
	pairedItems,
	useEmulator,
	userAccessKeyCredential,
	type EmulatorHandle,
} from './setup';

/**
 * 1,000 items through the engine while the emulator injects every transient fault the issue lists, spread over the
 * run by arrival (each rule fires once, after its own number of matching requests). Retries answer at once
 * (`Retry-After: 0`) except connection resets, which wait the transport's own short backoff; slow answers are
 * latency switches of a few milliseconds: nothing here waits on a clock or races one.
 */
const ITEMS = 1000;
const PER_KIND = 6;
const STRIDE = Math.floor((ITEMS - 100) / PER_KIND); // requests between two firings of the same kind
// With Continue On Fail on: cut-off files, which the node refuses before any call (no paid call for them).
const BROKEN = new Set([17, 333, 334, 998]);

// 1,000 items take some 10-30 s on this 2-core machine, more when it is shared: a generous bound, not a timing.
jest.setTimeout(300_000);

let emulator: EmulatorHandle;

export type Provider = 'nhn' | 'clova';
type Transient = FaultRule;

const transientFaults: Record<Provider, Transient[]> = {
	nhn: [
		{ kind: 'serverError', status: 500, retryAfter: 0 },
		{ kind: 'serverError', status: 502, retryAfter: 0 },
		{ kind: 'serverError', status: 503, retryAfter: 0 },
		{ kind: 'apiError', nhnResultCode: 4000006, retryAfter: 0 },
		{ kind: 'html502', retryAfter: 0 },
		{ kind: 'malformedJson', retryAfter: 0 },
		{ kind: 'connectionReset' },
		{ kind: 'tokenExpiry' },
	],
	clova: [
		{ kind: 'serverError', clovaCode: '0500', retryAfter: 0 },
		{ kind: 'serverError', clovaCode: '0501', retryAfter: 0 },
		{ kind: 'apiError', clovaCode: '0025', retryAfter: 0 },
		{ kind: 'html502', retryAfter: 0 },
		{ kind: 'malformedJson', retryAfter: 0 },
		{ kind: 'connectionReset' },
	],
};

function injectFaults(on: Emulator, provider: Provider): void {
	const faults: Transient[] = [...transientFaults[provider], { kind: 'latency', ms: 3 }];
	const gap = Math.floor(STRIDE / faults.length);
	faults.forEach((fault, kindIndex) => {
		for (let n = 0; n < PER_KIND; n++) {
			on.inject({
				...fault,
				times: 1,
				after: 11 + kindIndex * gap + n * STRIDE,
				match: { provider },
			} as FaultRule);
		}
	});
}

const png = readFileSync(receiptKoPng.path);
const broken = Buffer.concat([png.subarray(0, 16), randomBytes(48)]);

function inputs(withBroken: boolean): HarnessItem[] {
	return Array.from({ length: ITEMS }, (_, index) =>
		withBroken && BROKEN.has(index)
			? bufferItem(broken, `broken-${index}.png`, 'image/png')
			: bufferItem(png, `receipt-${index}.png`, 'image/png'),
	);
}

const parameters: Record<Provider, Record<string, string>> = {
	nhn: {
		resource: 'nhnGeneralOcr',
		operation: 'recognizeText',
		authentication: 'userAccessKey',
		output: 'document',
	},
	clova: { resource: 'clovaOcr', operation: 'recognizeText', output: 'document' },
};

/** A call that the service answered with a recognition result: what it charges for. */
function paid(entry: RequestLogEntry): boolean {
	if (entry.status !== 200 || entry.fault?.includes('malformedJson')) return false;
	return entry.provider === 'clova' || entry.resultCode === 0;
}

interface Counts {
	itemsIn: number;
	itemsOut: number;
	succeeded: number;
	errorItems: number;
	calls: number;
	retriedCalls: number;
	faultsInjected: number;
	paidCallsPerItem: number;
	tokensIssued: number;
	lost: number;
}

function count(
	provider: Provider,
	output: INodeExecutionData[],
	log: RequestLogEntry[],
	tokensIssued: number,
	itemsSent: number,
): Counts {
	const calls = log.filter((entry) => entry.provider === provider);
	const errorItems = output.filter((item) => item.json.error !== undefined).length;
	const pairs = new Set(pairedItems(output));
	const succeeded = output.length - errorItems;
	return {
		itemsIn: ITEMS,
		itemsOut: output.length,
		succeeded,
		errorItems,
		calls: calls.length,
		retriedCalls: calls.length - itemsSent,
		faultsInjected: calls.filter((entry) => entry.fault && entry.fault !== 'latency').length,
		paidCallsPerItem: Math.round((calls.filter(paid).length / succeeded) * 1000) / 1000,
		tokensIssued,
		lost: Array.from({ length: ITEMS }, (_, index) => index).filter((index) => !pairs.has(index))
			.length,
	};
}

/** Registers the matrix's two runs (Continue On Fail on and off) for one provider. */
export function faultMatrix(provider: Provider): void {
	emulator = useEmulator();
	describe(`fault matrix: ${provider}, 1,000 items, every transient fault`, () => {
		const credentials = () =>
			provider === 'nhn' ? [userAccessKeyCredential(emulator())] : [clovaCredential(emulator())];

		it.each([
			['on', true],
			['off', false],
		])(
			'Continue On Fail %s: nothing lost, every transiently failed item recovered',
			async (_, continueOnFail) => {
				injectFaults(emulator(), provider);
				const tokensBefore = emulator().tokens.issuedCount();
				const run = await runNode({
					parameters: parameters[provider],
					items: inputs(continueOnFail),
					continueOnFail,
					credentials: credentials(),
				});
				if (run.error) throw new Error(`The run failed: ${run.error.message}`);
				const log = emulator().log;
				const counts = count(
					provider,
					run.items,
					log,
					emulator().tokens.issuedCount() - tokensBefore,
					ITEMS - (continueOnFail ? BROKEN.size : 0),
				);
				console.log(
					`fault matrix ${provider}, Continue On Fail ${continueOnFail ? 'on' : 'off'}: ${JSON.stringify(counts)}`,
				);

				// One item out per item in, in input order: nothing lost, nothing mis-paired.
				expect(pairedItems(run.items)).toEqual(Array.from({ length: ITEMS }, (_, index) => index));
				expect(counts.lost).toBe(0);
				// Only the files the service refuses for good are error items; every other item succeeded.
				const errorAt = run.items.flatMap((item, index) => (item.json.error ? [index] : []));
				// An item that failed though it should not: its index and what it said, so a rare failure can be read.
				const unexpected = errorAt
					.filter((index) => !continueOnFail || !BROKEN.has(index))
					.map(
						(index) =>
							`${index}: ${run.items[index].json.error} (${run.items[index].json.description})`,
					);
				expect(unexpected).toEqual([]);
				expect(errorAt).toEqual(continueOnFail ? [...BROKEN] : []);
				expect(counts.succeeded).toBe(ITEMS - (continueOnFail ? BROKEN.size : 0));
				expect(log.filter((entry) => entry.fileName?.startsWith('broken-'))).toEqual([]);
				// Every fault was met (the matrix really ran) and each failed attempt was sent once more, no more.
				expect(counts.faultsInjected).toBeGreaterThanOrEqual(
					(transientFaults[provider].length - (provider === 'nhn' ? 1 : 0)) * PER_KIND,
				);
				const unfinished = log.filter(
					(entry) => entry.provider === provider && !paid(entry) && !isRefusedForGood(entry),
				).length;
				expect(counts.retriedCalls).toBe(unfinished);
				// The service was paid once per recognized item: no good item was sent twice.
				expect(counts.paidCallsPerItem).toBe(1);
				if (provider === 'nhn') {
					const expiries = log.filter((entry) => entry.fault?.includes('tokenExpiry')).length;
					expect(expiries).toBe(PER_KIND);
					expect(counts.tokensIssued).toBeGreaterThanOrEqual(1 + expiries);
				}
			},
		);
	});
}

/** The broken files' answers: NHN 4000002 (HTTP 200 envelope), CLOVA 0011. */
function isRefusedForGood(entry: RequestLogEntry): boolean {
	return entry.fileName?.startsWith('broken-') === true && !entry.fault;
}

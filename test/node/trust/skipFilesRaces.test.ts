/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { INodeExecutionData } from 'n8n-workflow';
import { businessRegistrationPng, creditCardPng, type FixtureFile } from '../../fixtures/catalog';
import {
	runWorkflow,
	runWorkflowsTogether,
	type HarnessWorkflow,
	type HarnessWorkflowRun,
} from '../../harness';
import { appKeyCredential, useEmulator } from '../setup';
import { skipFilesWorkflow } from './skipFilesWorkflow';

/**
 * Skip Files Already Read never loses a file: a file counts as read only once its output has been delivered (the
 * node returned it). The races of the review, replayed with the emulator's holds (a request waits until the test
 * releases it) and counts — no timing:
 * (a) the same file twice in one run, Items in Parallel 2, the first call fails: the second item reads the file;
 * (b) two executions at once against one deduplication store, the first fails after the second looked the file
 *     up: the second reads and delivers it (a second paid read rather than a lost file), and a later run skips it;
 * (c) the call succeeds but the run fails afterwards (Continue On Fail off, a later item fails): nothing is
 *     recorded, so the next run reads the file again.
 * Every file ends either delivered or read again; none is `skipped` without a delivered read.
 */
const emulator = useEmulator();
function workflow(
	files: FixtureFile[],
	settings: { continueOnFail?: boolean; id?: string; itemsInParallel?: number } = {},
): HarnessWorkflow {
	return skipFilesWorkflow(files, {
		id: settings.id,
		continueOnFail: settings.continueOnFail,
		parameters: {
			// Given as text, as an expression would: "true" means on.
			skipFilesAlreadyRead: '={{ "true" }}',
			options: { itemsInParallel: settings.itemsInParallel ?? 1, maxRetries: 0 },
		},
	});
}

const credentials = () => [{ ...appKeyCredential(emulator()), id: 'nhn', name: 'NHN' }];
const businessCalls = () => emulator().log.filter((entry) => entry.endpoint === 'business');
const held = () =>
	businessCalls().filter((entry) => entry.fault?.includes('hold') && !entry.status);

/** Lets the event loop run until `count` business calls are held by the emulator (a count, not a clock). */
async function untilHeld(count: number): Promise<void> {
	for (let turn = 0; held().length < count; turn++) {
		if (turn > 2000) throw new Error(`only ${held().length} of ${count} calls were held`);
		await new Promise((resolve) => setImmediate(resolve));
		if (turn % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

const kinds = (items: INodeExecutionData[]) =>
	items.map((item) =>
		item.json.error ? 'error' : item.json.skipped ? `skipped: ${String(item.json.reason)}` : 'read',
	);

async function once(saved: HarnessWorkflow): Promise<HarnessWorkflowRun> {
	emulator().clearLog();
	return await runWorkflow(saved, { credentials: credentials() });
}

describe('Skip Files Already Read never loses a file', () => {
	it('(a) the same file twice in one run, Items in Parallel 2, the first call fails: the second item reads it', async () => {
		const saved = workflow([businessRegistrationPng, businessRegistrationPng], {
			continueOnFail: true,
			itemsInParallel: 2,
		});
		emulator().clearLog();
		emulator().inject({ kind: 'hold', times: 1, match: { endpoint: 'business' } });
		emulator().inject({
			kind: 'apiError',
			nhnResultCode: 4000002,
			times: 1,
			match: { endpoint: 'business' },
		});
		const running = runWorkflow(saved, { credentials: credentials() });
		// The first item's call is held; the second item waits for it (same file in this run), it is not sent.
		await untilHeld(1);
		expect(businessCalls()).toHaveLength(1);
		expect(emulator().releaseStalled()).toBe(1);
		const run = await running;
		expect(run.error).toBeUndefined();
		expect(kinds(run.output('OCR'))).toEqual(['error', 'read']);
		expect(businessCalls()).toHaveLength(2);
		// Delivered by the second item: the next run skips the file (both items).
		const next = await once(saved);
		expect(kinds(next.output('OCR'))).toEqual(['skipped: alreadyRead', 'skipped: alreadyRead']);
		expect(businessCalls()).toEqual([]);
	});

	it('(a) and when the first call succeeds, the second item is skipped as read in this run', async () => {
		const saved = workflow([businessRegistrationPng, businessRegistrationPng], {
			itemsInParallel: 2,
		});
		const run = await once(saved);
		expect(kinds(run.output('OCR'))).toEqual(['read', 'skipped: sameFileInThisRun']);
		expect(businessCalls()).toHaveLength(1);
	});

	it.each([
		['Continue On Fail on', true],
		['Continue On Fail off', false],
	])(
		'(b) two executions at once, the first fails after the second looked the file up (%s): the second reads and delivers it',
		async (_name, continueOnFail) => {
			const id = `skip-races-b-${continueOnFail}`;
			const saved = workflow([businessRegistrationPng], { continueOnFail, id });
			emulator().clearLog();
			emulator().inject({ kind: 'hold', times: 2, match: { endpoint: 'business' } });
			emulator().inject({
				kind: 'apiError',
				nhnResultCode: 4000002,
				times: 1,
				match: { endpoint: 'business' },
			});
			const running = runWorkflowsTogether([saved, saved], { credentials: credentials() });
			// Both executions looked the file up and sent it: neither found it read, as neither has delivered it.
			await untilHeld(2);
			expect(emulator().releaseStalled()).toBe(2);
			const runs = await running;
			const outcomes = runs.map((run) => (run.error ? ['error'] : kinds(run.output('OCR'))));
			expect(outcomes.flat().sort()).toEqual(['error', 'read']);
			expect(businessCalls()).toHaveLength(2);
			// The file was delivered once: a later run skips it, no call.
			const next = await once(saved);
			expect(kinds(next.output('OCR'))).toEqual(['skipped: alreadyRead']);
			expect(businessCalls()).toEqual([]);
		},
	);

	it('(b) two executions at once that both succeed: both read (two paid calls, no lost file), then it is skipped', async () => {
		const saved = workflow([businessRegistrationPng], { id: 'skip-races-b-both' });
		emulator().clearLog();
		const runs = await runWorkflowsTogether([saved, saved], { credentials: credentials() });
		expect(runs.map((run) => kinds(run.output('OCR'))).flat()).toEqual(['read', 'read']);
		expect(businessCalls()).toHaveLength(2);
		expect(kinds((await once(saved)).output('OCR'))).toEqual(['skipped: alreadyRead']);
	});

	it('(c) the call succeeds but the run fails afterwards (a later item fails, Continue On Fail off): the next run reads the file again', async () => {
		const saved = workflow([businessRegistrationPng, creditCardPng]);
		emulator().clearLog();
		// The second item's call fails for good, after the first item's call succeeded.
		emulator().inject({
			kind: 'apiError',
			nhnResultCode: 4000002,
			after: 1,
			times: 1,
			match: { endpoint: 'business' },
		});
		const failedRun = await runWorkflow(saved, { credentials: credentials() });
		expect(failedRun.error).toBeDefined();
		expect(businessCalls().map((entry) => entry.resultCode)).toEqual([0, 4000002]);
		// Nothing was delivered, so nothing was recorded: both files are read again.
		const next = await once(saved);
		expect(next.error).toBeUndefined();
		expect(
			businessCalls()
				.map((entry) => entry.fileName)
				.sort(),
		).toEqual([businessRegistrationPng.name, creditCardPng.name].sort());
		expect(kinds(next.output('OCR'))).toEqual(['read', 'read']);
	});
});

// n8n 2.41.1 in queue mode, started by the test from packages the way an admin runs it on one host:
// PostgreSQL and Redis (Debian's), one main taking webhooks, two workers running the executions, the packed
// package installed into every instance's ~/.n8n/nodes, the API emulator as NHN Cloud OCR and CLOVA OCR.
// One deployment serves every scenario; each asserts on what the webhook answered and on the emulator's log.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { packPackage } from '../lib/n8n.mjs';
import { N8N_VERSION } from '../lib/paths.mjs';
import { startEmulator } from '../lib/tools.mjs';
import { postFiles, problemsOf } from './lib/client.mjs';
import { Deployment } from './lib/deployment.mjs';
import { waitFor } from './lib/processes.mjs';
import {
	ITEMS_IN_PARALLEL,
	QUEUE_WF,
	credentials,
	makeBatch,
	queueWorkflow,
} from './lib/workflows.mjs';

const WORKERS = 2;
const CONCURRENCY = 5;
const START_TIMEOUT = 600_000;
const SCENARIO_TIMEOUT = 420_000;
const REQUEST_TIMEOUT_MS = 240_000;
const TERMINAL = new Set(['success', 'error', 'crashed', 'canceled']);

const say = (line) => console.log(`queue: ${line}`);

describe(
	`n8n ${N8N_VERSION} queue mode: main + ${WORKERS} workers × concurrency ${CONCURRENCY}, PostgreSQL, Redis`,
	{ concurrency: false },
	() => {
		let emu;
		let deployment;
		let tokensAtStart = 0;
		let expiries = 0;

		before(
			async () => {
				emu = await startEmulator();
				deployment = new Deployment({ workers: WORKERS, concurrency: CONCURRENCY });
				try {
					await deployment.start({
						tarball: await packPackage(),
						credentials: credentials(emu),
						workflows: [queueWorkflow()],
						publish: [QUEUE_WF.id],
						log: say,
					});
				} catch (error) {
					throw new Error(
						`the deployment did not start: ${error.message}\n\n${deployment.describe()}`,
					);
				}
			},
			{ timeout: START_TIMEOUT },
		);

		after(async () => {
			await deployment?.stop();
			await emu?.close();
		});

		const post = (request) =>
			postFiles(deployment.webhookUrl(QUEUE_WF.path), request, { timeoutMs: REQUEST_TIMEOUT_MS });

		let phaseStart = 0;

		function failureReport(problems, outcomes) {
			const failed = outcomes.filter((o) => problemsOf(o).length);
			let stored;
			try {
				stored = deployment.failureMessages(QUEUE_WF.id, phaseStart);
			} catch (error) {
				stored = [`(could not read them: ${error.message})`];
			}
			return `${problems.length} problems (${failed.length} of ${outcomes.length} requests), first: ${problems.slice(0, 8).join('\n  ')}\nfailed executions stored: ${stored.join('\n  ') || 'nothing'}\n\n${deployment.describe()}`;
		}

		/** The OCR calls of the emulator log that answered with a result, counted per document SHA-256. */
		function answeredPerDocument(entries, documents) {
			const wanted = new Set(documents.map((doc) => doc.sha256));
			const counts = new Map();
			for (const entry of entries) {
				if (!['nhn', 'clova'].includes(entry.provider) || !wanted.has(entry.fileSha256)) continue;
				if (entry.closedByClient) continue;
				const ok =
					entry.provider === 'nhn'
						? entry.status === 200 && entry.resultCode === 0
						: entry.status === 200 && !entry.code;
				if (ok) counts.set(entry.fileSha256, (counts.get(entry.fileSha256) ?? 0) + 1);
			}
			return counts;
		}

		function assertEveryDocumentOnce(entries, documents, what) {
			const counts = answeredPerDocument(entries, documents);
			const wrong = documents.filter((doc) => counts.get(doc.sha256) !== 1);
			assert.equal(
				wrong.length,
				0,
				`${what}: ${wrong.length} of ${documents.length} documents were not answered exactly once by the emulator, e.g. ${wrong
					.slice(0, 5)
					.map((doc) => `${doc.fileName} ×${counts.get(doc.sha256) ?? 0}`)
					.join(', ')}`,
			);
		}

		/** Started-execution ids per worker, to diff before and after a phase. */
		const startedBy = () =>
			deployment.workers.map((worker) =>
				worker.proc ? new Set(worker.executions('started')) : new Set(),
			);

		function workerShare(before, afterSets) {
			return deployment.workers.map((worker, index) => ({
				name: worker.name,
				ids: [...afterSets[index]].filter((id) => !before[index].has(id)),
			}));
		}

		const lastExecutionId = () =>
			Math.max(0, ...deployment.executions(QUEUE_WF.id).map((e) => Number(e.id)));

		async function sendAll(requests) {
			phaseStart = lastExecutionId() + 1;
			return await Promise.all(requests.map((request) => post(request)));
		}

		it(
			'1. a webhook workflow on main: 40 requests × 5 documents, NHN and CLOVA mixed, run by the workers, every document once',
			async () => {
				// One small request first: it issues the User Access Key token (scenario 2 counts from here).
				const [warmUp] = makeBatch('q0', 1, 2);
				const beforeWarmUp = startedBy();
				const warm = await post(warmUp);
				assert.deepEqual(problemsOf(warm), [], failureReport(problemsOf(warm), [warm]));
				const warmWorker = workerShare(beforeWarmUp, startedBy()).find(
					(share) => share.ids.length,
				)?.name;
				tokensAtStart = emu.tokens.issuedCount();
				assert.equal(tokensAtStart, 1, 'the first NHN call issues one token');

				const requests = makeBatch('q1', 40, 5);
				const documents = requests.flatMap((request) => request.files);
				emu.clearLog();
				const before = startedBy();
				const outcomes = await sendAll(requests);
				const problems = outcomes.flatMap(problemsOf);
				assert.deepEqual(problems, [], failureReport(problems, outcomes));
				assertEveryDocumentOnce(emu.log, documents, 'scenario 1');

				// The database says how many executions the phase made and how they ended (final a moment after the answer).
				const phase = await waitFor(
					() => {
						const list = deployment
							.executions(QUEUE_WF.id)
							.filter((e) => Number(e.id) >= phaseStart);
						return list.length >= requests.length && list.every((e) => TERMINAL.has(e.status))
							? list
							: undefined;
					},
					{
						timeoutMs: 60_000,
						describe: () =>
							`the phase's executions are not all final: ${JSON.stringify(deployment.executions(QUEUE_WF.id).filter((e) => Number(e.id) >= phaseStart))}\n${deployment.describe()}`,
					},
				);
				assert.equal(phase.length, requests.length, 'every request is one execution');
				assert.deepEqual(
					phase.filter((e) => e.status !== 'success'),
					[],
					'every execution is stored as a success',
				);
				// Which worker ran which, from the workers' logs: reported (scenario 3 shows both full at once).
				const shares = workerShare(before, startedBy());
				say(
					`scenario 1: ${outcomes.length} requests, ${documents.length} documents (${documents.filter((d) => d.provider === 'nhn').length} NHN, ${documents.filter((d) => d.provider === 'clova').length} CLOVA) answered; ${phase.length} executions, all successful; started per worker: ${shares.map((s) => `${s.name} ${s.ids.length}`).join(', ')}`,
				);

				// The uploads went through queue mode's binary-data default: PostgreSQL's binary_data table.
				const [[stored]] = deployment.services.psql(
					`SELECT count(DISTINCT "fileName") FROM binary_data WHERE "fileName" LIKE 'q1-%'`,
				);
				say(`scenario 1: ${stored} uploaded files stored in the database binary-data mode`);
				assert.equal(
					Number(stored),
					documents.length,
					'every upload is stored in PostgreSQL (binary_data)',
				);

				// The token the warm-up's worker got served the other worker too: no new one in 200 documents.
				const nhnOk = emu.log.filter((e) => e.provider === 'nhn' && e.resultCode === 0).length;
				say(
					`scenario 1: tokens issued ${emu.tokens.issuedCount()} (the first by ${warmWorker}); ${nhnOk} NHN calls made with it by both workers`,
				);
				assert.equal(
					emu.tokens.issuedCount(),
					tokensAtStart,
					'both workers used the stored token; none issued another',
				);
			},
			{ timeout: SCENARIO_TIMEOUT },
		);

		it(
			'2. the User Access Key token expires mid-run: one renewal, not one per execution in flight',
			async () => {
				const requests = makeBatch('q2', 20, 5);
				const documents = requests.flatMap((request) => request.files);
				emu.clearLog();
				const issuedBefore = emu.tokens.issuedCount();
				// Every token NHN issued lapses on the 16th NHN call of the run; calls in flight with it then get 4010006.
				emu.inject({ kind: 'tokenExpiry', times: 1, after: 15, match: { provider: 'nhn' } });
				expiries++;
				const outcomes = await sendAll(requests);
				emu.clearFaults();
				const problems = outcomes.flatMap(problemsOf);
				assert.deepEqual(problems, [], failureReport(problems, outcomes));
				assertEveryDocumentOnce(emu.log, documents, 'scenario 2');

				const refused = emu.log.filter(
					(e) => e.provider === 'nhn' && e.resultCode === 4010006,
				).length;
				const renewals = emu.tokens.issuedCount() - issuedBefore;
				say(
					`scenario 2: ${documents.length} documents; 1 expiry; ${refused} NHN calls refused as an invalid token; ${renewals} tokens issued for it; ${emu.tokens.issuedCount()} issued in all (target: at most ${WORKERS} at start + 1 per expiry)`,
				);
				assert.ok(renewals >= 1, 'the expired token was renewed');
				assert.ok(
					emu.tokens.issuedCount() <= WORKERS + expiries,
					`${emu.tokens.issuedCount()} tokens issued for ${expiries} expiry: every execution in flight renewed on its own instead of re-reading the stored credential that another one had already renewed`,
				);
			},
			{ timeout: SCENARIO_TIMEOUT },
		);

		it(
			`4. CLOVA's concurrency limit (0025) below workers × concurrency × items in parallel (${WORKERS} × ${CONCURRENCY} × ${ITEMS_IN_PARALLEL}): every document succeeds`,
			async () => {
				const requests = makeBatch('q4', 20, 5);
				const documents = requests.flatMap((request) => request.files);
				emu.clearLog();
				// A sixth of the 30 calls the deployment can have in flight (workers × concurrency × items in parallel).
				const limit = 5;
				emu.inject({ kind: 'throttle', maxConcurrent: limit, match: { provider: 'clova' } });
				// The first `limit` CLOVA calls are held, so the service is at its limit until the next call is refused.
				emu.inject({ kind: 'hold', times: limit, match: { provider: 'clova' } });
				const pending = sendAll(requests);
				await waitFor(() => emu.log.some((e) => e.provider === 'clova' && e.code === '0025'), {
					timeoutMs: 120_000,
					describe: () =>
						`no CLOVA call was refused while ${limit} were held: ${emu.log.filter((e) => e.provider === 'clova').length} CLOVA calls\n${deployment.describe()}`,
				});
				const released = emu.releaseStalled();
				const outcomes = await pending;
				emu.clearFaults();
				assert.equal(released, limit, `${released} CLOVA calls were held, not ${limit}`);
				const problems = outcomes.flatMap(problemsOf);
				assert.deepEqual(problems, [], failureReport(problems, outcomes));
				assertEveryDocumentOnce(emu.log, documents, 'scenario 4');
				const clova = emu.log.filter((e) => e.provider === 'clova');
				const throttled = clova.filter((e) => e.code === '0025').length;
				say(
					`scenario 4: ${documents.filter((d) => d.provider === 'clova').length} CLOVA documents with at most ${limit} calls at once; ${throttled} of ${clova.length} CLOVA calls throttled (0025) and retried; all ${documents.length} documents succeeded`,
				);
			},
			{ timeout: SCENARIO_TIMEOUT },
		);

		const FULL = WORKERS * CONCURRENCY;
		const held = () => emu.log.filter((e) => e.fault?.includes('hold'));
		const heldNow = () => held().filter((e) => e.status === 0 && !e.closedByClient);
		const runningSince = (firstId) =>
			deployment
				.executions(QUEUE_WF.id)
				.filter((e) => Number(e.id) >= firstId && e.status === 'running');

		/**
		 * Sends `requests` (one NHN and one CLOVA document each) with every NHN call held. The NHN node runs first, so
		 * each execution stops at its one NHN call: once FULL calls are held and FULL executions are running, each
		 * worker runs CONCURRENCY of them. Then `stop(victim)`, and the held calls go on.
		 */
		async function runAndStop(requests, victim, stop) {
			const firstNew = lastExecutionId() + 1;
			emu.clearLog();
			emu.inject({ kind: 'hold', match: { provider: 'nhn' } });
			const pending = sendAll(requests);
			const inFlight = await waitFor(
				() => {
					const running = runningSince(firstNew);
					return heldNow().length === FULL && running.length === FULL ? running : undefined;
				},
				{
					timeoutMs: 120_000,
					describe: () =>
						`the workers never ran ${FULL} executions at once: ${heldNow().length} NHN calls held, ${runningSince(firstNew).length} executions running\n${deployment.describe()}`,
				},
			);
			const stopped = await stop(victim);
			emu.clearFaults();
			const released = emu.releaseStalled();
			const outcomes = await pending;
			// Every execution of the phase ends up in a final state; none stays "running" or goes missing.
			const executions = await waitFor(
				() => {
					const list = deployment.executions(QUEUE_WF.id).filter((e) => Number(e.id) >= firstNew);
					return list.length >= requests.length && list.every((e) => TERMINAL.has(e.status))
						? list
						: undefined;
				},
				{
					timeoutMs: 180_000,
					describe: () =>
						`executions of the phase not all final: ${JSON.stringify(deployment.executions(QUEUE_WF.id).filter((e) => Number(e.id) >= firstNew))}\n${deployment.describe()}`,
				},
			);
			const abandoned = held().filter((e) => e.closedByClient).length;
			return {
				inFlight: inFlight.map((e) => e.id),
				released,
				abandoned,
				stopped,
				outcomes,
				executions,
			};
		}

		it(
			'3. a worker killed with SIGKILL mid-run: every execution is finished by the other worker or recorded as failed, none disappears',
			async () => {
				const [victim, survivor] = deployment.workers;
				const requests = makeBatch('q3k', 16, 2);
				const { inFlight, released, abandoned, stopped, outcomes, executions } = await runAndStop(
					requests,
					victim,
					async (worker) => {
						worker.proc.killGroup('SIGKILL');
						const exit = await worker.proc.exit;
						// Its sockets closed with it: the emulator sees its held calls go before any is released.
						await waitFor(() => held().filter((e) => e.closedByClient).length >= CONCURRENCY, {
							timeoutMs: 60_000,
							describe: () =>
								`the killed worker's held calls are still open: ${JSON.stringify(held())}`,
						});
						return exit;
					},
				);
				assert.equal(
					stopped.signal,
					'SIGKILL',
					`${victim.name} was not killed: ${JSON.stringify(stopped)}`,
				);
				assert.equal(
					executions.length,
					requests.length,
					`${requests.length} requests made ${executions.length} executions`,
				);

				const answered = outcomes.filter((o) => problemsOf(o).length === 0);
				const status = (id) => executions.find((e) => e.id === id)?.status;
				const failed = executions.filter((e) => e.status !== 'success');
				say(
					`scenario 3 (SIGKILL): ${requests.length} requests; ${inFlight.length} executions running at the kill (${inFlight.map((id) => `#${id} → ${status(id)}`).join(', ')}), ${abandoned} of their ${released} held NHN calls cut off with ${victim.name}; ${failed.length} recorded as failed (${[...new Set(failed.map((e) => e.status))].join(', ') || 'none'}); ${answered.length} requests answered with every result, ${outcomes.length - answered.length} with an error (${[...new Set(outcomes.filter((o) => problemsOf(o).length).map((o) => o.status))].join(', ')})`,
				);
				assert.equal(released, FULL, `${released} NHN calls were held at the kill`);
				assert.equal(
					abandoned,
					CONCURRENCY,
					`${abandoned} held calls were cut off: the killed worker ran ${CONCURRENCY} executions`,
				);
				for (const id of inFlight) {
					assert.ok(
						// success: the survivor ran it again once the dead worker's lock on its job lapsed
						TERMINAL.has(status(id)),
						`execution #${id}, running when ${victim.name} was killed, is "${status(id)}"`,
					);
				}
				assert.ok(
					failed.length <= CONCURRENCY,
					`${failed.length} executions failed; only the ${CONCURRENCY} of the killed worker may: ${survivor.name}'s must succeed`,
				);
				// Each request whose execution succeeded got all its results, each document read once.
				assert.equal(
					answered.length,
					executions.filter((e) => e.status === 'success').length,
					'answered requests = successful executions',
				);
				assertEveryDocumentOnce(
					emu.log,
					answered.flatMap((o) => o.request.files),
					'scenario 3, requests that were answered',
				);

				// The killed worker comes back for the next scenario.
				await victim.start({ concurrency: CONCURRENCY });
			},
			{ timeout: SCENARIO_TIMEOUT },
		);

		it(
			'3. a worker stopped with SIGTERM mid-run finishes what it was running',
			async () => {
				const victim = deployment.workers[1];
				const requests = makeBatch('q3t', 12, 2);
				const { inFlight, released, abandoned, outcomes, executions } = await runAndStop(
					requests,
					victim,
					// SIGTERM to n8n itself, as `docker stop` or systemd's main-process stop sends it; the held calls go on
					// after it, so the worker drains with CONCURRENCY executions still to finish.
					async (worker) => process.kill(worker.proc.pid, 'SIGTERM'),
				);
				const exit = await waitFor(() => (victim.proc.running ? undefined : victim.proc.exitInfo), {
					timeoutMs: 120_000,
					describe: () => `${victim.name} did not exit after SIGTERM: ${victim.describe()}`,
				});
				say(
					`scenario 3 (SIGTERM): ${inFlight.length} executions running at SIGTERM (${CONCURRENCY} on ${victim.name}), ${released} held NHN calls released after it, ${abandoned} abandoned; ${victim.name} exited with code ${exit.code}; ${outcomes.filter((o) => problemsOf(o).length === 0).length} of ${requests.length} requests answered with every result`,
				);
				assert.equal(exit.code, 0, `${victim.name} exited with ${JSON.stringify(exit)}`);
				assert.equal(released, FULL, `${released} NHN calls were held at SIGTERM`);
				assert.equal(abandoned, 0, `${victim.name} went away from ${abandoned} calls it had made`);
				const problems = outcomes.flatMap(problemsOf);
				assert.deepEqual(problems, [], failureReport(problems, outcomes));
				assert.deepEqual(
					executions.filter((e) => e.status !== 'success'),
					[],
					'every execution succeeded',
				);
				assertEveryDocumentOnce(
					emu.log,
					requests.flatMap((r) => r.files),
					'scenario 3, SIGTERM',
				);
			},
			{ timeout: SCENARIO_TIMEOUT },
		);
	},
);

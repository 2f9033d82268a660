// `npm run bench` (through test/bench/queueWorkers.ts): wall time of 200 documents at 200 ms latency through the
// queue-mode deployment of the e2e suite, with one worker and with two. Timings only, never assertions; prints one
// line on stdout (progress on stderr). Needs the e2e n8n install (`npm run test:e2e` once) and a built dist/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packPackage } from '../lib/n8n.mjs';
import { N8N_BIN, ROOT } from '../lib/paths.mjs';
import { postFiles, problemsOf } from './lib/client.mjs';
import { Deployment } from './lib/deployment.mjs';
import {
	ITEMS_IN_PARALLEL,
	QUEUE_WF,
	credentials,
	makeBatch,
	queueWorkflow,
} from './lib/workflows.mjs';

const REQUESTS = 40;
const PER_REQUEST = 5;
const LATENCY_MS = 200;
const CONCURRENCY = 5;
const label = `Queue mode, ${REQUESTS * PER_REQUEST} documents at ${LATENCY_MS} ms latency (${REQUESTS} webhook requests × ${PER_REQUEST}, worker concurrency ${CONCURRENCY}, Items in Parallel ${ITEMS_IN_PARALLEL})`;

async function main() {
	if (!existsSync(N8N_BIN))
		return `${label}: skipped, n8n is not installed (run npm run test:e2e once)`;
	if (!existsSync(join(ROOT, 'dist', 'nodes', 'NhnClovaOcr', 'NhnClovaOcr.node.js')))
		return `${label}: skipped, dist/ is missing (npm run build)`;
	const { startEmulator } = await import('../lib/tools.mjs');
	const emu = await startEmulator({
		faults: [
			{ kind: 'latency', ms: LATENCY_MS, match: { provider: 'nhn' } },
			{ kind: 'latency', ms: LATENCY_MS, match: { provider: 'clova' } },
		],
	});
	const deployment = new Deployment({ name: 'queue-bench', workers: 2, concurrency: CONCURRENCY });
	try {
		await deployment.start({
			tarball: await packPackage(),
			credentials: credentials(emu),
			workflows: [queueWorkflow()],
			publish: [QUEUE_WF.id],
			log: (line) => console.error(`bench: ${line}`),
		});
		const url = deployment.webhookUrl(QUEUE_WF.path);
		const timed = async (tag) => {
			const start = performance.now();
			const outcomes = await Promise.all(
				makeBatch(tag, REQUESTS, PER_REQUEST).map((r) => postFiles(url, r)),
			);
			const seconds = (performance.now() - start) / 1000;
			const problems = outcomes.flatMap(problemsOf);
			if (problems.length)
				throw new Error(`${problems.length} problems, e.g. ${problems.slice(0, 3).join('; ')}`);
			return seconds;
		};
		await timed('bw'); // warm-up: token, task broker, connection pools
		const two = await timed('b2');
		await deployment.workers[1].proc.stop();
		const one = await timed('b1');
		return `${label}: 1 worker ${one.toFixed(1)} s, 2 workers ${two.toFixed(1)} s`;
	} catch (error) {
		throw new Error(`${error.message}\n\n${deployment.describe()}`);
	} finally {
		await deployment.stop();
		await emu.close();
	}
}

main().then(
	(line) => {
		console.log(line);
		process.exit(0);
	},
	(error) => {
		console.error(`bench: queue mode failed: ${error.stack ?? error}`);
		process.exit(1);
	},
);

// n8n 2.41.1 in queue mode on one host: PostgreSQL + Redis (services.mjs), one main (`n8n start`,
// EXECUTIONS_MODE=queue) that takes the webhooks, and workers (`n8n worker`) that run the executions. Each
// instance has its own user folder with the packed package installed into ~/.n8n/nodes, as on separate hosts.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { N8nInstance, freePort, logMessages } from '../../lib/n8n.mjs';
import { N8N_BIN, WORK_DIR } from '../../lib/paths.mjs';
import { Proc, waitFor } from './processes.mjs';
import { Services } from './services.mjs';

const READY_TIMEOUT_MS = 240_000;

/** Bull's lock on a running job: short, so that a killed worker's jobs are noticed in seconds, not minutes. */
export const QUEUE_TIMINGS = {
	QUEUE_WORKER_LOCK_DURATION: '10000',
	QUEUE_WORKER_LOCK_RENEW_TIME: '2500',
	QUEUE_WORKER_STALLED_INTERVAL: '5000',
};

async function healthy(url) {
	try {
		return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;
	} catch {
		return false;
	}
}

/** One n8n process of the deployment (main or worker). */
class N8nProcess {
	constructor(deployment, name, role) {
		this.deployment = deployment;
		this.name = name;
		this.role = role;
		this.starts = 0;
	}

	async prepare(tarball, env) {
		this.brokerPort = await freePort();
		this.httpPort = await freePort();
		this.instance = new N8nInstance(`${this.deployment.name}-${this.name}`, {
			env: { ...env, N8N_RUNNERS_BROKER_PORT: String(this.brokerPort) },
		});
		// Manual install into this instance's ~/.n8n/nodes, as the README tells users to do on every instance.
		await this.instance.setup(tarball);
	}

	get healthUrl() {
		return `http://127.0.0.1:${this.httpPort}/healthz/readiness`;
	}

	async start({ concurrency } = {}) {
		this.starts++;
		const logFile = join(this.deployment.logDir, `${this.name}-${this.starts}.log`);
		const args = this.role === 'main' ? ['start'] : ['worker', `--concurrency=${concurrency ?? 5}`];
		const env =
			this.role === 'main'
				? {
						N8N_PORT: String(this.httpPort),
						N8N_HOST: '127.0.0.1',
						N8N_LISTEN_ADDRESS: '127.0.0.1',
						N8N_PROTOCOL: 'http',
						N8N_EDITOR_BASE_URL: `http://127.0.0.1:${this.httpPort}`,
						WEBHOOK_URL: `http://127.0.0.1:${this.httpPort}/`,
						N8N_SECURE_COOKIE: 'false',
						N8N_AI_ENABLED: 'false',
						N8N_PUBLIC_API_DISABLED: 'true',
						// 2.41 activates published workflows in the background (publication outbox), silently and
						// after start-up; the synchronous activation logs "Activated workflow" before the editor is up.
						N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'false',
					}
				: {
						QUEUE_HEALTH_CHECK_ACTIVE: 'true',
						QUEUE_HEALTH_CHECK_PORT: String(this.httpPort),
						N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					};
		this.proc = new Proc(`n8n ${this.name}`, process.execPath, [N8N_BIN, ...args], {
			env: this.instance.env(env),
			cwd: this.instance.userFolder,
			logFile,
		});
		this.logOffset = 0;
		await waitFor(
			async () =>
				!this.proc.running ||
				((await healthy(this.healthUrl)) &&
					// main: after activating the published workflows; worker: once it takes jobs
					(this.role === 'main' ? /Editor is now accessible/ : /n8n worker is now ready/).test(
						this.proc.log(),
					)),
			{ timeoutMs: READY_TIMEOUT_MS, describe: () => `${this.name} not ready: ${this.describe()}` },
		);
		if (!this.proc.running)
			throw new Error(`${this.name} stopped while starting: ${this.describe()}`);
		return this;
	}

	describe() {
		return this.proc ? this.proc.describe() : `${this.name} never started`;
	}

	/** Execution ids this process logged as started / finished ("Worker started execution 12 (job 12)"). */
	executions(kind = 'started') {
		const ids = new Set();
		const pattern = new RegExp(`Worker ${kind} execution (\\d+)`, 'g');
		for (const [, id] of this.proc.log().matchAll(pattern)) ids.add(id);
		return ids;
	}
}

export class Deployment {
	/** `name` prefixes the user folders and the log folder under test/e2e/.work/. */
	constructor({ name = 'queue', workers = 2, concurrency = 5 } = {}) {
		this.name = name;
		this.logDir = join(WORK_DIR, `${name}-logs`);
		// Each run has a new database, whose execution ids start at 1 again: an earlier run's lines would match them.
		rmSync(this.logDir, { recursive: true, force: true });
		mkdirSync(this.logDir, { recursive: true });
		this.concurrency = concurrency;
		this.services = new Services({ logDir: this.logDir });
		this.main = new N8nProcess(this, 'main', 'main');
		this.workers = Array.from(
			{ length: workers },
			(_, index) => new N8nProcess(this, `worker${index + 1}`, 'worker'),
		);
	}

	get all() {
		return [this.main, ...this.workers];
	}

	/** Services up, package installed on every instance, credentials and workflows imported and published. */
	async start({ tarball, credentials, workflows, publish = [], log = () => {} }) {
		const started = Date.now();
		await this.services.start(log);
		log(`${this.services.versions.postgres}; ${this.services.versions.redis}`);
		const env = {
			...this.services.n8nEnv(),
			EXECUTIONS_MODE: 'queue',
			...QUEUE_TIMINGS,
			// The binary-data mode stays unset: queue mode's default (database) is what is under test.
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_FORMAT: 'text',
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '60',
		};
		await Promise.all(this.all.map((proc) => proc.prepare(tarball, env)));
		// The first command against the empty database runs n8n's migrations.
		for (const [what, run] of [
			['import:credentials', () => this.main.instance.importCredentials(credentials)],
			['import:workflow', () => this.main.instance.importWorkflows(workflows)],
		]) {
			const result = await run();
			log(
				`n8n ${what}: ${logMessages(result.stdout + result.stderr)
					.split('\n')
					.filter((l) => /Successfully/.test(l))
					.join('; ')}`,
			);
		}
		// Published (2.x's "active") before main starts: main registers the webhooks of published workflows.
		for (const id of publish) await this.main.instance.cliOk(['publish:workflow', `--id=${id}`]);
		log(`database ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
		// Main first, then the workers (the database is migrated and the webhook registered by then).
		await this.main.start();
		const mainLog = this.main.proc.log();
		const inactive = publish.filter(
			(id) => !mainLog.includes(`Activated workflow`) || !mainLog.includes(`(ID: ${id})`),
		);
		if (inactive.length)
			throw new Error(
				`main did not activate workflow ${inactive.join(', ')}: ${this.main.describe()}`,
			);
		await Promise.all(
			this.workers.map((worker) => worker.start({ concurrency: this.concurrency })),
		);
		log(
			`main on ${this.main.httpPort}, ${this.workers.length} workers × concurrency ${this.concurrency}, up ${((Date.now() - started) / 1000).toFixed(0)} s after the start`,
		);
		return this;
	}

	webhookUrl(path) {
		return `http://127.0.0.1:${this.main.httpPort}/webhook/${path}`;
	}

	/** Every process's state and the end of its output, for failure messages. */
	describe() {
		return [
			...this.all.map((proc) => proc.describe()),
			this.services.postgres?.describe(),
			this.services.redis?.describe(),
		]
			.filter(Boolean)
			.join('\n\n');
	}

	/** Executions as PostgreSQL has them: [{ id, status, finished, workflowId }]. */
	executions(workflowId) {
		return this.services
			.psql(
				`SELECT id, status, finished, "workflowId" FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id`,
			)
			.map(([id, status, finished, wf]) => ({
				id,
				status,
				finished: finished === 't',
				workflowId: wf,
			}));
	}

	/** What failed executions stored as their error: the strings of their run data that name a service or an error. */
	failureMessages(workflowId, sinceId = 0) {
		return this.services
			.psql(
				`SELECT d."executionId", substring(d.data from '"([^"]*(CLOVA|NHN|rror|failed|timed out)[^"]*)"') FROM execution_data d JOIN execution_entity e ON e.id = d."executionId" WHERE e."workflowId" = '${workflowId}' AND e.status <> 'success' AND e.id >= ${Number(sinceId)} ORDER BY 1 LIMIT 10`,
			)
			.map(([id, message]) => `#${id}: ${message ?? '(no message stored)'}`);
	}

	async stop() {
		await Promise.all(this.all.map((proc) => proc.proc?.stop(20_000)));
		await this.services.stop();
	}
}

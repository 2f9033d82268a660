// Driving the real, pinned n8n (test/e2e/n8n/) from the outside: its own CLI and its own server process.
import { spawn, execFile } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIXTURE_FILES, N8N_BIN, PACKAGE_NAME, ROOT, WORK_DIR } from './paths.mjs';

const execFileAsync = promisify(execFile);

export const ENCRYPTION_KEY = 'e2e-nhn-clova-ocr-encryption-key-0001';

/** Runs a process to completion; never throws on a non-zero exit (callers assert on it). */
export function run(command, args, { env = process.env, cwd = ROOT, timeoutMs = 180_000 } = {}) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, timedOut, timeoutMs, stdout, stderr });
		});
	});
}

/** How a process of `run` ended, in words: an exit code, or the signal that ended it and who sent it. */
export function describeEnd(result) {
	if (result.timedOut)
		return `was killed (SIGKILL) by the test after its ${result.timeoutMs / 1000} s time limit`;
	if (result.signal)
		return `was ended by signal ${result.signal} (not by the test: the system, e.g. out of memory, or another process)`;
	return `exited with code ${result.code}`;
}

/** The last lines of a process's output, for failure messages. */
export function tail(text, lines = 40) {
	const all = text.trimEnd().split('\n');
	return (all.length > lines ? [`… (${all.length - lines} earlier lines)`] : [])
		.concat(all.slice(-lines))
		.join('\n');
}

/** A failure message for a run of the n8n CLI: what ran, how it ended, the end of its stderr and its log. */
export function describeFailure(what, result) {
	return [
		`${what} ${describeEnd(result)}`,
		'--- stderr (end)',
		tail(result.stderr) || '(empty)',
		'--- n8n log (end)',
		tail(logMessages(result.stdout)) || '(empty)',
	].join('\n');
}

/**
 * The package as a user gets it: `npm pack` of the built repository (dist/ must be fresh: `npm run build`).
 * run.sh packs once and passes the tarball in E2E_PACKAGE_TARBALL.
 */
export async function packPackage() {
	const given = process.env.E2E_PACKAGE_TARBALL;
	if (given && existsSync(given)) return given;
	const dest = join(WORK_DIR, 'pack');
	await mkdir(dest, { recursive: true });
	const { stdout } = await execFileAsync(
		'npm',
		['pack', '--json', '--pack-destination', dest, '--loglevel=error'],
		{
			cwd: ROOT,
			maxBuffer: 16 * 1024 * 1024,
		},
	);
	const [info] = JSON.parse(stdout);
	return join(dest, info.filename);
}

/**
 * Installs the tarball into `<userFolder>/.n8n/nodes` the way n8n's own installer lays out a community package:
 * `nodes/package.json` named `installed-nodes`, the package in `nodes/node_modules/<name>`, its peer
 * dependencies left out (n8n strips peerDependencies before installing), no install scripts.
 */
export async function installPackage(userFolder, tarball) {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	await mkdir(nodesDir, { recursive: true });
	// A second package joins the first, as a second install from n8n's settings does.
	if (!existsSync(join(nodesDir, 'package.json')))
		await writeFile(
			join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
		);
	const result = await run(
		'npm',
		[
			'install',
			tarball,
			'--omit=peer',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
		],
		{ cwd: nodesDir, timeoutMs: 120_000 },
	);
	if (result.code !== 0)
		throw new Error(
			`npm install of ${tarball} ${describeEnd(result)}:\n${result.stdout}\n${result.stderr}`,
		);
	return {
		nodesDir,
		packageDir: join(nodesDir, 'node_modules', PACKAGE_NAME),
		installed: await readdir(join(nodesDir, 'node_modules')),
	};
}

export async function freePort() {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Strips the caller's N8N_* / DB_* settings so that only what a test sets reaches n8n. */
function cleanEnv() {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|GENERIC_TIMEZONE)/.test(key)) continue;
		env[key] = value;
	}
	return env;
}

/** One n8n installation state: its own user folder (database, settings, installed community package). */
export class N8nInstance {
	/**
	 * @param {string} name folder name under test/e2e/.work/
	 * @param {{ binaryDataMode?: string, env?: Record<string,string> }} options
	 */
	constructor(name, { binaryDataMode, env = {} } = {}) {
		this.name = name;
		this.userFolder = join(WORK_DIR, name);
		this.binaryDataMode = binaryDataMode;
		this.extraEnv = env;
	}

	env(more = {}) {
		return {
			...cleanEnv(),
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			// (N8N_RUNNERS_ENABLED is gone in 2.x: n8n says "Remove this environment variable"; runners always run.)
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			// 2.41 warns that this default will become false; the package is not a verified one.
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_REINSTALL_MISSING_PACKAGES: 'false',
			// n8n 2.x lets file nodes read only below N8N_RESTRICT_FILE_ACCESS_TO (default ~/.n8n-files):
			// an admin allows the folder the workflows read from.
			N8N_RESTRICT_FILE_ACCESS_TO: FIXTURE_FILES,
			N8N_BLOCK_FILE_ACCESS_TO_N8N_FILES: 'true',
			// `n8n execute` prints its result through the logger at level info; JSON lines keep it parseable.
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			N8N_LOG_FORMAT: 'json',
			DB_TYPE: 'sqlite',
			...(this.binaryDataMode ? { N8N_DEFAULT_BINARY_DATA_MODE: this.binaryDataMode } : {}),
			...this.extraEnv,
			...more,
		};
	}

	/** A fresh user folder with the packed package installed into it. */
	async setup(tarball) {
		await rm(this.userFolder, { recursive: true, force: true });
		await mkdir(this.userFolder, { recursive: true });
		this.install = await installPackage(this.userFolder, tarball);
		return this.install;
	}

	async cli(args, { timeoutMs = 180_000, env = {} } = {}) {
		return await run(process.execPath, [N8N_BIN, ...args], {
			env: this.env(env),
			cwd: this.userFolder,
			timeoutMs,
		});
	}

	async cliOk(args, options) {
		const result = await this.cli(args, options);
		if (result.code !== 0) throw new Error(describeFailure(`n8n ${args.join(' ')}`, result));
		return result;
	}

	async importCredentials(credentials) {
		const file = join(this.userFolder, `credentials-${Date.now()}.json`);
		await writeFile(file, JSON.stringify(credentials, null, 2));
		return await this.cliOk(['import:credentials', `--input=${file}`]);
	}

	async importWorkflows(workflows) {
		const file = join(this.userFolder, `workflows-${Date.now()}.json`);
		await writeFile(file, JSON.stringify(workflows, null, 2));
		return await this.cliOk(['import:workflow', `--input=${file}`]);
	}

	/** `n8n export:credentials --decrypted` — what n8n stored, e.g. the token its credential handling saved. */
	async exportCredentials() {
		const file = join(this.userFolder, `export-credentials-${Date.now()}.json`);
		await this.cliOk(['export:credentials', '--all', '--decrypted', `--output=${file}`]);
		return JSON.parse(await readFile(file, 'utf8'));
	}

	/**
	 * `n8n execute --id=<id> --rawOutput`; returns { code, run, stdout, stderr } where `run` is the IRun JSON
	 * n8n printed (null when it printed none).
	 */
	async execute(workflowId, options) {
		const result = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], options);
		return { ...result, run: parseRunJson(result.stdout) };
	}
}

/**
 * n8n logs JSON lines (N8N_LOG_FORMAT=json); `execute` logs the run (IRun) as the message of one of them.
 * Returns the last logged message that parses as a run, or null.
 */
export function parseRunJson(stdout) {
	let found = null;
	for (const line of stdout.split('\n')) {
		if (!line.startsWith('{')) continue;
		let entry;
		try {
			entry = JSON.parse(line);
		} catch {
			continue;
		}
		if (typeof entry?.message !== 'string' || !entry.message.startsWith('{')) continue;
		try {
			const message = JSON.parse(entry.message);
			if (message?.data?.resultData) found = message;
		} catch {
			// a log message that only looks like JSON
		}
	}
	return found;
}

/** The log messages n8n printed (JSON lines), for failure reports. */
export function logMessages(output) {
	const messages = [];
	for (const line of output.split('\n')) {
		try {
			const entry = JSON.parse(line);
			if (typeof entry?.message === 'string' && !entry.message.startsWith('{'))
				messages.push(`${entry.level}: ${entry.message}`);
		} catch {
			if (line.trim()) messages.push(line);
		}
	}
	return messages.join('\n');
}

/** The items a node produced on its first output in the run (json + binary), or undefined when it did not run. */
export function nodeItems(runJson, nodeName, { output = 0, runIndex = 0 } = {}) {
	const runs = runJson?.data?.resultData?.runData?.[nodeName];
	if (!runs) return undefined;
	return runs[runIndex]?.data?.main?.[output] ?? [];
}

export function nodeError(runJson, nodeName) {
	return runJson?.data?.resultData?.runData?.[nodeName]?.[0]?.error;
}

/** A process n8n server (`n8n start`) on loopback. */
export class N8nServer {
	constructor(instance, { port }) {
		this.instance = instance;
		this.port = port;
		this.url = `http://127.0.0.1:${port}`;
		this.output = '';
	}

	async start({ timeoutMs = 120_000 } = {}) {
		const env = this.instance.env({
			N8N_PORT: String(this.port),
			N8N_HOST: '127.0.0.1',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			N8N_EDITOR_BASE_URL: this.url,
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'info',
			// The editor must not reach out for anything: no telemetry, templates, version checks, AI, banners.
			N8N_AI_ENABLED: 'false',
			N8N_PUBLIC_API_DISABLED: 'true',
		});
		this.child = spawn(process.execPath, [N8N_BIN, 'start'], {
			env,
			cwd: this.instance.userFolder,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.logFile = join(this.instance.userFolder, 'n8n-server.log');
		const log = createWriteStream(this.logFile);
		for (const stream of [this.child.stdout, this.child.stderr]) {
			stream.on('data', (chunk) => {
				this.output += chunk;
				log.write(chunk);
			});
		}
		this.child.once('exit', () => log.end());
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (this.child.exitCode !== null)
				throw new Error(`n8n start exited ${this.child.exitCode}:\n${this.output}`);
			try {
				const response = await fetch(`${this.url}/healthz/readiness`);
				if (response.ok) return this;
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error(`n8n did not become ready in ${timeoutMs} ms:\n${this.output}`);
	}

	async stop() {
		if (!this.child || this.child.exitCode !== null) return;
		const exited = new Promise((resolve) => this.child.once('exit', resolve));
		this.child.kill('SIGTERM');
		const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
	}
}

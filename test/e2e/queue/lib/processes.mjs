// Long-running processes of the deployment (PostgreSQL, Redis, n8n main and workers): each in its own process
// group, output to a file (never a pipe: n8n spins at 100 % CPU when the reader of its stdout goes away), and
// every group still alive killed when the test process ends, however it ends.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

const alive = new Set();
const cleanups = new Set();

/** Runs `fn` (synchronous) when the test process exits, unless it was run and removed before. */
export function onExit(fn) {
	cleanups.add(fn);
	return () => cleanups.delete(fn);
}

function killAll() {
	for (const proc of alive) proc.killGroup('SIGKILL');
	for (const fn of cleanups) {
		try {
			fn();
		} catch {
			// best effort on the way out
		}
	}
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(signal, () => {
		killAll();
		process.exit(128 + 1);
	});
}

export class Proc {
	/**
	 * @param {string} name shown in failure messages
	 * @param {string} command
	 * @param {string[]} args
	 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, logFile: string, uid?: number, gid?: number }} options
	 */
	constructor(name, command, args, { env = process.env, cwd, logFile, uid, gid }) {
		this.name = name;
		this.logFile = logFile;
		const fd = openSync(logFile, 'a');
		this.child = spawn(command, args, {
			env,
			cwd,
			uid,
			gid,
			detached: true, // its own process group: killGroup reaches its children (task runners, backends) too
			stdio: ['ignore', fd, fd],
		});
		closeSync(fd);
		this.exit = new Promise((resolve) => {
			this.child.once('exit', (code, signal) => {
				alive.delete(this);
				this.exitInfo = { code, signal };
				resolve(this.exitInfo);
			});
			this.child.once('error', (error) => {
				alive.delete(this);
				this.exitInfo = { code: null, signal: null, error };
				resolve(this.exitInfo);
			});
		});
		alive.add(this);
	}

	get pid() {
		return this.child.pid;
	}

	get running() {
		return this.exitInfo === undefined;
	}

	log() {
		try {
			return readFileSync(this.logFile, 'utf8');
		} catch {
			return '';
		}
	}

	/** The end of its output, for failure messages. */
	tail(chars = 3000) {
		const text = this.log();
		return text.length > chars ? `…${text.slice(-chars)}` : text;
	}

	describe() {
		const state = this.exitInfo
			? `exited (code ${this.exitInfo.code}, signal ${this.exitInfo.signal}${this.exitInfo.error ? `, ${this.exitInfo.error.message}` : ''})`
			: `running (pid ${this.pid})`;
		return `${this.name} ${state}; output ${this.logFile}:\n${this.tail()}`;
	}

	killGroup(signal) {
		if (!this.running || !this.pid) return;
		try {
			process.kill(-this.pid, signal);
		} catch {
			// already gone
		}
	}

	/** SIGTERM to the group, SIGKILL after graceMs; resolves with how it exited. */
	async stop(graceMs = 20_000) {
		if (!this.running) return this.exitInfo;
		this.killGroup('SIGTERM');
		const timer = setTimeout(() => this.killGroup('SIGKILL'), graceMs);
		const info = await this.exit;
		clearTimeout(timer);
		// Whatever it left in its group (a task runner, a backend) goes too.
		try {
			process.kill(-this.pid, 'SIGKILL');
		} catch {
			// nothing left
		}
		return info;
	}
}

/** Polls `check` (sync or async) until it returns a truthy value; throws `describe()` after timeoutMs. */
export async function waitFor(check, { timeoutMs, intervalMs = 250, describe }) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline)
			throw new Error(`timed out after ${timeoutMs / 1000} s: ${await describe()}`);
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}

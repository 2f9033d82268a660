// PostgreSQL and Redis from Debian's packages, the way an admin runs them on one host: installed with apt-get
// when missing, a throw-away cluster and Redis directory in a temporary folder, loopback only, free ports.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../lib/n8n.mjs';
import { Proc, onExit, waitFor } from './processes.mjs';

const PG_ROOT = '/usr/lib/postgresql';

function postgresBinDir() {
	if (!existsSync(PG_ROOT)) return undefined;
	const versions = readdirSync(PG_ROOT)
		.filter((name) => existsSync(join(PG_ROOT, name, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(PG_ROOT, versions[0], 'bin') : undefined;
}

function redisServer() {
	return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path));
}

function sh(command, args, what) {
	const result = spawnSync(command, args, {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		encoding: 'utf8',
		timeout: 600_000,
	});
	if (result.status !== 0) {
		throw new Error(
			`${what} failed (${command} ${args.join(' ')}: exit ${result.status}, signal ${result.signal})\n${result.stdout?.slice(-2000)}\n${result.stderr?.slice(-2000)}`,
		);
	}
	return result.stdout;
}

/** apt-get install postgresql / redis-server when they are missing (we are root on these machines). */
export function ensureDebianPackages(log = () => {}) {
	const missing = [];
	if (!postgresBinDir()) missing.push('postgresql');
	if (!redisServer()) missing.push('redis-server');
	if (missing.length) {
		log(`installing Debian's ${missing.join(', ')} with apt-get`);
		sh('apt-get', ['update', '-qq'], 'apt-get update');
		sh(
			'apt-get',
			['install', '-y', '-qq', '--no-install-recommends', ...missing],
			`apt-get install ${missing.join(' ')}`,
		);
	}
	const bin = postgresBinDir();
	const redis = redisServer();
	if (!bin || !redis) throw new Error(`PostgreSQL (${bin}) or Redis (${redis}) still missing`);
	const postgresVersion = execFileSync(join(bin, 'postgres'), ['--version'], {
		encoding: 'utf8',
	}).trim();
	const redisVersion = execFileSync(redis, ['--version'], { encoding: 'utf8' }).trim();
	return { bin, redis, postgresVersion, redisVersion, installed: missing };
}

/** PostgreSQL refuses to run as root: the cluster belongs to Debian's postgres user (or nobody). */
function serviceUser() {
	for (const name of ['postgres', 'nobody']) {
		try {
			const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }));
			const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }));
			return { name, uid, gid };
		} catch {
			// no such user
		}
	}
	throw new Error('neither a "postgres" nor a "nobody" user exists to run PostgreSQL as');
}

export class Services {
	constructor({ logDir }) {
		this.logDir = logDir;
		this.dir = mkdtempSync(join(tmpdir(), 'n8n-queue-e2e-'));
		this.forgetCleanup = onExit(() => rmSync(this.dir, { recursive: true, force: true }));
	}

	async start(log = () => {}) {
		const { bin, redis, postgresVersion, redisVersion } = ensureDebianPackages(log);
		this.versions = { postgres: postgresVersion, redis: redisVersion };
		const user = serviceUser();
		chownSync(this.dir, user.uid, user.gid);
		const asUser = {
			uid: user.uid,
			gid: user.gid,
			env: { PATH: process.env.PATH, LANG: 'C.UTF-8' },
		};

		// PostgreSQL: initdb as the service user into the temporary folder, then the postmaster on a free port.
		const data = join(this.dir, 'pg');
		const init = spawnSync(
			join(bin, 'initdb'),
			['-D', data, '-U', 'n8n', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
			{ ...asUser, cwd: this.dir, encoding: 'utf8', timeout: 120_000 },
		);
		if (init.status !== 0)
			throw new Error(`initdb as ${user.name} failed:\n${init.stdout}\n${init.stderr}`);
		this.pgPort = await freePort();
		this.postgres = new Proc(
			'postgres',
			join(bin, 'postgres'),
			[
				'-D',
				data,
				'-p',
				String(this.pgPort),
				'-c',
				'listen_addresses=127.0.0.1',
				'-c',
				`unix_socket_directories=${this.dir}`,
				// a throw-away cluster: durability buys nothing here
				'-c',
				'fsync=off',
				'-c',
				'synchronous_commit=off',
				'-c',
				'full_page_writes=off',
				'-c',
				'max_connections=100',
			],
			{ ...asUser, cwd: this.dir, logFile: join(this.logDir, 'postgres.log') },
		);

		this.redisPort = await freePort();
		this.redis = new Proc(
			'redis',
			redis,
			[
				'--port',
				String(this.redisPort),
				'--bind',
				'127.0.0.1',
				'--save',
				'',
				'--appendonly',
				'no',
				'--dir',
				this.dir,
			],
			{ cwd: this.dir, logFile: join(this.logDir, 'redis.log') },
		);

		const psqlReady = () =>
			spawnSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.pgPort)]).status ===
			0;
		await waitFor(() => !this.postgres.running || psqlReady(), {
			timeoutMs: 60_000,
			describe: () => this.postgres.describe(),
		});
		if (!this.postgres.running) throw new Error(this.postgres.describe());
		this.psqlBin = join(bin, 'psql');
		this.psql('CREATE DATABASE n8n', 'postgres');
		await waitFor(
			() => !this.redis.running || /Ready to accept connections/.test(this.redis.log()),
			{
				timeoutMs: 30_000,
				describe: () => this.redis.describe(),
			},
		);
		if (!this.redis.running) throw new Error(this.redis.describe());
		return this;
	}

	/** The environment n8n needs for this PostgreSQL and Redis. */
	n8nEnv() {
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.pgPort),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: '',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(this.redisPort),
		};
	}

	/** Runs SQL; returns the rows as arrays of strings (psql -At, fields separated by a tab). */
	psql(sql, database = 'n8n') {
		const out = sh(
			this.psqlBin,
			[
				'-h',
				'127.0.0.1',
				'-p',
				String(this.pgPort),
				'-U',
				'n8n',
				'-d',
				database,
				'-AtX',
				'-F',
				'\t',
				'-c',
				sql,
			],
			`psql "${sql}"`,
		);
		return out
			.split('\n')
			.filter(Boolean)
			.map((line) => line.split('\t'));
	}

	/** Stops both and removes the cluster; safe to call twice and after a failed start. */
	async stop() {
		await Promise.all([this.redis?.stop(10_000), this.postgres?.stop(15_000)]);
		rmSync(this.dir, { recursive: true, force: true });
		this.forgetCleanup();
	}
}

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { type Server, createServer } from 'node:http';
import { DEMO_CLOVA, DEMO_NHN, type DomainConfig, LIMITS } from './config';
import { FaultBook } from './faults';
import { FixtureStore } from './fixture-store';
import { requestListener } from './server';
import type { EmulatorState } from './state';
import { TokenStore } from './tokens';
import type { ClovaDomain, Emulator, EmulatorOptions } from './types';

export type * from './types';
export { DEMO_CLOVA, DEMO_NHN, LIMITS } from './config';

const PORT_RANGE = { min: 10_000, max: 12_000 };

function listen(server: Server, host: string, port: number): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const onError = (error: NodeJS.ErrnoException) => {
			server.off('listening', onListening);
			if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
			else reject(error);
		};
		const onListening = () => {
			server.off('error', onError);
			resolve(true);
		};
		server.once('error', onError);
		server.once('listening', onListening);
		server.listen(port, host);
	});
}

/** A free port in 10000-12000, so the emulator's own file URLs pass NHN's image-URL port rule. */
async function listenInRange(server: Server, host: string): Promise<number> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const port = PORT_RANGE.min + Math.floor(Math.random() * (PORT_RANGE.max - PORT_RANGE.min + 1));
		if (await listen(server, host, port)) return port;
	}
	throw new Error('no free port in 10000-12000');
}

function clovaDomain(url: string, config: DomainConfig): ClovaDomain {
	return {
		domainId: config.domainId,
		invokeKey: config.invokeKey,
		invokeUrl: `${url}/custom/v1/${config.domainId}/${config.invokeKey}`,
		secretKey: config.secretKey,
		tableExtraction: config.tableExtraction,
		templates: config.templates.map((t) => ({ ...t })),
		...(config.document ? { document: config.document } : {}),
	};
}

/** Starts the NHN Cloud OCR + CLOVA OCR emulator on a loopback port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const host = options.host ?? '127.0.0.1';
	const now = options.clock ?? Date.now;
	const faults = new FaultBook();
	for (const rule of options.faults ?? []) faults.add(rule);
	const state: EmulatorState = {
		baseUrl: '',
		tokenTtlSeconds: options.tokenTtlSeconds ?? LIMITS.tokenTtlSeconds,
		expiresInAsString: options.expiresInAsString ?? false,
		downloadTimeoutMs: options.downloadTimeoutMs ?? LIMITS.downloadTimeoutMs,
		combineResultAsArray: options.combineResultAsArray ?? false,
		now,
		tokens: new TokenStore(now),
		faults,
		fixtures: new FixtureStore(),
		log: [],
		nextSeq: 1,
		timers: new Set(),
		stalled: new Set(),
		onRequestDone: options.onRequestDone,
	};
	const server = createServer({ keepAliveTimeout: 1000 }, requestListener(state));
	let port = options.port;
	if (port === undefined) port = await listenInRange(server, host);
	else if (!(await listen(server, host, port))) throw new Error(`port ${port} is in use`);
	if (port === 0) port = (server.address() as { port: number }).port;
	const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
	state.baseUrl = url;

	return {
		url,
		nhn: { baseUrl: url, tokenUrl: `${url}/oauth2/token/create`, oauthBaseUrl: url, ...DEMO_NHN },
		clova: {
			general: clovaDomain(url, DEMO_CLOVA.general),
			generalNoTables: clovaDomain(url, DEMO_CLOVA.generalNoTables),
			template: clovaDomain(url, DEMO_CLOVA.template),
			receipt: clovaDomain(url, DEMO_CLOVA.receipt),
			bizLicense: clovaDomain(url, DEMO_CLOVA.bizLicense),
		},
		fileUrl: (name) => `${url}/files/${encodeURIComponent(name)}`,
		slowFileUrl: (ms, name) => `${url}/slow/${Math.round(ms)}/${encodeURIComponent(name)}`,
		bigFileUrl: (bytes) => `${url}/big/${Math.round(bytes)}`,
		log: state.log,
		clearLog: () => {
			state.log.length = 0;
		},
		inject: (rule) => faults.add(rule),
		clearFaults: () => faults.clear(),
		releaseStalled: () => {
			const held = [...state.stalled];
			state.stalled.clear();
			for (const release of held) release();
			return held.length;
		},
		tokens: {
			issuedCount: () => state.tokens.issuedCount(),
			expireAll: () => state.tokens.expireAll(),
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				for (const timer of state.timers) clearTimeout(timer);
				state.timers.clear();
				state.stalled.clear();
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}

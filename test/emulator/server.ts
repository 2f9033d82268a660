/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { handleClova } from './clova/handler';
import { clovaFail } from './clova/errors';
import type { Exchange } from './exchange';
import { TERMINAL_FAULTS, answerFault, answerThrottled, apiErrorApplies } from './fault-answers';
import { handleFile } from './files/routes';
import { readBody } from './http/body';
import { send } from './http/respond';
import { checkNhnAuth } from './nhn/auth';
import { nhnFail } from './nhn/envelope';
import { handleNhn } from './nhn/handler';
import { type Route, clovaSecretAuth, route } from './routing';
import type { EmulatorState } from './state';
import { classifyBasicAuth, handleToken } from './token/handler';
import type { RequestLogEntry } from './types';

function noteFault(entry: RequestLogEntry, kind: string): void {
	entry.fault = entry.fault ? `${entry.fault}+${kind}` : kind;
}

function sleep(state: EmulatorState, ms: number): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			state.timers.delete(timer);
			resolve();
		}, ms);
		state.timers.add(timer);
	});
}

function classifyAuth(ex: Exchange, r: Route) {
	if (r.provider === 'nhn') return 'route' in r ? checkNhnAuth(ex, r.route) : undefined;
	if (r.provider === 'clova') {
		ex.entry.auth = clovaSecretAuth(ex, 'route' in r ? r.route.domain.secretKey : undefined);
	} else if (r.provider === 'token') {
		ex.entry.auth = classifyBasicAuth(ex);
	}
	return undefined;
}

async function handle(ex: Exchange, r: Route): Promise<void> {
	const target = ex.target;
	const { faults } = ex.state;
	const throttled = faults.admit(target);
	if (throttled) {
		noteFault(ex.entry, 'throttle');
		await readBody(ex.req, 0);
		return answerThrottled(ex, r, throttled);
	}
	ex.res.once('close', () => faults.release(target));

	if (faults.take(['hold'], target)) {
		noteFault(ex.entry, 'hold');
		await new Promise<void>((resolve) => ex.state.stalled.add(resolve));
	}
	const latency = faults.take(['latency'], target);
	if (latency) {
		noteFault(ex.entry, 'latency');
		await sleep(ex.state, latency.ms);
	}
	if (faults.take(['tokenExpiry'], target)) {
		noteFault(ex.entry, 'tokenExpiry');
		ex.state.tokens.expireAll();
	}
	const nhnAuth = classifyAuth(ex, r);
	if (nhnAuth) ex.entry.auth = nhnAuth.ok ? 'ok' : nhnAuth.logged;

	const fault = faults.take([...TERMINAL_FAULTS], target, (rule) =>
		rule.kind === 'apiError' ? apiErrorApplies(rule, r) : true,
	);
	if (fault) {
		noteFault(ex.entry, fault.kind);
		await readBody(ex.req, 0);
		return answerFault(ex, r, fault);
	}

	switch (r.provider) {
		case 'nhn':
			if ('route' in r) return handleNhn(ex, r.route, nhnAuth!);
			await readBody(ex.req, 0);
			return nhnFail(ex, { product: 'general', version: r.version }, 4041007);
		case 'clova':
			if ('route' in r) return handleClova(ex, r.route);
			await readBody(ex.req, 0);
			return clovaFail(ex, r.error);
		case 'token':
			return handleToken(ex, r.endpoint);
		case 'file':
			return handleFile(ex, r.endpoint);
	}
}

export function requestListener(state: EmulatorState): RequestListener {
	return (req: IncomingMessage, res: ServerResponse) => {
		const path = (req.url ?? '/').split('?')[0];
		const r = route(path);
		const entry: RequestLogEntry = {
			seq: state.nextSeq++,
			method: req.method ?? 'GET',
			path,
			provider: r.provider,
			endpoint: r.endpoint,
			contentType: req.headers['content-type'] ?? '',
			auth: 'ok',
			status: 0,
		};
		if (r.provider === 'nhn' && 'route' in r) entry.apiVersion = r.route.version;
		if (r.provider === 'nhn' && 'version' in r) entry.apiVersion = r.version;
		state.log.push(entry);
		res.once('close', () => {
			if (!res.writableFinished && !entry.fault?.includes('connectionReset'))
				entry.closedByClient = true;
			state.onRequestDone?.(entry);
		});
		const ex: Exchange = {
			req,
			res,
			path,
			entry,
			state,
			target: { provider: r.provider, endpoint: r.endpoint, path },
		};
		handle(ex, r).catch((error: unknown) => {
			send(
				ex,
				500,
				'text/plain; charset=utf-8',
				`emulator error: ${String((error as Error)?.stack ?? error)}`,
			);
		});
	};
}

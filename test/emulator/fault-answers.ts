/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { Exchange } from './exchange';
import { clovaFail } from './clova/errors';
import { send } from './http/respond';
import { nhnFail } from './nhn/envelope';
import { isDocumentedNhnCode } from './nhn/messages';
import type { Route } from './routing';
import type { FaultRule } from './types';

const STATUS_TEXT: Record<number, string> = {
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
};

const HTML_502 =
	'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
	'<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** The product/version an NHN answer is worded for (General v1.1 wording on unknown NHN paths). */
export function nhnWording(r: Route) {
	if (r.provider === 'nhn' && 'route' in r) return r.route;
	return {
		product: 'general' as const,
		version: r.provider === 'nhn' && 'version' in r ? r.version : ('v1.1' as const),
	};
}

/** The Retry-After header a rule asks for, if any. */
export function retryAfterHeader(rule: Pick<FaultRule, 'retryAfter'>): Record<string, string> {
	return rule.retryAfter === undefined ? {} : { 'Retry-After': String(rule.retryAfter) };
}

export function answerThrottled(ex: Exchange, r: Route, rule: FaultRule): void {
	const headers = retryAfterHeader(rule);
	if (r.provider === 'clova') return clovaFail(ex, '0025', headers);
	if (r.provider === 'nhn') return nhnFail(ex, nhnWording(r), 4000006, headers);
	send(ex, 429, 'text/plain; charset=utf-8', 'Too Many Requests', headers);
}

/** Whether an apiError rule has something to say to this provider. */
export function apiErrorApplies(rule: Extract<FaultRule, { kind: 'apiError' }>, r: Route): boolean {
	if (r.provider === 'nhn')
		return (
			rule.nhnResultCode !== undefined &&
			isDocumentedNhnCode(nhnWording(r).product, rule.nhnResultCode)
		);
	if (r.provider === 'clova') return rule.clovaCode !== undefined;
	return false;
}

function truncatedJson(r: Route): string {
	if (r.provider === 'nhn')
		return '{"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCC';
	if (r.provider === 'clova')
		return '{"version":"V2","requestId":"r","timestamp":1,"images":[{"uid":"0f';
	if (r.provider === 'token') return '{"access_token":"luzocEoQ3tyMvM6p';
	return '{"';
}

export const TERMINAL_FAULTS = [
	'serverError',
	'connectionReset',
	'malformedJson',
	'html502',
	'apiError',
	'stall',
] as const;
type TerminalFault = Extract<FaultRule, { kind: (typeof TERMINAL_FAULTS)[number] }>;

/** Never answers, or answers headers and then nothing, or drips a body byte by byte; the socket ends on close. */
function stall(ex: Exchange, rule: Extract<FaultRule, { kind: 'stall' }>): void {
	const mode = rule.mode ?? 'silent';
	if (mode === 'silent') return;
	ex.entry.status = 200;
	ex.res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
	ex.res.flushHeaders();
	if (mode === 'headers') return;
	ex.res.write('{');
	const timer = setInterval(() => {
		if (ex.res.destroyed) return clearInterval(timer);
		ex.res.write(' ');
	}, rule.dripMs ?? 50);
	ex.state.timers.add(timer);
	ex.res.once('close', () => {
		clearInterval(timer);
		ex.state.timers.delete(timer);
	});
}

export function answerFault(ex: Exchange, r: Route, rule: TerminalFault): void {
	const headers = retryAfterHeader(rule);
	switch (rule.kind) {
		case 'serverError': {
			if (r.provider === 'clova') return clovaFail(ex, rule.clovaCode ?? '0500', headers);
			const status = rule.status ?? 500;
			return send(ex, status, 'text/plain; charset=utf-8', STATUS_TEXT[status], headers);
		}
		case 'connectionReset':
			ex.entry.status = 0;
			ex.req.socket.destroy();
			return;
		case 'malformedJson':
			return send(ex, 200, 'application/json;charset=UTF-8', truncatedJson(r), headers);
		case 'html502':
			return send(ex, 502, 'text/html', HTML_502, headers);
		case 'apiError':
			if (r.provider === 'clova') return clovaFail(ex, rule.clovaCode!, headers);
			return nhnFail(ex, nhnWording(r), rule.nhnResultCode!, headers);
		case 'stall':
			return stall(ex, rule);
	}
}

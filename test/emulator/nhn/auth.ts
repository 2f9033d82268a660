import { DEMO_NHN } from '../config';
import { type Exchange, header } from '../exchange';
import type { NhnRoute } from './envelope';

export type NhnAuth =
	| { ok: true }
	| { ok: false; resultCode: number; logged: 'missing' | 'invalid' };

/**
 * v1.0: `Authorization: <secretKey>` (4010001 when the key or the appKey is wrong).
 * v1.1: `X-NHN-Authorization: Bearer <token>` (4010006 for an unknown or expired token,
 * 4010007 when a good token asks for someone else's appKey). No header: 4000005.
 */
export function checkNhnAuth(ex: Exchange, route: NhnRoute): NhnAuth {
	if (route.version === 'v1.0') {
		const secret = header(ex, 'authorization');
		if (secret === undefined || secret === '')
			return { ok: false, resultCode: 4000005, logged: 'missing' };
		if (secret !== DEMO_NHN.secretKey || route.appKey !== DEMO_NHN.appKey)
			return { ok: false, resultCode: 4010001, logged: 'invalid' };
		return { ok: true };
	}
	const value = header(ex, 'x-nhn-authorization');
	if (value === undefined || value === '')
		return { ok: false, resultCode: 4000005, logged: 'missing' };
	const match = /^Bearer +(\S+)$/i.exec(value.trim());
	if (!match || !ex.state.tokens.isValid(match[1]))
		return { ok: false, resultCode: 4010006, logged: 'invalid' };
	if (route.appKey !== DEMO_NHN.appKey)
		return { ok: false, resultCode: 4010007, logged: 'invalid' };
	return { ok: true };
}

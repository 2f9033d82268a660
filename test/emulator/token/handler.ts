import { DEMO_NHN } from '../config';
import { type Exchange, header } from '../exchange';
import { mediaType, readBody } from '../http/body';
import { send, sendJson } from '../http/respond';

/** RFC 6749 §5.2 error answer. */
function oauthError(ex: Exchange, status: number, error: string): void {
	ex.entry.code = error;
	const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
	if (status === 401) headers['WWW-Authenticate'] = 'Basic realm="oauth"';
	sendJson(ex, status, { error }, headers);
}

/** 'ok' when the Basic credentials are the demo User Access Key. */
export function classifyBasicAuth(ex: Exchange): 'ok' | 'missing' | 'invalid' {
	const value = header(ex, 'authorization');
	if (value === undefined || value === '') return 'missing';
	const match = /^Basic +([A-Za-z0-9+/=]+)$/i.exec(value.trim());
	if (!match) return 'invalid';
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	return decoded === `${DEMO_NHN.userAccessKeyId}:${DEMO_NHN.secretAccessKey}` ? 'ok' : 'invalid';
}

/**
 * POST /oauth2/token/create (grant_type=client_credentials) and POST /oauth2/token/revoke (token=...),
 * both form-encoded with Basic auth of UserAccessKeyID:SecretAccessKey.
 */
export async function handleToken(
	ex: Exchange,
	endpoint: 'token/create' | 'token/revoke' | 'unknown',
): Promise<void> {
	const body = await readBody(ex.req, 64 * 1024);
	if (endpoint === 'unknown') return send(ex, 404, 'text/plain; charset=utf-8', 'Not Found');
	if (ex.req.method !== 'POST')
		return send(ex, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'POST' });
	if (
		mediaType(ex.req.headers['content-type']) !== 'application/x-www-form-urlencoded' ||
		body.overCap
	) {
		return oauthError(ex, 400, 'invalid_request');
	}
	if (ex.entry.auth !== 'ok') return oauthError(ex, 401, 'invalid_client');
	const form = new URLSearchParams(body.bytes.toString('utf8'));
	if (endpoint === 'token/revoke') {
		const token = form.get('token');
		if (!token) return oauthError(ex, 400, 'invalid_request');
		ex.state.tokens.revoke(token);
		return send(ex, 200, 'text/plain; charset=utf-8', '');
	}
	const grantType = form.get('grant_type');
	if (grantType === null || form.getAll('grant_type').length > 1)
		return oauthError(ex, 400, 'invalid_request');
	if (grantType !== 'client_credentials') return oauthError(ex, 400, 'unsupported_grant_type');
	// scope=appKey:... asks for a JWT token, which only EasyQueue issues.
	if (form.has('scope')) return oauthError(ex, 400, 'invalid_scope');
	const ttl = ex.state.tokenTtlSeconds;
	sendJson(
		ex,
		200,
		{
			access_token: ex.state.tokens.issue(ttl),
			token_type: 'Bearer',
			expires_in: ex.state.expiresInAsString ? String(ttl) : ttl,
		},
		{ 'Cache-Control': 'no-store', Pragma: 'no-cache' },
	);
}

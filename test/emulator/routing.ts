import { DEMO_CLOVA } from './config';
import { type Exchange, header } from './exchange';
import { type FileEndpoint, fileEndpointOf } from './files/routes';
import type { ClovaRoute } from './clova/handler';
import { type NhnRoute, parseNhnPath } from './nhn/envelope';
import type { NhnVersion } from './nhn/messages';

export type Route =
	| { provider: 'nhn'; endpoint: string; route: NhnRoute }
	| { provider: 'nhn'; endpoint: 'unknown'; version: NhnVersion }
	| { provider: 'clova'; endpoint: string; route: ClovaRoute }
	| { provider: 'clova'; endpoint: string; error: '0001' | '0022' }
	| { provider: 'token'; endpoint: 'token/create' | 'token/revoke' | 'unknown' }
	| { provider: 'file'; endpoint: FileEndpoint };

const CLOVA_PATH =
	/^\/custom\/v1\/([^/]+)\/([^/]+)\/(general|infer|document\/receipt|document\/biz-license)$/;

export function route(path: string): Route {
	const nhn = parseNhnPath(path);
	if (nhn && 'unknown' in nhn)
		return { provider: 'nhn', endpoint: 'unknown', version: nhn.version };
	if (nhn) return { provider: 'nhn', endpoint: nhn.endpoint, route: nhn };
	if (path.startsWith('/custom/')) {
		const match = CLOVA_PATH.exec(path);
		if (!match) return { provider: 'clova', endpoint: 'unknown', error: '0001' };
		const api = match[3] as ClovaRoute['api'];
		const domain = Object.values(DEMO_CLOVA).find(
			(d) => d.domainId === match[1] && d.invokeKey === match[2],
		);
		// A Document OCR path on a domain of another model (or a General/Template domain) names the wrong domain.
		const documentModel = api.startsWith('document/') ? api.slice('document/'.length) : undefined;
		return domain && (!documentModel || domain.document === documentModel)
			? { provider: 'clova', endpoint: api, route: { domain, api } }
			: { provider: 'clova', endpoint: api, error: '0022' };
	}
	if (path.startsWith('/oauth2/')) {
		const endpoint =
			path === '/oauth2/token/create'
				? 'token/create'
				: path === '/oauth2/token/revoke'
					? 'token/revoke'
					: 'unknown';
		return { provider: 'token', endpoint };
	}
	return { provider: 'file', endpoint: fileEndpointOf(path) };
}

export function clovaSecretAuth(
	ex: Exchange,
	domainSecret: string | undefined,
): 'ok' | 'missing' | 'invalid' {
	const secret = header(ex, 'x-ocr-secret');
	if (secret === undefined || secret === '') return 'missing';
	return secret === domainSecret ? 'ok' : 'invalid';
}

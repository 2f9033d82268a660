import type { Exchange } from '../exchange';
import { sendJson } from '../http/respond';
import { type NhnProduct, type NhnVersion, nhnMessage } from './messages';

export interface NhnRoute {
	version: NhnVersion;
	appKey: string;
	endpoint: 'general' | 'general/cropping' | 'business' | 'business/status' | 'credit-card';
	product: NhnProduct;
}

/** NHN answers everything with HTTP 200; the header tells success from failure. */
export function nhnFail(
	ex: Exchange,
	route: Pick<NhnRoute, 'product' | 'version'>,
	resultCode: number,
	headers: Record<string, string> = {},
): void {
	ex.entry.resultCode = resultCode;
	sendJson(
		ex,
		200,
		{
			header: {
				isSuccessful: false,
				resultCode,
				resultMessage: nhnMessage(route.product, route.version, resultCode),
			},
		},
		headers,
	);
}

export function nhnSucceed(ex: Exchange, result: unknown): void {
	ex.entry.resultCode = 0;
	sendJson(ex, 200, {
		header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
		result,
	});
}

const ROUTE =
	/^\/(v1\.0|v1\.1)\/appkeys\/([^/]+)\/(general\/cropping|general|business\/status|business|credit-card)$/;

/** undefined: not an NHN OCR path. */
export function parseNhnPath(
	path: string,
): NhnRoute | { version: NhnVersion; unknown: true } | undefined {
	const match = ROUTE.exec(path);
	if (match) {
		const endpoint = match[3] as NhnRoute['endpoint'];
		return {
			version: match[1] as NhnVersion,
			appKey: decodeURIComponent(match[2]),
			endpoint,
			product: endpoint.startsWith('general') ? 'general' : 'document',
		};
	}
	const version = /^\/(v1\.0|v1\.1)\//.exec(path);
	return version ? { version: version[1] as NhnVersion, unknown: true } : undefined;
}

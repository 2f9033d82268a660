import { LIMITS } from '../config';
import type { Exchange } from '../exchange';
import type { EndpointKey } from '../fixture-store';
import type { FileKind } from '../files/sniff';
import { mediaType, readBody } from '../http/body';
import { recordFile, sha256 } from '../request-log';
import type { NhnAuth } from './auth';
import { lookUpBusinessNumber } from './business-status';
import { documentAi } from './document-ai';
import { type NhnRoute, nhnFail, nhnSucceed } from './envelope';
import { genericBusinessResult, genericGeneralResult } from './generic-results';
import { readNhnImage, recordRefusedRequest } from './image-input';

const ACCEPTED_MEDIA: Record<NhnRoute['endpoint'], string[]> = {
	general: ['multipart/form-data', 'application/json'],
	'general/cropping': ['multipart/form-data', 'application/json'],
	business: ['multipart/form-data'],
	'credit-card': ['multipart/form-data'],
	'business/status': ['application/json'],
	'document-ai': ['multipart/form-data'],
};

const ACCEPTED_FILES: Record<NhnRoute['endpoint'], FileKind[]> = {
	general: ['jpeg', 'png'],
	'general/cropping': ['jpeg', 'png'],
	business: ['pdf', 'jpeg', 'png'],
	'credit-card': ['jpeg', 'png'],
	'business/status': [],
	'document-ai': ['jpeg', 'png'],
};

const FIXTURE_KEY: Record<string, Exclude<EndpointKey & `nhn-${string}`, 'nhn-document-ai'>> = {
	general: 'nhn-general',
	'general/cropping': 'nhn-general-cropping',
	business: 'nhn-business',
	'credit-card': 'nhn-credit-card',
};

function businessStatus(ex: Exchange, route: NhnRoute, body: Buffer): void {
	let json: unknown;
	try {
		json = JSON.parse(body.toString('utf8'));
	} catch {
		return nhnFail(ex, route, 4000001);
	}
	ex.entry.json = json;
	const businessNumber = (json as { businessNumber?: unknown } | null)?.businessNumber;
	if (typeof businessNumber !== 'string') return nhnFail(ex, route, 4000001);
	ex.entry.businessNumber = businessNumber;
	const lookup = lookUpBusinessNumber(businessNumber);
	if (!lookup.ok) return nhnFail(ex, route, lookup.resultCode);
	nhnSucceed(ex, lookup.result);
}

/** Order: method, auth, Content-Type (415), request size, then the endpoint's own checks. */
export async function handleNhn(ex: Exchange, route: NhnRoute, auth: NhnAuth): Promise<void> {
	const body = await readBody(ex.req, LIMITS.nhnBodyCap);
	if (ex.req.method !== 'POST') return nhnFail(ex, route, 405);
	if (!auth.ok) {
		if (!body.overCap) recordRefusedRequest(ex, body.bytes);
		return nhnFail(ex, route, auth.resultCode);
	}
	if (!ACCEPTED_MEDIA[route.endpoint].includes(mediaType(ex.req.headers['content-type'])))
		return nhnFail(ex, route, 415);
	if (body.overCap) {
		ex.entry.fileBytes = body.total;
		return nhnFail(ex, route, 4131000);
	}
	if (route.endpoint === 'business/status') return businessStatus(ex, route, body.bytes);
	if (route.endpoint === 'document-ai') return documentAi(ex, route, body.bytes);

	const image = await readNhnImage(ex, body.bytes, ACCEPTED_FILES[route.endpoint]);
	if (!image.ok) return nhnFail(ex, route, image.resultCode);
	const { bytes, sniffed } = image;
	if (ex.entry.fileSha256 === undefined) recordFile(ex.entry, bytes);
	if (route.endpoint === 'business' && sniffed.encrypted) return nhnFail(ex, route, 4000103);

	const fixture = ex.state.fixtures.nhn(sha256(bytes), FIXTURE_KEY[route.endpoint]);
	if (fixture && 'resultCode' in fixture) return nhnFail(ex, route, fixture.resultCode);
	if (fixture) return nhnSucceed(ex, fixture.result);
	switch (route.endpoint) {
		case 'general':
		case 'general/cropping':
			return nhnSucceed(
				ex,
				genericGeneralResult(bytes, sniffed, route.endpoint === 'general/cropping'),
			);
		case 'business':
			return nhnSucceed(ex, genericBusinessResult(bytes, sniffed));
		default:
			return nhnFail(ex, route, 4000111); // no card found on an unknown picture
	}
}

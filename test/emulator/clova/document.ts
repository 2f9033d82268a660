/**
 * CLOVA Document OCR, receipt and business licence (shared/api/clova-document-receipt.md,
 * clova-document-biz-license.md): the same body as General, but V2 only, one image sent as bytes (base64 `data` or
 * the multipart `file`; no `url`), PDF and TIFF single page only.
 */
import type { Exchange } from '../exchange';
import { sniff } from '../files/sniff';
import type { ClovaDocumentKey } from '../fixture-store';
import { recordFile, sha256 } from '../request-log';
import { ClovaError } from './errors';
import type { ClovaRoute } from './handler';
import { type ClovaRequest, FORMAT_KIND } from './request';
import { failedImage, failureMessage, type ImageContext, uid } from './results';

export type DocumentRoute = ClovaRoute & { api: 'document/receipt' | 'document/biz-license' };

export function isDocumentRoute(route: ClovaRoute): route is DocumentRoute {
	return route.api.startsWith('document/');
}

/** The image's part and the fixture key, per model: `images[].receipt` / `images[].bizLicense`. */
const MODELS: Record<DocumentRoute['api'], { part: string; fixture: ClovaDocumentKey }> = {
	'document/receipt': { part: 'receipt', fixture: 'clova-receipt' },
	'document/biz-license': { part: 'bizLicense', fixture: 'clova-biz-license' },
};

/**
 * What an unknown picture gets: the part with nothing recognised (every observed key is optional), so a node must
 * cope with an empty result.
 */
function emptyPart(api: DocumentRoute['api']): Record<string, unknown> {
	return api === 'document/receipt'
		? { receipt: { meta: { estimatedLanguage: 'ko' }, result: {} } }
		: { bizLicense: { result: {} } };
}

function checkBytes(request: ClovaRequest, bytes: Buffer): void {
	if (bytes.length === 0) throw new ClovaError('0011', 'empty image');
	const expected = FORMAT_KIND[request.image.format.toLowerCase()];
	const sniffed = sniff(bytes);
	if (sniffed.kind !== expected)
		throw new ClovaError(
			'0011',
			`format ${request.image.format} but the bytes are ${sniffed.kind}`,
		);
	if (!sniffed.valid) throw new ClovaError('0011', `a broken ${sniffed.kind} file`);
	if (sniffed.pages.length > 1)
		throw new ClovaError('0011', `${sniffed.pages.length} pages; Document OCR takes a single page`);
}

export function answerDocument(
	ex: Exchange,
	route: DocumentRoute,
	request: ClovaRequest,
): Record<string, unknown>[] {
	const { message, image } = request;
	// "Only use V2" (1.3): V1 is a protocol version this API does not support.
	if (message.version.toUpperCase() !== 'V2')
		throw new ClovaError('0021', `version ${message.version} on Document OCR`);
	// "특화 문서의 경우 보안을 위해 인코딩된 이미지 바이트만 지원": no image URL.
	const bytes = request.bytes;
	if (!bytes)
		throw new ClovaError('0011', 'Document OCR takes image bytes only, not images[0].url');
	recordFile(ex.entry, bytes, request.fileName);
	checkBytes(request, bytes);
	const fileSha256 = sha256(bytes);
	const ctx: ImageContext = {
		name: image.name,
		requestId: message.requestId,
		fileSha256,
		v2: true,
		document: false,
		tables: false,
		combineResultAsArray: false,
	};
	const failure = ex.state.faults.take(['imageFailure'], ex.target);
	if (failure) {
		ex.entry.fault = ex.entry.fault ? `${ex.entry.fault}+imageFailure` : 'imageFailure';
		const inferResult = failure.inferResult ?? 'ERROR';
		return [failedImage(ctx, 0, inferResult, failureMessage(inferResult, failure.message))];
	}
	const model = MODELS[route.api];
	const part = ex.state.fixtures.clovaDocument(fileSha256, model.fixture) ?? emptyPart(route.api);
	return [
		{
			uid: uid(ctx, 0),
			name: image.name,
			inferResult: 'SUCCESS',
			message: 'SUCCESS',
			validationResult: { result: 'NO_REQUESTED' },
			...part,
		},
	];
}

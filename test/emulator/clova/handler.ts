/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { type DomainConfig, LIMITS } from '../config';
import { download } from '../download';
import type { Exchange } from '../exchange';
import type { ClovaFixturePage } from '../fixture-store';
import { type Sniffed, sniff } from '../files/sniff';
import type { ClovaTemplate } from '../types';
import { readBody } from '../http/body';
import { sendJson } from '../http/respond';
import { recordFile, sha256 } from '../request-log';
import { ClovaError, clovaFail } from './errors';
import { genericGeneralPages, genericTemplatePages } from './generic-results';
import { answerDocument, isDocumentRoute } from './document';
import { type ClovaRequest, FORMAT_KIND, parseClovaRequest } from './request';
import { type ImageContext, failedImage, failureMessage, successImage } from './results';

export interface ClovaRoute {
	domain: DomainConfig;
	api: 'general' | 'infer' | 'document/receipt' | 'document/biz-license';
}

const NOT_FOUND_TEMPLATE = 'NOT_FOUND: not found matched template';
const DOWNLOAD_FAILED = 'Failed to download the image from images[0].url.';

/** Released templates this request may match; 1021 when there are none or a requested id is not released. */
function candidateTemplates(route: ClovaRoute, request: ClovaRequest) {
	const released = route.domain.templates.filter((t) => t.released);
	if (released.length === 0) throw new ClovaError('1021', 'no template released in this domain');
	const requested = request.image.templateIds;
	if (!requested) return released;
	for (const id of requested) {
		if (!released.some((t) => t.id === id))
			throw new ClovaError('1021', `template ${id} is not released`);
	}
	return released.filter((t) => requested.includes(t.id));
}

/** The image's bytes, checked against the declared format and the documented size and page limits. */
function checkFile(route: ClovaRoute, request: ClovaRequest, bytes: Buffer) {
	const expected = FORMAT_KIND[request.image.format.toLowerCase()];
	const document = expected === 'pdf' || expected === 'tiff';
	if (bytes.length === 0) throw new ClovaError('0011', 'empty image');
	const maxBytes =
		route.api === 'general'
			? LIMITS.clovaGeneralMaxBytes
			: document
				? LIMITS.clovaTemplateDocumentMaxBytes
				: LIMITS.clovaTemplateImageMaxBytes;
	if (bytes.length > maxBytes) throw new ClovaError('0011', `image larger than ${maxBytes} bytes`);
	const sniffed = sniff(bytes);
	if (sniffed.kind !== expected)
		throw new ClovaError(
			'0011',
			`format ${request.image.format} but the bytes are ${sniffed.kind}`,
		);
	if (!sniffed.valid) throw new ClovaError('0011', `a broken ${sniffed.kind} file`);
	const maxPages =
		route.api === 'general' ? LIMITS.clovaGeneralMaxPages : LIMITS.clovaTemplateMaxPages;
	if (document && sniffed.pages.length > maxPages)
		throw new ClovaError('0011', `${sniffed.pages.length} pages, at most ${maxPages}`);
	return { sniffed, document };
}

async function answer(
	ex: Exchange,
	route: ClovaRoute & { api: 'general' | 'infer' },
	request: ClovaRequest,
): Promise<Record<string, unknown>[]> {
	const { message, image } = request;
	if (message.enableTableDetection && !route.domain.tableExtraction)
		throw new ClovaError('0028', 'table extraction is off');
	const candidates = route.api === 'infer' ? candidateTemplates(route, request) : [];
	const ctxFor = (fileSha256: string, document: boolean): ImageContext => ({
		name: image.name,
		requestId: message.requestId,
		fileSha256,
		v2: message.version.toUpperCase() === 'V2',
		document,
		tables: route.api === 'general' && message.enableTableDetection === true,
		combineResultAsArray: ex.state.combineResultAsArray,
	});

	let bytes = request.bytes;
	if (!bytes) {
		const fetched = await download(
			request.url!,
			ex.state.downloadTimeoutMs,
			LIMITS.clovaGeneralMaxBytes + 1,
		);
		if (!fetched.ok) return [failedImage(ctxFor('', false), 0, 'ERROR', DOWNLOAD_FAILED)];
		bytes = fetched.bytes;
	}
	recordFile(ex.entry, bytes, request.fileName);
	const { sniffed, document } = checkFile(route, request, bytes);
	const fileSha256 = sha256(bytes);
	const ctx = ctxFor(fileSha256, document);

	// A rule for some pages only fires on a file that has one of them.
	const failure = ex.state.faults.take(
		['imageFailure'],
		ex.target,
		(rule) => !rule.pages || rule.pages.some((page) => page < sniffed.pages.length),
	);
	if (failure) {
		ex.entry.fault = ex.entry.fault ? `${ex.entry.fault}+imageFailure` : 'imageFailure';
		const inferResult = failure.inferResult ?? 'ERROR';
		const text = failureMessage(inferResult, failure.message);
		const fails = (i: number) => !failure.pages || failure.pages.includes(i);
		if (sniffed.pages.every((_, i) => fails(i)))
			return sniffed.pages.map((_, i) => failedImage(ctx, i, inferResult, text));
		const images = recognized(ex, route, ctx, candidates, bytes, sniffed, document);
		return images.map((image, i) => (fails(i) ? failedImage(ctx, i, inferResult, text) : image));
	}
	return recognized(ex, route, ctx, candidates, bytes, sniffed, document);
}

/** The answer's images[] for a file that passed every check: fixture or generic pages. */
function recognized(
	ex: Exchange,
	route: ClovaRoute,
	ctx: ImageContext,
	candidates: ClovaTemplate[],
	bytes: Buffer,
	sniffed: Sniffed,
	document: boolean,
): Record<string, unknown>[] {
	const fileSha256 = ctx.fileSha256;
	if (route.api === 'general') {
		const fixture = ex.state.fixtures.clova(fileSha256, 'clova-general');
		const pages = fixture?.pages ?? genericGeneralPages(bytes, sniffed.pages, document);
		return pages.map((page, i) => successImage(ctx, page, i, sniffed.pages[i] ?? sniffed.pages[0]));
	}
	const fixture = ex.state.fixtures.clova(fileSha256, 'clova-infer');
	let pages: ClovaFixturePage[];
	let template = candidates.find((t) => t.id === fixture?.templateId);
	if (fixture && template) pages = fixture.pages;
	else if (!fixture && !ex.state.fixtures.fileBySha(fileSha256)) {
		// An unknown file matches the first candidate, so a test can see the bytes that arrived.
		template = candidates[0];
		pages = genericTemplatePages(bytes, sniffed.pages, document, template.name);
	} else {
		return sniffed.pages.map((_, i) => failedImage(ctx, i, 'FAILURE', NOT_FOUND_TEMPLATE));
	}
	const matched = { id: template.id, name: template.name };
	return pages.map((page, i) =>
		successImage(ctx, page, i, sniffed.pages[i] ?? sniffed.pages[0], matched),
	);
}

/** POST /custom/v1/{domainId}/{invokeKey}/general|infer|document/<model>, after the path and domain were found valid. */
export async function handleClova(ex: Exchange, route: ClovaRoute): Promise<void> {
	const body = await readBody(ex.req, LIMITS.clovaBodyCap);
	try {
		if (ex.req.method !== 'POST') throw new ClovaError('0001', `method ${ex.req.method}`);
		if (ex.entry.auth !== 'ok') throw new ClovaError('0002', 'X-OCR-SECRET');
		if (body.overCap) throw new ClovaError('0011', 'body too large');
		const request = parseClovaRequest(ex, body.bytes);
		const images = isDocumentRoute(route)
			? answerDocument(ex, route, request)
			: await answer(ex, route as ClovaRoute & { api: 'general' | 'infer' }, request);
		sendJson(ex, 200, {
			version: request.message.version,
			requestId: request.message.requestId,
			timestamp: ex.state.now(),
			images,
		});
	} catch (error) {
		if (error instanceof ClovaError) return clovaFail(ex, error.code);
		throw error;
	}
}

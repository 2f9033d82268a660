/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { createHash } from 'node:crypto';
import type { ClovaFixturePage } from '../fixture-store';

type Json = Record<string, unknown>;
interface Vertex {
	x: number;
	y: number;
}

export interface ImageContext {
	/** images[0].name of the request. */
	name: string;
	requestId: string;
	fileSha256: string;
	v2: boolean;
	/** PDF or TIFF: pages become separate images[] entries with convertedImageInfo (V2). */
	document: boolean;
	/** Table detection was asked for (and allowed by the domain). */
	tables: boolean;
	combineResultAsArray: boolean;
}

export function uid(ctx: ImageContext, pageIndex: number): string {
	return createHash('sha256')
		.update(`${ctx.requestId}:${ctx.fileSha256}:${pageIndex}`)
		.digest('hex')
		.slice(0, 32);
}

/** V1's bounding {top,left,width,height} from V2's boundingPoly. */
function bounding(poly: unknown): Json {
	const vertices = ((poly as { vertices?: Vertex[] } | undefined)?.vertices ?? []) as Vertex[];
	const xs = vertices.map((v) => v.x);
	const ys = vertices.map((v) => v.y);
	const left = Math.min(...xs);
	const top = Math.min(...ys);
	return { top, left, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/** Fixtures are in V2 form. V1 fields have bounding and none of type, lineBreak, subFields, checked. */
function toV1Field(field: Json): Json {
	const {
		boundingPoly,
		type: _type,
		lineBreak: _lineBreak,
		subFields: _subFields,
		checked: _checked,
		...rest
	} = field;
	return { ...rest, bounding: bounding(boundingPoly) };
}

/** Table objects carry boundingPoly "only if version is V2"; V1 has no geometry for them. */
function withoutBoundingPoly(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutBoundingPoly);
	if (value === null || typeof value !== 'object') return value;
	const out: Json = {};
	for (const [key, inner] of Object.entries(value))
		if (key !== 'boundingPoly') out[key] = withoutBoundingPoly(inner);
	return out;
}

export interface PageSize {
	width: number;
	height: number;
}

export function convertedImageInfo(size: PageSize, pageIndex: number) {
	return {
		width: size.width,
		height: size.height,
		pageIndex,
		longImage: size.height > size.width * 3,
	};
}

export function successImage(
	ctx: ImageContext,
	page: ClovaFixturePage,
	pageIndex: number,
	size: PageSize,
	matchedTemplate?: { id: number; name: string },
): Json {
	const field = (f: Json) => (ctx.v2 ? f : toV1Field(f));
	const image: Json = {
		uid: uid(ctx, pageIndex),
		name: ctx.name,
		inferResult: 'SUCCESS',
		message: 'SUCCESS',
	};
	if (matchedTemplate) image.matchedTemplate = matchedTemplate;
	image.validationResult = page.validationResult ?? { result: 'NO_REQUESTED' };
	if (ctx.v2 && ctx.document)
		image.convertedImageInfo = page.convertedImageInfo ?? convertedImageInfo(size, pageIndex);
	if (page.title) image.title = field(page.title);
	image.fields = page.fields.map(field);
	if (page.combineResult)
		image.combineResult = ctx.combineResultAsArray ? [page.combineResult] : page.combineResult;
	// `tables` is absent, not [], when not asked for or when the page has none.
	if (ctx.tables && page.tables && page.tables.length > 0)
		image.tables = ctx.v2 ? page.tables : withoutBoundingPoly(page.tables);
	return image;
}

/** The message of an `imageFailure` fault's images. */
export function failureMessage(inferResult: 'FAILURE' | 'ERROR', message?: string): string {
	return (
		message ??
		(inferResult === 'ERROR'
			? 'ERROR: image recognition exception'
			: 'FAILURE: image recognition failed')
	);
}

export function failedImage(
	ctx: ImageContext,
	pageIndex: number,
	inferResult: 'FAILURE' | 'ERROR',
	message: string,
): Json {
	return {
		uid: uid(ctx, pageIndex),
		name: ctx.name,
		inferResult,
		message,
		validationResult: { result: 'NO_REQUESTED' },
	};
}

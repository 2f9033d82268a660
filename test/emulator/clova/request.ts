/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { z } from 'zod';
import type { Exchange } from '../exchange';
import type { FileKind } from '../files/sniff';
import { mediaType } from '../http/body';
import { boundaryOf, parseMultipart } from '../http/multipart';
import { redactImageData } from '../request-log';
import { ClovaError } from './errors';

export const FORMATS = ['jpg', 'jpeg', 'png', 'pdf', 'tif', 'tiff'] as const;

/** The file kind each declared format must have. */
export const FORMAT_KIND: Record<string, FileKind> = {
	jpg: 'jpeg',
	jpeg: 'jpeg',
	png: 'png',
	pdf: 'pdf',
	tif: 'tiff',
	tiff: 'tiff',
};

const LANGUAGES = ['ko', 'ja', 'zh-TW'];

/** "ko", "ko,ja", "ko, ja, zh-TW" (the General doc writes spaces after the commas). */
function languagesOk(lang: string): boolean {
	return lang.split(',').every((code) => LANGUAGES.includes(code.trim()));
}

const imageSchema = z.object({
	format: z
		.string()
		.refine((format) => (FORMATS as readonly string[]).includes(format.toLowerCase())),
	name: z.string().min(1),
	url: z.string().optional(),
	data: z.string().optional(),
	templateIds: z.array(z.number().int().positive()).optional(),
});

const messageSchema = z.object({
	version: z.string(),
	requestId: z.string().min(1),
	// Integer per the docs; the General doc's own example sends "1722225600000".
	timestamp: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]),
	lang: z.string().refine(languagesOk).optional(),
	images: z.array(imageSchema).length(1),
	enableTableDetection: z.boolean().optional(),
});

export type ClovaMessage = z.infer<typeof messageSchema>;

export interface ClovaRequest {
	message: ClovaMessage;
	image: ClovaMessage['images'][number];
	/** From `data` (wins over `url`) or the multipart `file` part. */
	bytes?: Buffer;
	fileName?: string;
	/** When only `url` was given. */
	url?: string;
}

function parseJson(text: string, what: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new ClovaError('0011', `${what} is not JSON`);
	}
}

function decodeBase64(data: string): Buffer {
	if (data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
		throw new ClovaError(
			'0011',
			'images[0].data is not plain base64 (no data: prefix, no line breaks)',
		);
	}
	return Buffer.from(data, 'base64');
}

/** Reads application/json or multipart/form-data (parts `message` and `file`); throws ClovaError. */
export function parseClovaRequest(ex: Exchange, body: Buffer): ClovaRequest {
	const type = mediaType(ex.req.headers['content-type']);
	let raw: unknown;
	let file: { data: Buffer; filename: string } | undefined;
	if (type === 'application/json') {
		raw = parseJson(body.toString('utf8'), 'the body');
	} else if (type === 'multipart/form-data') {
		const boundary = boundaryOf(ex.req.headers['content-type']);
		if (!boundary) throw new ClovaError('0011', 'multipart without a boundary');
		const parsed = parseMultipart(body, boundary);
		if (!parsed.ok) throw new ClovaError('0011', `multipart: ${parsed.error}`);
		const messages = parsed.parts.filter((part) => part.name === 'message');
		const files = parsed.parts.filter((part) => part.name === 'file');
		if (messages.length !== 1)
			throw new ClovaError('0011', 'multipart needs exactly one `message` part');
		if (files.length !== 1 || !files[0].filename)
			throw new ClovaError('0011', 'multipart needs exactly one `file` part with a filename');
		raw = parseJson(messages[0].data.toString('utf8'), 'the message part');
		file = { data: files[0].data, filename: files[0].filename };
	} else {
		throw new ClovaError('0011', `Content-Type ${type || '(none)'}`);
	}
	ex.entry.json = redactImageData(raw);
	const version = (raw as { version?: unknown } | null)?.version;
	if (typeof version === 'string') {
		ex.entry.apiVersion = version;
		if (!/^v[12]$/i.test(version)) throw new ClovaError('0021', `version ${version}`);
	}
	const parsed = messageSchema.safeParse(raw);
	if (!parsed.success)
		throw new ClovaError(
			'0011',
			parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
		);
	const message = parsed.data;
	const image = message.images[0];
	if (file) return { message, image, bytes: file.data, fileName: file.filename };
	if (image.data) return { message, image, bytes: decodeBase64(image.data) };
	if (image.url) return { message, image, url: image.url };
	throw new ClovaError('0011', 'images[0] has neither url nor data');
}

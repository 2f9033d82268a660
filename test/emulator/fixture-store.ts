/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FILES_DIR, MIME_TYPES, RESPONSES_DIR } from '../fixtures/catalog';
import { sha256 } from './request-log';

export type EndpointKey =
	| 'nhn-general'
	| 'nhn-general-cropping'
	| 'nhn-business'
	| 'nhn-credit-card'
	| 'nhn-document-ai'
	| 'clova-general'
	| 'clova-infer'
	| 'clova-receipt'
	| 'clova-biz-license';

const ENDPOINT_KEYS: EndpointKey[] = [
	'nhn-general',
	'nhn-general-cropping',
	'nhn-business',
	'nhn-credit-card',
	'nhn-document-ai',
	'clova-general',
	'clova-infer',
	'clova-receipt',
	'clova-biz-license',
];

const record = z.record(z.unknown());

export const nhnFixtureSchema = z.union([
	z.object({ result: record }).strict(),
	z.object({ resultCode: z.number().int() }).strict(),
]);
export type NhnFixture = z.infer<typeof nhnFixtureSchema>;

const clovaPageSchema = z
	.object({
		convertedImageInfo: z
			.object({
				width: z.number(),
				height: z.number(),
				pageIndex: z.number().int(),
				longImage: z.boolean(),
			})
			.optional(),
		fields: z.array(record),
		tables: z.array(record).optional(),
		title: record.optional(),
		validationResult: record.optional(),
		combineResult: record.optional(),
	})
	.strict();
export type ClovaFixturePage = z.infer<typeof clovaPageSchema>;

export const clovaFixtureSchema = z
	.object({ templateId: z.number().int().optional(), pages: z.array(clovaPageSchema).min(1) })
	.strict();
export type ClovaFixture = z.infer<typeof clovaFixtureSchema>;

/** CLOVA Document OCR: the image's `receipt` or `bizLicense` part as the emulator answers it. */
export const clovaDocumentFixtureSchemas = {
	'clova-receipt': z.object({ receipt: record }).strict(),
	'clova-biz-license': z.object({ bizLicense: record }).strict(),
};
export type ClovaDocumentKey = keyof typeof clovaDocumentFixtureSchemas;

export const documentAiFixtureSchema = z.union([
	z
		.object({
			answers: z
				.array(
					z
						.object({ promptIncludes: z.string().min(1).optional(), llmResponse: z.string() })
						.strict(),
				)
				.min(1),
		})
		.strict(),
	z.object({ resultCode: z.number().int() }).strict(),
]);
export type DocumentAiFixture = z.infer<typeof documentAiFixtureSchema>;

function schemaOf(endpoint: EndpointKey): z.ZodTypeAny {
	if (endpoint === 'nhn-document-ai') return documentAiFixtureSchema;
	if (endpoint === 'clova-receipt' || endpoint === 'clova-biz-license')
		return clovaDocumentFixtureSchemas[endpoint];
	return endpoint.startsWith('nhn-') ? nhnFixtureSchema : clovaFixtureSchema;
}

export interface StoredFile {
	name: string;
	bytes: Buffer;
	sha256: string;
	mimeType: string;
}

/** The sample files and their per-endpoint answers, keyed by the SHA-256 of the bytes (computed here). */
export class FixtureStore {
	private readonly byName = new Map<string, StoredFile>();
	private readonly bySha = new Map<string, StoredFile>();
	private readonly answers = new Map<string, unknown>();

	constructor(filesDir = FILES_DIR, responsesDir = RESPONSES_DIR) {
		for (const name of readdirSync(filesDir)) {
			const bytes = readFileSync(join(filesDir, name));
			const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
			const file = {
				name,
				bytes,
				sha256: sha256(bytes),
				mimeType: MIME_TYPES[extension] ?? 'application/octet-stream',
			};
			this.byName.set(name, file);
			this.bySha.set(file.sha256, file);
		}
		for (const fileName of readdirSync(responsesDir)) {
			if (!fileName.endsWith('.json')) continue;
			const stem = fileName.slice(0, -'.json'.length);
			const endpoint = ENDPOINT_KEYS.find((key) => stem.endsWith(`.${key}`));
			const target = endpoint && stem.slice(0, -(endpoint.length + 1));
			if (!endpoint || !target || !this.byName.has(target))
				throw new Error(`fixture response ${fileName}: no such file or endpoint`);
			const json: unknown = JSON.parse(readFileSync(join(responsesDir, fileName), 'utf8'));
			const parsed = schemaOf(endpoint).safeParse(json);
			if (!parsed.success) throw new Error(`fixture response ${fileName}: ${parsed.error.message}`);
			this.answers.set(`${this.byName.get(target)!.sha256}:${endpoint}`, parsed.data);
		}
	}

	file(name: string): StoredFile | undefined {
		return this.byName.get(name);
	}

	fileBySha(sha: string): StoredFile | undefined {
		return this.bySha.get(sha);
	}

	private answer(sha: string, endpoint: EndpointKey): unknown {
		const answer = this.answers.get(`${sha}:${endpoint}`);
		return answer === undefined ? undefined : structuredClone(answer);
	}

	clovaDocument(sha: string, endpoint: ClovaDocumentKey): Record<string, unknown> | undefined {
		return this.answer(sha, endpoint) as Record<string, unknown> | undefined;
	}

	documentAi(sha: string): DocumentAiFixture | undefined {
		return this.answer(sha, 'nhn-document-ai') as DocumentAiFixture | undefined;
	}

	nhn(
		sha: string,
		endpoint: Exclude<EndpointKey & `nhn-${string}`, 'nhn-document-ai'>,
	): NhnFixture | undefined {
		const answer = this.answers.get(`${sha}:${endpoint}`);
		return answer === undefined ? undefined : (structuredClone(answer) as NhnFixture);
	}

	clova(sha: string, endpoint: 'clova-general' | 'clova-infer'): ClovaFixture | undefined {
		const answer = this.answers.get(`${sha}:${endpoint}`);
		return answer === undefined ? undefined : (structuredClone(answer) as ClovaFixture);
	}
}

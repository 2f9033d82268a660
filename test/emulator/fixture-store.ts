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
	| 'clova-general'
	| 'clova-infer';

const ENDPOINT_KEYS: EndpointKey[] = [
	'nhn-general',
	'nhn-general-cropping',
	'nhn-business',
	'nhn-credit-card',
	'clova-general',
	'clova-infer',
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
			const parsed = (
				endpoint.startsWith('nhn-') ? nhnFixtureSchema : clovaFixtureSchema
			).safeParse(json);
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

	nhn(sha: string, endpoint: EndpointKey & `nhn-${string}`): NhnFixture | undefined {
		const answer = this.answers.get(`${sha}:${endpoint}`);
		return answer === undefined ? undefined : (structuredClone(answer) as NhnFixture);
	}

	clova(sha: string, endpoint: 'clova-general' | 'clova-infer'): ClovaFixture | undefined {
		const answer = this.answers.get(`${sha}:${endpoint}`);
		return answer === undefined ? undefined : (structuredClone(answer) as ClovaFixture);
	}
}

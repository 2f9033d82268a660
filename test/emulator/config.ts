import { templates } from '../fixtures/catalog';
import type { ClovaTemplate } from './types';

/** Fixed demo credentials (test/CONTRACTS.md). */
export const DEMO_NHN = {
	appKey: 'demo-app-key',
	secretKey: 'demo-secret-key',
	userAccessKeyId: 'demo-user-access-key-id',
	secretAccessKey: 'demo-secret-access-key',
};

export interface DomainConfig {
	domainId: string;
	invokeKey: string;
	secretKey: string;
	tableExtraction: boolean;
	templates: ClovaTemplate[];
}

export const DEMO_CLOVA: Record<'general' | 'generalNoTables' | 'template', DomainConfig> = {
	general: {
		domainId: '33675',
		invokeKey: '8f694ccb00dbd8001e9b0fcbac1d2e3f',
		secretKey: 'demo-clova-general-secret',
		tableExtraction: true,
		templates: [],
	},
	generalNoTables: {
		domainId: '33676',
		invokeKey: '5b1e0f6a7c9d4e21a8b3c4d5e6f70812',
		secretKey: 'demo-clova-notables-secret',
		tableExtraction: false,
		templates: [],
	},
	template: {
		domainId: '33677',
		invokeKey: 'c0ffee12345678909abcdef012345678',
		secretKey: 'demo-clova-template-secret',
		tableExtraction: false,
		templates: [
			{ ...templates.released, released: true },
			{ ...templates.notReleased, released: false },
		],
	},
};

const MiB = 1024 * 1024;

/** Documented limits. "MB" in the documents is taken as MiB. */
export const LIMITS = {
	/** NHN uploads and image-URL downloads (20 MB since 2026-08-11). */
	nhnMaxBytes: 20 * MiB,
	clovaGeneralMaxBytes: 50 * MiB,
	clovaTemplateImageMaxBytes: 20 * MiB,
	clovaTemplateDocumentMaxBytes: 50 * MiB,
	clovaGeneralMaxPages: 10,
	clovaTemplateMaxPages: 5,
	/** Bodies beyond these are drained without being kept. */
	nhnBodyCap: 21 * MiB,
	clovaBodyCap: Math.ceil((50 * MiB * 4) / 3) + 2 * MiB,
	/** Documented NHN download time limit. */
	downloadTimeoutMs: 20_000,
	tokenTtlSeconds: 86_400,
};

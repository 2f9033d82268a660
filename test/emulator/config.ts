/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { templates } from '../fixtures/catalog';
import type { ClovaDocumentModel, ClovaDomainName, ClovaTemplate } from './types';

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
	/** A Document OCR domain serves this specialised model's path, `/document/<model>`. */
	document?: ClovaDocumentModel;
}

export const DEMO_CLOVA: Record<ClovaDomainName, DomainConfig> = {
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
	receipt: {
		domainId: '33678',
		invokeKey: 'ab12cd34ef56ab78cd90ef12ab34cd56',
		secretKey: 'demo-clova-receipt-secret',
		tableExtraction: false,
		templates: [],
		document: 'receipt',
	},
	bizLicense: {
		domainId: '33679',
		invokeKey: '0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6',
		secretKey: 'demo-clova-biz-license-secret',
		tableExtraction: false,
		templates: [],
		document: 'biz-license',
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

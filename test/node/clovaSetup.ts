import type { INodeExecutionData } from 'n8n-workflow';
import type { Emulator, RequestLogEntry } from '../emulator';
import type { FixtureFile, Lines } from '../fixtures/catalog';
import {
	runNode,
	type BinaryMode,
	type HarnessCredential,
	type HarnessItem,
	type HarnessRun,
} from '../harness';
import { fileItem } from './setup';

export type ClovaDomainName = 'general' | 'generalNoTables' | 'template' | 'receipt' | 'bizLicense';
export type ClovaOperation =
	| 'recognizeText'
	| 'recognizeTemplate'
	| 'recognizeReceipt'
	| 'recognizeBusinessLicense';

const defaultDomains: Record<ClovaOperation, ClovaDomainName> = {
	recognizeText: 'general',
	recognizeTemplate: 'template',
	recognizeReceipt: 'receipt',
	recognizeBusinessLicense: 'bizLicense',
};
/** How the file reaches CLOVA: a multipart upload, base64 inside JSON, or a URL CLOVA downloads. */
export type ClovaInputKind = 'multipart' | 'base64' | 'url';

export const clovaInputKinds: ClovaInputKind[] = ['multipart', 'base64', 'url'];
export const clovaVersions = ['V1', 'V2'] as const;

export function clovaCredential(
	emulator: Emulator,
	domain: ClovaDomainName = 'general',
	data: Record<string, string> = {},
): HarnessCredential {
	const { invokeUrl, secretKey } = emulator.clova[domain];
	return { type: 'clovaOcrApi', data: { invokeUrl, secretKey, ...data } };
}

export interface ClovaRunOptions {
	domain?: ClovaDomainName;
	credential?: Record<string, string>;
	binaryMode?: BinaryMode;
	continueOnFail?: boolean;
}

/** Runs CLOVA OCR › operation through the engine. `options` are the node's Options collection. */
export function runClova(
	emulator: Emulator,
	operation: ClovaOperation,
	parameters: Record<string, unknown>,
	items: HarnessItem[],
	run: ClovaRunOptions = {},
): Promise<HarnessRun> {
	const domain = run.domain ?? defaultDomains[operation];
	return runNode({
		parameters: { resource: 'clovaOcr', operation, inputType: 'binary', ...parameters },
		items,
		credentials: [clovaCredential(emulator, domain, run.credential)],
		binaryMode: run.binaryMode,
		continueOnFail: run.continueOnFail,
	});
}

/** Node parameters and input items that send `file` the given way. */
export function clovaInput(
	emulator: Emulator,
	kind: ClovaInputKind,
	file: FixtureFile,
	options: Record<string, unknown> = {},
) {
	if (kind === 'url') {
		return {
			parameters: { inputType: 'url', imageUrl: emulator.fileUrl(file.name), options },
			items: [{}] as HarnessItem[],
		};
	}
	const sendAs = kind === 'base64' ? { sendAs: 'base64' } : {};
	return {
		parameters: { inputType: 'binary', options: { ...options, ...sendAs } },
		items: [fileItem(file)],
	};
}

/** The requests that reached a CLOVA endpoint (URL inputs also show the emulator serving the file). */
export function clovaCalls(emulator: Emulator): RequestLogEntry[] {
	return emulator.log.filter((entry) => entry.provider === 'clova');
}

/** The one image of a logged CLOVA request message. */
export function sentImage(entry: RequestLogEntry | undefined): Record<string, unknown> {
	const json = entry?.json as { images?: Array<Record<string, unknown>> } | undefined;
	if (!json?.images?.[0])
		throw new Error(`no image in the logged request: ${JSON.stringify(entry)}`);
	return json.images[0];
}

export function sentMessage(entry: RequestLogEntry | undefined): Record<string, unknown> {
	if (!entry?.json) throw new Error(`no message in the logged request: ${JSON.stringify(entry)}`);
	return entry.json as Record<string, unknown>;
}

export function lineTexts(lines: Lines): string[] {
	return lines.map((line) => line.join(' '));
}

export function json(items: INodeExecutionData[]): Array<Record<string, unknown>> {
	return items.map((item) => item.json as Record<string, unknown>);
}

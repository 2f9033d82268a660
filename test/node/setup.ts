/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INodeExecutionData } from 'n8n-workflow';
import type { Emulator } from '../emulator';
import type { FixtureFile } from '../fixtures/catalog';
import type { BinaryMode, HarnessCredential, HarnessItem, HarnessRun } from '../harness';

export const binaryModes: BinaryMode[] = ['default', 'filesystem', 'combined'];

export { useEmulator, type EmulatorHandle } from '../emulator/fixture';

export function appKeyCredential(
	emulator: Emulator,
	data: Record<string, string> = {},
): HarnessCredential {
	return {
		type: 'nhnCloudOcrApi',
		data: {
			appKey: emulator.nhn.appKey,
			secretKey: emulator.nhn.secretKey,
			baseUrl: emulator.nhn.baseUrl,
			...data,
		},
	};
}

export function userAccessKeyCredential(
	emulator: Emulator,
	data: Record<string, string> = {},
): HarnessCredential {
	return {
		type: 'nhnCloudUserAccessKeyApi',
		data: {
			userAccessKeyId: emulator.nhn.userAccessKeyId,
			secretAccessKey: emulator.nhn.secretAccessKey,
			appKey: emulator.nhn.appKey,
			baseUrl: emulator.nhn.baseUrl,
			tokenUrl: emulator.nhn.tokenUrl,
			...data,
		},
	};
}

export function nhnCredentials(emulator: Emulator): HarnessCredential[] {
	return [appKeyCredential(emulator), userAccessKeyCredential(emulator)];
}

export function fileItem(file: FixtureFile, json: Record<string, string> = {}): HarnessItem {
	return { json, files: [{ path: file.path, mimeType: file.mimeType }] };
}

export function bufferItem(buffer: Buffer, fileName: string, mimeType?: string): HarnessItem {
	return { files: [{ buffer, fileName, mimeType }] };
}

/** A file the emulator has no fixture for: a real image with random bytes after its end, so its hash is new. */
export function uniqueCopy(file: FixtureFile): { buffer: Buffer; sha256: string } {
	const buffer = Buffer.concat([readFileSync(file.path), randomBytes(64)]);
	return { buffer, sha256: createHash('sha256').update(buffer).digest('hex') };
}

export function texts(items: INodeExecutionData[]): string[] {
	return items.map((item) => item.json.text as string);
}

export function pairedItems(items: INodeExecutionData[]): number[] {
	return items.map((item) => (item.pairedItem as { item: number }).item);
}

/** The run must have succeeded: shows the node's error when it did not. */
export function succeeded(run: HarnessRun): INodeExecutionData[] {
	if (run.error)
		throw new Error(
			`The node failed: ${run.error.message} — ${(run.error as { description?: string }).description ?? ''}`,
		);
	return run.items;
}

/** The run must have failed: returns the engine's copy of the node's error. */
export function failed(run: HarnessRun): {
	message: string;
	description?: string;
	httpCode?: string;
	context?: { itemIndex?: number };
} {
	if (!run.error)
		throw new Error(
			`The node did not fail; it returned ${JSON.stringify(run.items.map((item) => item.json)).slice(0, 300)}`,
		);
	return run.error as unknown as {
		message: string;
		description?: string;
		httpCode?: string;
		context?: { itemIndex?: number };
	};
}

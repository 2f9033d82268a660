/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Emulator, RequestLogEntry } from '../emulator';
import type { FixtureFile } from '../fixtures/catalog';
import type { HarnessCredential } from '../harness';
import { startLoopbackServer, type LoopbackServer } from '../shared/loopback-server';
import { appKeyCredential, userAccessKeyCredential } from './setup';

export type NhnAuthentication = 'appKeySecretKey' | 'userAccessKey';

export const nhnAuthentications: NhnAuthentication[] = ['appKeySecretKey', 'userAccessKey'];

/** The API version each authentication must call (v1.0: App Key + Secret Key, v1.1: User Access Key token). */
export const apiVersionOf: Record<NhnAuthentication, string> = {
	appKeySecretKey: 'v1.0',
	userAccessKey: 'v1.1',
};

export function credentialFor(
	authentication: NhnAuthentication,
	emulator: Emulator,
	data: Record<string, string> = {},
): HarnessCredential {
	return authentication === 'appKeySecretKey'
		? appKeyCredential(emulator, data)
		: userAccessKeyCredential(emulator, data);
}

/** The requests that reached the NHN OCR API (not the token endpoint, not file downloads). */
export function nhnCalls(emulator: Emulator): RequestLogEntry[] {
	return emulator.log.filter((entry) => entry.provider === 'nhn');
}

export function sha256Of(file: FixtureFile): string {
	return createHash('sha256').update(readFileSync(file.path)).digest('hex');
}

/** A stand-in for NHN that answers every request with `body` (as JSON unless it is a string), for answers the emulator never gives. */
export function answeringServer(body: unknown, contentType?: string): Promise<LoopbackServer> {
	return startLoopbackServer({ body, contentType });
}

export function successEnvelope(result: unknown) {
	return { header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' }, result };
}

/**
 * The documented codes an engine test still sends: the first and the last (the rest are exact unit tests of
 * the error builder, test/unit/errors.test.ts).
 */
export function throughTheEngine(codes: number[]): number[] {
	const failures = codes.filter((code) => code !== 0);
	return [failures[0], failures[failures.length - 1]];
}

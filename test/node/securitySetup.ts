import {
	startLoopbackServer,
	type LoopbackServer,
	type ReceivedRequest,
} from '../shared/loopback-server';

/** Answers every request with `status` and a Location on `target` (the same path appended). */
export async function startRedirector(status: number, target: string): Promise<LoopbackServer> {
	return await startLoopbackServer((request) => ({
		status,
		headers: { location: `${target}${request.path}?token=leaked-in-query` },
	}));
}

/** Every place a secret could show in what a request carried: headers (raw and decoded Basic) and body. */
export function requestText(request: ReceivedRequest): string {
	const headers = Object.entries(request.headers)
		.map(([name, value]) => `${name}: ${String(value)}`)
		.join('\n');
	const basic = String(request.headers.authorization ?? '').replace(/^Basic\s+/i, '');
	const decoded = basic ? Buffer.from(basic, 'base64').toString('utf8') : '';
	return `${headers}\n${decoded}\n${request.body.toString('latin1')}`;
}

/** The credential's Test button: the one tester of the harness (test/harness/credential-tester.ts). */
export { testCredential } from '../harness/credential-tester';

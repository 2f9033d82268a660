/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import { receiptKoPng } from '../fixtures/catalog';
import { operationSpecs, sampleFor, type OperationSpec } from '../package/operations';
import { startLoopbackServer, type LoopbackServer } from '../shared/loopback-server';
import { callAsTool } from './toolSetup';
import { useEmulator } from './setup';

/**
 * URLs a model chooses, as an AI Agent tool: every spelling of an internal address the review tried, for every
 * operation (each reads a URL in tool mode: the node downloads it, or the provider does), with "Allow Internal
 * Addresses" off (the default). Zero requests may reach the loopback server (which is not the service), none may
 * reach the service either, and the error the model reads names the reason without network internals and echoes
 * at most a short start of what it passed. Prints the table's counts.
 */
const emulator = useEmulator();
jest.setTimeout(300_000);

let files: LoopbackServer;
const png = readFileSync(receiptKoPng.path);

beforeAll(async () => {
	files = await startLoopbackServer({ body: png, contentType: 'image/png' });
});
afterAll(async () => {
	await files.close();
});

const port = () => new URL(files.url).port;

/** [name, URL]: the loopback server in every spelling, then the other internal networks and local names. */
const spellings: Array<[string, () => string]> = [
	['127.0.0.1', () => `http://127.0.0.1:${port()}/doc.png`],
	['decimal 2130706433', () => `http://2130706433:${port()}/doc.png`],
	['hex 0x7f000001', () => `http://0x7f000001:${port()}/doc.png`],
	['octal 0177.0.0.1', () => `http://0177.0.0.1:${port()}/doc.png`],
	['short 127.1', () => `http://127.1:${port()}/doc.png`],
	['IPv4-mapped [::ffff:127.0.0.1]', () => `http://[::ffff:127.0.0.1]:${port()}/doc.png`],
	['unspecified 0.0.0.0', () => `http://0.0.0.0:${port()}/doc.png`],
	['localhost', () => `http://localhost:${port()}/doc.png`],
	['LOCALHOST. (case, trailing dot)', () => `HTTP://LOCALHOST.:${port()}/doc.png`],
	['[::1]', () => `http://[::1]:${port()}/doc.png`],
	['user@ before the host', () => `http://example.com@127.0.0.1:${port()}/doc.png`],
	['cloud metadata 169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/doc.png'],
	['private 10.x', () => 'http://10.0.0.5/doc.png'],
	['private 172.16.x', () => 'http://172.16.0.9/doc.png'],
	['private 192.168.x', () => 'http://192.168.1.10/doc.png'],
	['CGNAT 100.64.x', () => 'http://100.64.0.1/doc.png'],
	['unique-local [fd00::1]', () => 'http://[fd00::1]/doc.png'],
	['link-local [fe80::1]', () => 'http://[fe80::1]/doc.png'],
	['single-label name', () => 'http://fileserver/doc.png'],
	['.local name', () => 'http://printer.local/doc.png'],
	['.internal name', () => 'http://metadata.google.internal/doc.png'],
	['127.0.0.1.nip.io', () => `http://127.0.0.1.nip.io:${port()}/doc.png`],
];

const specs = operationSpecs().filter((spec) => spec.takesFile);

async function toolCall(spec: OperationSpec, imageUrl: string, allowInternalAddresses = false) {
	const sample = await sampleFor(emulator(), spec);
	const { inputType: _inputType, ...parameters } = sample.parameters;
	const args: Record<string, string> = { imageUrl };
	if (parameters.prompt) args.prompt = String(parameters.prompt);
	return await callAsTool(
		{
			resource: spec.resource,
			operation: spec.operation,
			...(allowInternalAddresses ? { allowInternalAddresses: true } : {}),
			...(parameters as object),
		},
		args,
		sample.credentials,
	);
}

const counts = { calls: 0, refused: 0, loopbackRequests: 0, serviceRequests: 0, leaks: 0 };

afterAll(() => {
	console.log(
		[
			'Tool-mode SSRF table:',
			`spellings: ${spellings.length}, operations: ${specs.length}, tool calls: ${counts.calls}`,
			`refused before any request: ${counts.refused}, requests that reached the loopback server: ${counts.loopbackRequests}, requests that reached the service: ${counts.serviceRequests}, errors with network internals or long echoes: ${counts.leaks}`,
		].join('\n'),
	);
});

/** Network internals: system codes, a port other than the one the model passed, stack-like texts. */
const INTERNALS = /E[A-Z]{4,}|connect |::1:|socket|getaddrinfo|\bat [A-Za-z.]+ \(/;

describe('tool mode: a URL the model chooses never leads inside the network', () => {
	const cases = specs.flatMap((spec) =>
		spellings.map(
			([name, url]) => [`${spec.resource} › ${spec.operation}`, name, spec, url] as const,
		),
	);

	it.each(cases)('%s, %s: refused before any request', async (_operation, _name, spec, url) => {
		const before = files.requests.length;
		emulator().clearLog();
		const call = await toolCall(spec, url());
		counts.calls++;
		const loopback = files.requests.length - before;
		const service = emulator().log.length;
		counts.loopbackRequests += loopback;
		counts.serviceRequests += service;
		if (call.error) counts.refused++;
		const error = call.error ?? '';
		if (INTERNALS.test(error) || error.length > 700) counts.leaks++;
		expect(call.answer).toBeUndefined();
		expect(error).toMatch(/does not read/);
		expect(error).not.toMatch(INTERNALS);
		expect(loopback).toBe(0);
		expect(service).toBe(0);
	});

	it('the table is not empty', () => {
		expect(cases.length).toBe(spellings.length * specs.length);
	});

	it('a URL of 100 KB comes back as a short start of it, not whole', async () => {
		const spec = specs[0];
		const long = `http://127.0.0.1:${port()}/${'a'.repeat(100_000)}.png`;
		const call = await toolCall(spec, long);
		expect(call.error).toMatch(/does not read/);
		expect(call.error!.length).toBeLessThan(700);
		const notUrl = await toolCall(spec, `x${'b'.repeat(100_000)}`);
		expect(notUrl.error).toMatch(/is not a web address/);
		expect(notUrl.error!.length).toBeLessThan(700);
	});

	describe("with 'Allow Internal Addresses' on, the same URL is read (the table above is not vacuous)", () => {
		const nodeDownloads = specs.filter(
			(spec) =>
				['nhnDocumentOcr', 'clovaOcr'].includes(spec.resource) &&
				!['recognizeText', 'recognizeTemplate'].includes(spec.operation),
		);

		it.each(nodeDownloads.map((spec) => [`${spec.resource} › ${spec.operation}`, spec] as const))(
			'%s: the node downloads it from the loopback server',
			async (_name, spec) => {
				const before = files.requests.length;
				await toolCall(spec, `http://127.0.0.1:${port()}/doc.png`, true);
				expect(files.requests.length - before).toBe(1);
			},
		);

		it('a closed port: the error says the server refused, with no system code or address', async () => {
			const spec = nodeDownloads[0];
			const call = await toolCall(spec, 'http://127.0.0.1:9/doc.png', true);
			expect(call.error).toMatch(/refused the connection|could not be reached/);
			expect(call.error).not.toMatch(INTERNALS);
		});
	});
});

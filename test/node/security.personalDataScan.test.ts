/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import {
	documentAiPrompts,
	personalFormPng,
	personalNumbers,
	type FixtureFile,
} from '../fixtures/catalog';
import { runNode, type HarnessRun } from '../harness';
import { operationSpecs, sampleFor, type OperationSpec, type Sample } from '../package/operations';
import { startLoopbackServer, type LoopbackServer } from '../shared/loopback-server';
import { clovaCredential } from './clovaSetup';
import { callAsTool } from './toolSetup';
import { appKeyCredential, bufferItem, fileItem, useEmulator } from './setup';

/**
 * Mask Personal Data, scanned like the secrets: every operation in every output shape, with the Needs Review
 * output on, through success and error paths and as an AI Agent tool, reading a form that carries a resident
 * registration number written whole (900101-1234567), a foreigner registration number that OCR splits over two
 * words (880214- 5345678), a driver's licence number, a company registration number (which must stay) — and
 * every provider's answer for it (NHN General, CLOVA General and Template, NHN business registration with the
 * owner's number, CLOVA business licence with socialNumber, a receipt, a Document AI answer quoting the number).
 * Nothing unmasked may show in the output items (both outputs), the raw answer, the error, the whole execution
 * data, the log lines or the tool's answer. Prints the table of what was scanned.
 */
const emulator = useEmulator();
jest.setTimeout(300_000);

/** Never anywhere, in any form: the back parts of the registration numbers and the licence's serial. */
const UNMASKED = [/(?<!\d)1234567(?!\d)/, /(?<!\d)5345678(?!\d)/, /(?<!\d)333333(?!\d)/];

interface Scanned {
	what: string;
	/** Texts scanned (items, errors, run data, log lines, answers) and their total length. */
	texts: number;
	characters: number;
	/** Masked numbers seen (900101-1******, 5******, 11-**-******-**). */
	masked: number;
	/** Unmasked numbers found: must be 0. */
	unmasked: string[];
}

const table: Scanned[] = [];

function countMasked(text: string): number {
	return (
		text.split(personalNumbers.residentMasked).length -
		1 +
		(text.match(/(?<![\d*])5\*{6}(?![\d*])/g)?.length ?? 0) +
		(text.split(personalNumbers.licenceMasked).length - 1)
	);
}

function scan(what: string, texts: Array<[string, string]>): Scanned {
	const unmasked = texts.flatMap(([place, text]) =>
		UNMASKED.filter((pattern) => pattern.test(text)).map(
			(pattern) =>
				`${place}: ${text.slice(Math.max(0, text.search(pattern) - 40), text.search(pattern) + 20)}`,
		),
	);
	const scanned = {
		what,
		texts: texts.length,
		characters: texts.reduce((sum, [, text]) => sum + text.length, 0),
		masked: texts.reduce((sum, [, text]) => sum + countMasked(text), 0),
		unmasked,
	};
	table.push(scanned);
	return scanned;
}

/** Every place a run's texts end up. */
function placesOf(run: HarnessRun): Array<[string, string]> {
	return [
		['output (Accepted)', JSON.stringify(run.output('NHN & CLOVA OCR', 0))],
		['output (Needs Review)', JSON.stringify(run.output('NHN & CLOVA OCR', 1))],
		['error', JSON.stringify(run.error ?? {})],
		['whole run', JSON.stringify(run.run)],
		['log lines', run.logs.join('\n')],
	];
}

afterAll(() => {
	const rows = table.map(
		(row) =>
			`| ${row.what} | ${row.texts} | ${row.characters.toLocaleString('en-US')} | ${row.masked} | ${row.unmasked.length} |`,
	);
	const total = (key: 'masked' | 'texts') => table.reduce((sum, row) => sum + row[key], 0);
	const unmasked = table.reduce((sum, row) => sum + row.unmasked.length, 0);
	console.log(
		[
			'Personal-data scan:',
			'| case | texts scanned | characters | masked numbers seen | unmasked numbers found |',
			'|---|---|---|---|---|',
			...rows,
			`| total: ${table.length} cases | ${total('texts')} | | ${total('masked')} | ${unmasked} |`,
		].join('\n'),
	);
});

const specs = operationSpecs().filter((spec) => spec.takesFile);

/** The operation's own sample parameters and credential, with the personal form as the file. */
async function personalSample(spec: OperationSpec): Promise<Sample> {
	const sample = await sampleFor(emulator(), spec);
	const parameters: Record<string, unknown> = { ...sample.parameters };
	if (spec.operation === 'extractFields')
		Object.assign(parameters, {
			preset: 'custom',
			defineFields: 'json',
			fieldsJson: JSON.stringify([
				{ name: 'name', type: 'text' },
				{ name: 'residentNumber', type: 'text' },
				{ name: 'licence', type: 'text' },
				{ name: 'people', type: 'list', fields: { name: 'text', residentNumber: 'text' } },
			]),
			instructions: 'Answer as JSON.',
		});
	return { ...sample, parameters, items: [fileItem(personalFormPng)] };
}

async function runWith(
	spec: OperationSpec,
	sample: Sample,
	parameters: Record<string, unknown>,
	continueOnFail = false,
): Promise<HarnessRun> {
	return await runNode({
		parameters: {
			resource: spec.resource,
			operation: spec.operation,
			...sample.parameters,
			needsReviewOutput: true,
			reviewBelowConfidence: 0.999,
			reviewRequiredKeys: 'residentNumber, 주민등록번호',
			...parameters,
		} as never,
		items: sample.items,
		credentials: sample.credentials,
		continueOnFail,
	});
}

describe('Mask Personal Data: no unmasked personal number leaves the node', () => {
	const cases = specs.flatMap((spec) =>
		spec.outputs.map(
			(output) => [`${spec.resource} › ${spec.operation} › ${output}`, spec, output] as const,
		),
	);

	it.each(cases)('%s (success path, Needs Review on)', async (what, spec, output) => {
		const sample = await personalSample(spec);
		const run = await runWith(spec, sample, { output });
		const scanned = scan(what, placesOf(run));
		expect(scanned.unmasked).toEqual([]);
		if (spec.operation !== 'recognizeCreditCard') {
			// The form was read, and its numbers are in the output masked (not dropped).
			expect(run.error).toBeUndefined();
			expect(scanned.masked).toBeGreaterThan(0);
		}
	});

	it.each(specs.map((spec) => [`${spec.resource} › ${spec.operation}`, spec] as const))(
		'%s as an AI Agent tool: the answer the model reads is masked',
		async (what, spec) => {
			const sample = await personalSample(spec);
			const { inputType: _inputType, ...parameters } = sample.parameters;
			const args: Record<string, string> = { imageUrl: emulator().fileUrl(personalFormPng.name) };
			if (parameters.prompt) args.prompt = String(parameters.prompt);
			const call = await callAsTool(
				{
					resource: spec.resource,
					operation: spec.operation,
					allowInternalAddresses: true,
					...(parameters as object),
				},
				args,
				sample.credentials,
			);
			const scanned = scan(`${what} › tool answer`, [
				['tool answer', call.answer ?? ''],
				['tool error', call.error ?? ''],
				['whole run', JSON.stringify(call.run.run)],
				['log lines', call.run.logs.join('\n')],
			]);
			expect(scanned.unmasked).toEqual([]);
			if (spec.operation !== 'recognizeCreditCard') expect(scanned.masked).toBeGreaterThan(0);
		},
	);

	describe('error paths', () => {
		const askAbout = () => specs.find((spec) => spec.operation === 'askAboutDocument')!;

		it('Ask About Document: an answer without JSON quoting the number, in the error (and the Continue On Fail item)', async () => {
			const spec = askAbout();
			const sample = await personalSample(spec);
			for (const continueOnFail of [false, true]) {
				const run = await runWith(
					spec,
					sample,
					{ prompt: documentAiPrompts.summary, options: { parseJson: true } },
					continueOnFail,
				);
				const scanned = scan(
					`Ask About Document, no JSON in the answer (Continue On Fail ${continueOnFail ? 'on' : 'off'})`,
					placesOf(run),
				);
				expect(scanned.unmasked).toEqual([]);
				expect(JSON.stringify(run.error ?? run.items)).toContain(personalNumbers.residentMasked);
			}
		});

		it('CLOVA: a page that failed with a message quoting the number', async () => {
			const spec = specs.find(
				(candidate) => candidate.operation === 'recognizeText' && candidate.resource === 'clovaOcr',
			)!;
			const sample = await personalSample(spec);
			emulator().inject({
				kind: 'imageFailure',
				inferResult: 'FAILURE',
				message: `FAILURE: unreadable near ${personalNumbers.resident}`,
				times: 1,
			});
			const run = await runWith(spec, sample, {});
			const scanned = scan('CLOVA per-image failure message', placesOf(run));
			expect(run.error?.message).toContain(personalNumbers.residentMasked);
			expect(scanned.unmasked).toEqual([]);
		});

		/** A gateway that quotes a resident number in its error: NHN envelope, CLOVA error body, an HTML page. */
		async function quotingGateway(style: 'nhn' | 'clova' | 'html'): Promise<LoopbackServer> {
			const quote = `for applicant ${personalNumbers.resident} (licence ${personalNumbers.licence})`;
			return await startLoopbackServer(() => {
				if (style === 'html')
					return { status: 502, contentType: 'text/html', body: `<pre>failed ${quote}</pre>` };
				if (style === 'clova')
					return { status: 400, body: { code: '0011', message: `Request body invalid ${quote}` } };
				return {
					body: {
						header: {
							isSuccessful: false,
							resultCode: 4000002,
							resultMessage: `Invalid file ${quote}`,
						},
					},
				};
			});
		}

		it.each(['nhn', 'clova', 'html'] as const)(
			'a provider or gateway error quoting the number (%s)',
			async (style) => {
				const gateway = await quotingGateway(style);
				try {
					const clova = style === 'clova';
					const credential = clova
						? clovaCredential(emulator(), 'general', {
								invokeUrl: `${gateway.url}/custom/v1/1/abc`,
							})
						: appKeyCredential(emulator(), { baseUrl: gateway.url });
					for (const continueOnFail of [false, true]) {
						const run = await runNode({
							parameters: {
								resource: clova ? 'clovaOcr' : 'nhnGeneralOcr',
								operation: 'recognizeText',
								inputType: 'binary',
								options: { maxRetries: 0 },
							},
							items: [fileItem(personalFormPng)],
							credentials: [credential],
							continueOnFail,
						});
						const scanned = scan(
							`gateway error quoting the number (${style}, Continue On Fail ${continueOnFail ? 'on' : 'off'})`,
							placesOf(run),
						);
						expect(gateway.requests.length).toBeGreaterThan(0);
						expect(scanned.unmasked).toEqual([]);
						expect(JSON.stringify(run.error ?? run.items)).toContain(
							personalNumbers.residentMasked,
						);
					}
				} finally {
					await gateway.close();
				}
			},
		);
	});

	it('what stays: the company registration number (법인등록번호) and the birth date part', async () => {
		const spec = specs.find(
			(candidate) => candidate.operation === 'recognizeBusinessRegistration',
		)!;
		const run = await runWith(spec, await personalSample(spec), { output: 'document' });
		const text = JSON.stringify([
			run.output('NHN & CLOVA OCR', 0),
			run.output('NHN & CLOVA OCR', 1),
		]);
		expect(text).toContain(personalNumbers.corporate);
		expect(text).toContain(personalNumbers.residentMasked);
	});

	it('turned off, the numbers are output as read (the option works, and the scan can fail)', async () => {
		const spec = specs.find(
			(candidate) =>
				candidate.operation === 'recognizeText' && candidate.resource === 'nhnGeneralOcr',
		)!;
		const sample = await personalSample(spec);
		const run = await runWith(spec, sample, {
			output: 'raw',
			options: { maskPersonalData: false },
		});
		const text = JSON.stringify([
			run.output('NHN & CLOVA OCR', 0),
			run.output('NHN & CLOVA OCR', 1),
		]);
		expect(text).toContain(personalNumbers.resident);
		expect(UNMASKED.some((pattern) => pattern.test(text))).toBe(true);
	});

	it('a file named after a resident number: the name is masked in every output', async () => {
		const spec = specs.find(
			(candidate) =>
				candidate.operation === 'recognizeText' && candidate.resource === 'nhnGeneralOcr',
		)!;
		const sample = await personalSample(spec);
		const named: Sample = {
			...sample,
			items: [
				bufferItem(
					readFileSync((personalFormPng as FixtureFile).path),
					`${personalNumbers.resident}.png`,
					'image/png',
				),
			],
		};
		const run = await runWith(spec, named, { output: 'document' });
		// The node's outputs (the input node before it has the name as it came, of course).
		const outputs = placesOf(run).filter(([place]) => place.startsWith('output'));
		expect(scan('a file named after a resident number (the outputs)', outputs).unmasked).toEqual(
			[],
		);
	});
});

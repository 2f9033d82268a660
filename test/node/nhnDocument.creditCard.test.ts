import { creditCardPng, luhnOk } from '../fixtures/catalog';
import { runNode, type HarnessItem, type HarnessRun } from '../harness';
import {
	answeringServer,
	credentialFor,
	nhnAuthentications,
	successEnvelope,
	type NhnAuthentication,
} from './nhnSetup';
import { failed, fileItem, pairedItems, succeeded, useEmulator } from './setup';

const emulator = useEmulator();
const base = { resource: 'nhnDocumentOcr', operation: 'recognizeCreditCard', inputType: 'binary' };

const { cardNumber, cardNumGroups, validThru } = creditCardPng;
const last4 = cardNumber.slice(-4);
const maskedNumber = `${'*'.repeat(cardNumber.length - 4)}${last4}`;
const maskedGroups = cardNumGroups.map((group, index) =>
	index === cardNumGroups.length - 1 ? group : '*'.repeat(group.length),
);
const fixtureConfidences = [0.91, 0.98, 0.95, 0.92];

/** Every run of this file, kept for the leak scan at the end. */
const runs: Array<{ name: string; masked: boolean; run: HarnessRun }> = [];

interface CardRun {
	output?: string;
	mask?: boolean;
	items?: HarnessItem[];
	authentication?: NhnAuthentication;
	baseUrl?: string;
	continueOnFail?: boolean;
	maxRetries?: number;
}

async function run(
	name: string,
	{
		output,
		mask,
		items = [fileItem(creditCardPng)],
		authentication = 'appKeySecretKey',
		baseUrl,
		continueOnFail,
		maxRetries,
	}: CardRun = {},
) {
	const options = {
		...(mask === undefined ? {} : { maskCardNumber: mask }),
		...(maxRetries === undefined ? {} : { maxRetries }),
	};
	const result = await runNode({
		parameters: { ...base, authentication, options, ...(output ? { output } : {}) },
		items,
		credentials: [credentialFor(authentication, emulator(), baseUrl ? { baseUrl } : {})],
		continueOnFail,
	});
	runs.push({ name, masked: mask !== false, run: result });
	return result;
}

describe('NHN Document OCR › Recognize Credit Card', () => {
	describe('masked to the last four digits by default', () => {
		it('fields: one item per number group, the full number and the expiry, with confidences', async () => {
			const items = succeeded(await run('fields masked'));
			const groups = items.filter((item) => item.json.name === 'cardNumberGroup');
			expect(
				groups.map((item) => [
					item.json.kind,
					item.json.text,
					item.json.confidence,
					item.json.line,
				]),
			).toEqual(maskedGroups.map((group, index) => ['text', group, fixtureConfidences[index], 0]));
			const keyValues = Object.fromEntries(
				items
					.filter((item) => item.json.kind === 'keyValue')
					.map((item) => [item.json.key, item.json]),
			);
			expect(keyValues.cardNumber).toMatchObject({
				name: 'cardNumber',
				text: maskedNumber,
				confidence: Math.min(...fixtureConfidences),
			});
			expect(keyValues.validThru).toMatchObject({
				name: 'validThru',
				text: validThru,
				confidence: 0.93,
			});
			expect(pairedItems(items).every((index) => index === 0)).toBe(true);
		});

		it('document: number, groups, last four, expiry, Luhn check, resolution', async () => {
			const [item] = succeeded(await run('document masked', { output: 'document' }));
			expect(item.json).toMatchObject({
				cardNumber: maskedNumber,
				cardNumberGroups: maskedGroups,
				cardNumberLast4: last4,
				cardNumberMasked: true,
				validThru,
				luhnValid: luhnOk(cardNumber),
				resolution: 'normal',
				lowResolution: false,
				fileType: 'png',
				keyValues: { cardNumber: maskedNumber, validThru },
				fields: { cardNumber: maskedNumber, validThru },
				text: `${maskedGroups.join(' ')}\n${validThru}`,
			});
			expect(luhnOk(cardNumber)).toBe(true);
		});

		it('raw: the answer with the number masked the same way', async () => {
			const [item] = succeeded(await run('raw masked', { output: 'raw' }));
			const result = item.json.result as {
				totalCardNum: string;
				cardNums: Array<{ value: string; conf: number }>;
				validThru: { value: string };
			};
			expect(result.totalCardNum).toBe(maskedNumber);
			expect(result.cardNums).toEqual(
				maskedGroups.map((value, index) => ({ value, conf: fixtureConfidences[index] })),
			);
			expect(result.validThru.value).toBe(validThru);
			expect(item.json.header).toEqual({
				isSuccessful: true,
				resultCode: 0,
				resultMessage: 'SUCCESS',
			});
		});
	});

	describe.each(nhnAuthentications)("with 'Mask Card Number' off (%s)", (authentication) => {
		it.each(['fields', 'document', 'raw'])('%s: the full number', async (output) => {
			const [item, ...rest] = succeeded(
				await run(`${output} unmasked ${authentication}`, { output, mask: false, authentication }),
			);
			if (output === 'fields') {
				const items = [item, ...rest];
				expect(
					items
						.filter((entry) => entry.json.name === 'cardNumberGroup')
						.map((entry) => entry.json.text),
				).toEqual(cardNumGroups);
				expect(items.find((entry) => entry.json.key === 'cardNumber')?.json.text).toBe(cardNumber);
			} else if (output === 'document') {
				expect(item.json).toMatchObject({
					cardNumber,
					cardNumberGroups: cardNumGroups,
					cardNumberMasked: false,
					luhnValid: true,
					validThru,
				});
			} else {
				expect((item.json.result as { totalCardNum: string }).totalCardNum).toBe(cardNumber);
			}
		});
	});

	it.each([
		[
			"the guide's own sample: a 15-digit total that fails Luhn",
			'111222233334444',
			'***********4444',
			false,
		],
		['no total: the number is built from its groups', undefined, '************4444', true],
	])('%s', async (_name, totalCardNum, masked, luhnValid) => {
		const server = await answeringServer(
			successEnvelope({
				fileType: 'jpg',
				resolution: 'low',
				cardNums: ['1111', '2222', '3333', '4444'].map((value) => ({ value, conf: 0.9 })),
				totalCardNum,
				cardNumBoxes: [],
				validThru: { value: '04/19', conf: 0.53 },
			}),
		);
		try {
			const [item] = succeeded(
				await run(`luhn ${totalCardNum}`, { output: 'document', baseUrl: server.url }),
			);
			expect(item.json).toMatchObject({
				cardNumber: masked,
				cardNumberLast4: '4444',
				luhnValid,
				resolution: 'low',
				lowResolution: true,
				validThru: '04/19',
			});
			expect(luhnOk(totalCardNum ?? '1111222233334444')).toBe(luhnValid);
		} finally {
			await server.close();
		}
	});

	describe('errors never show the card number', () => {
		it.each([
			[
				'no card found (4000111)',
				{ kind: 'apiError' as const, nhnResultCode: 4000111 },
				'No credit card number was found in the image',
			],
			[
				'recognition failed (5003013)',
				{ kind: 'apiError' as const, nhnResultCode: 5003013 },
				'The credit card could not be recognized',
			],
			[
				'the call limit (4000006)',
				{ kind: 'apiError' as const, nhnResultCode: 4000006 },
				"Your NHN Cloud OCR plan's call limit is used up",
			],
			['broken JSON', { kind: 'malformedJson' as const }, /cannot read/],
			['an HTML 502 page', { kind: 'html502' as const }, /cannot read \(HTTP 502/],
			['a reset connection', { kind: 'connectionReset' as const }, /Could not reach NHN Cloud OCR/],
			[
				'a bare 500',
				{ kind: 'serverError' as const, status: 500 as const },
				/cannot read \(HTTP 500/,
			],
		])('%s', async (_name, fault, message) => {
			for (const mask of [true, false]) {
				emulator().inject({ ...fault, times: 1 });
				const error = failed(
					await run(`fault ${fault.kind} mask ${mask}`, { mask, maxRetries: 0 }),
				);
				expect(error.message).toEqual(
					typeof message === 'string' ? message : expect.stringMatching(message),
				);
			}
		});

		it('an answer of the wrong shape that carries the number', async () => {
			const server = await answeringServer(
				successEnvelope({
					fileType: 'png',
					totalCardNum: cardNumber,
					cardNums: cardNumGroups.map((value) => ({ value, conf: 'high' })),
					validThru: { value: validThru },
				}),
			);
			try {
				for (const mask of [true, false]) {
					const error = failed(await run(`shape mask ${mask}`, { mask, baseUrl: server.url }));
					expect(error.message).toBe(
						'The NHN Cloud Document OCR answer does not have the documented shape',
					);
					expect(error.description).toContain('result.cardNums[0].conf');
				}
			} finally {
				await server.close();
			}
		});

		it('an unreadable answer that starts with the number', async () => {
			const server = await answeringServer(
				`{"result":{"totalCardNum":"${cardNumber}","cardNums":[{"value":"${cardNumGroups[0]}"`,
			);
			try {
				for (const mask of [true, false]) {
					const error = failed(await run(`unreadable mask ${mask}`, { mask, baseUrl: server.url }));
					expect(error.message).toMatch(
						/^NHN Cloud OCR sent an answer the node cannot read \(HTTP 200: application\/json, \{"result":\{"totalCardNum":"\*+5675"/,
					);
				}
			} finally {
				await server.close();
			}
		});

		it('a failure whose message quotes the number', async () => {
			const server = await answeringServer({
				header: {
					isSuccessful: false,
					resultCode: 5003013,
					resultMessage: `Card ${cardNumGroups.join(' ')} not recognized.`,
				},
			});
			try {
				for (const mask of [true, false]) {
					const error = failed(
						await run(`resultMessage mask ${mask}`, { mask, baseUrl: server.url }),
					);
					expect(error.message).toBe('The credit card could not be recognized');
					expect(error.description).toContain(
						`NHN Cloud code 5003013: Card **** **** **** ${last4} not recognized.`,
					);
				}
			} finally {
				await server.close();
			}
		});

		it('with Continue On Fail, as error items next to the others', async () => {
			emulator().inject({ kind: 'apiError', nhnResultCode: 4000111, times: 1, after: 1 });
			const items = succeeded(
				await run('continue on fail', {
					output: 'document',
					items: [fileItem(creditCardPng), fileItem(creditCardPng)],
					continueOnFail: true,
				}),
			);
			expect(items.map((item) => [item.json.cardNumber, item.json.code])).toEqual([
				[maskedNumber, undefined],
				[undefined, '4000111'],
			]);
		});
	});

	it('the full number appears in no output, error or log message, except the outputs of runs with masking off', () => {
		const forms = [cardNumber, cardNumGroups.join(' '), cardNumGroups.join('-')];
		const contains = (text: string) => forms.some((form) => text.includes(form));
		expect(runs.length).toBeGreaterThan(20);
		const leaks: string[] = [];
		let unmaskedOutputs = 0;
		for (const { name, masked, run } of runs) {
			const outputs = JSON.stringify(run.items);
			if (contains(outputs)) {
				if (masked) leaks.push(`${name}: output`);
				else unmaskedOutputs++;
			}
			// Error items of Continue On Fail are outputs too, but must never carry the number.
			if (
				run.items.some(
					(item) => item.json.error !== undefined && contains(JSON.stringify(item.json)),
				)
			)
				leaks.push(`${name}: error item`);
			if (
				run.error &&
				contains(
					JSON.stringify({
						...run.error,
						message: run.error.message,
						description: run.error.description,
					}),
				)
			)
				leaks.push(`${name}: error`);
			if (
				contains(
					JSON.stringify(
						run.run.data.resultData.runData['NHN & CLOVA OCR']?.map((task) => task.error) ?? [],
					),
				)
			)
				leaks.push(`${name}: task error`);
			if (contains(run.logs.join('\n'))) leaks.push(`${name}: logs`);
		}
		expect(leaks).toEqual([]);
		expect(unmaskedOutputs).toBe(
			runs.filter(({ masked, run }) => !masked && !run.error && run.items.length).length,
		);
		expect(unmaskedOutputs).toBeGreaterThan(0);
	});
});

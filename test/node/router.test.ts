import type { INodeExecutionData } from 'n8n-workflow';
import { longBannerPng, notAnImageTxt, receiptKoJpg, receiptKoPng } from '../fixtures/catalog';
import { runNode } from '../harness';
import {
	appKeyCredential,
	failed,
	fileItem,
	pairedItems,
	succeeded,
	uniqueCopy,
	bufferItem,
	useEmulator,
} from './setup';

const emulator = useEmulator();

describe('the item loop', () => {
	it.each([
		['resource', { resource: '__CUSTOM_API_CALL__' }],
		['operation', { resource: 'clovaOcr', operation: '__CUSTOM_API_CALL__' }],
	])(
		'answers n8n\'s "Custom API Call" %s entry with where such calls are made',
		async (_where, parameters) => {
			const error = failed(await runNode({ parameters, items: [{ json: {} }] }));
			expect(error.message).toBe('This node makes only the OCR calls in its list');
			expect(error.description).toMatch(
				/HTTP Request node: set Authentication to 'Predefined Credential Type'/,
			);
		},
	);
});

describe('Items in Parallel', () => {
	const parameters = (itemsInParallel: number | string) => ({
		resource: 'nhnGeneralOcr',
		operation: 'recognizeText',
		authentication: 'appKeySecretKey',
		output: 'document',
		options: { itemsInParallel },
	});
	// Ten inputs: two known receipts and unique copies (new hashes, so every answer differs), one text file that
	// fails its input check without a call, one that the emulator answers with a documented error.
	const copies = Array.from({ length: 6 }, () => uniqueCopy(receiptKoPng));
	const items = [
		fileItem(receiptKoPng),
		...copies.slice(0, 3).map((copy) => bufferItem(copy.buffer, 'copy.png', 'image/png')),
		fileItem(receiptKoJpg),
		fileItem(notAnImageTxt),
		...copies.slice(3).map((copy) => bufferItem(copy.buffer, 'copy.png', 'image/png')),
	];
	const run = (itemsInParallel: number | string, continueOnFail = true) =>
		runNode({
			parameters: parameters(itemsInParallel),
			items,
			continueOnFail,
			credentials: [appKeyCredential(emulator())],
		});
	const shape = (output: INodeExecutionData[]) =>
		output.map((item) => ({ json: item.json, pairedItem: item.pairedItem }));

	it('gives exactly the output and pairing of one at a time, with up to C calls in flight', async () => {
		const one = succeeded(await run(1));
		expect(pairedItems(one)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(one[5].json.error).toMatch(/not-an-image\.txt/);
		for (const c of [4, 8, '3']) {
			emulator().clearLog();
			expect(shape(succeeded(await run(c)))).toEqual(shape(one));
			expect(emulator().log.filter((entry) => entry.endpoint === 'general')).toHaveLength(8);
		}
	});

	it('without Continue On Fail, an item refusable before the call fails the run before any call', async () => {
		// Item 5 (a text file) fails its input check: every item is checked before the first is sent.
		for (const c of [1, 4]) {
			emulator().clearLog();
			const error = failed(await run(c, false));
			expect(error.context?.itemIndex).toBe(5);
			expect(error.message).toMatch(/not-an-image\.txt/);
			expect(emulator().log).toHaveLength(0);
		}
	});

	it('without Continue On Fail, fails with the error of the lowest-index failing item', async () => {
		// Items 1 and 5 pass the checks before the call and are refused by the service after their upload (a banner
		// too wide for /general, 4000505): in parallel item 5 may fail first, yet the run must fail as one at a time does.
		const withBroken = items.map((item, index) =>
			index === 1 || index === 5 ? fileItem(longBannerPng) : item,
		);
		const fail = (itemsInParallel: number) =>
			runNode({
				parameters: parameters(itemsInParallel),
				items: withBroken,
				credentials: [appKeyCredential(emulator())],
			});
		const alone = failed(await fail(1));
		expect(alone.context?.itemIndex).toBe(1);
		expect(alone.message).toMatch(/too long or too wide/);
		expect(emulator().log.filter((entry) => entry.endpoint === 'general')).toHaveLength(2);
		for (const c of [4, 8]) {
			const error = failed(await fail(c));
			expect(error.context?.itemIndex).toBe(1);
			expect([error.message, error.description]).toEqual([alone.message, alone.description]);
		}
	});

	it.each([0, 2.5, 'many', 1000, -1])(
		'refuses %p with what to enter instead, before any call',
		async (value) => {
			const error = failed(await run(value));
			expect(error.message).toBe(
				`'Items in Parallel' must be a whole number from 1 to 32, not ${typeof value === 'number' ? `the number ${value}` : `"${value}"`}`,
			);
			expect(emulator().log).toHaveLength(0);
		},
	);
});

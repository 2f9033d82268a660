import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';
import { NhnClovaOcr } from '../../nodes/NhnClovaOcr/NhnClovaOcr.node';
import { operationTable } from '../../nodes/core/node/ocrNode';
import { inputForCall, prepareItem } from '../../nodes/core/node/prepare';
import { startPolicy } from '../../nodes/core/transport/policy';
import { nhnProvider } from '../../nodes/nhn';
import { startEmulator } from '../emulator';
import { receiptKoPng, words } from '../fixtures/catalog';
import { runNode, type HarnessCredential, type HarnessItem } from '../harness';
import { clovaCredential } from './clovaSetup';
import { nhnCalls } from './nhnSetup';
import {
	appKeyCredential,
	fileItem,
	succeeded,
	texts,
	useEmulator,
	userAccessKeyCredential,
} from './setup';

const emulator = useEmulator();
const CREDENTIAL_ID = 'nhnCloudUserAccessKeyApi-id';
const general = {
	resource: 'nhnGeneralOcr',
	operation: 'recognizeText',
	inputType: 'binary',
};

/** A view of the node's context that counts credential reads; each view is a separate execution to the node. */
function execution(ctx: IExecuteFunctions, reads: { count: number }): IExecuteFunctions {
	const view = Object.create(ctx) as IExecuteFunctions;
	view.getCredentials = async <T extends object = ICredentialDataDecryptedObject>(
		type: string,
		itemIndex?: number,
	) => {
		reads.count++;
		return await ctx.getCredentials<T>(type, itemIndex);
	};
	return view;
}

const nhnOperations = operationTable([nhnProvider]);

/** NHN General › Recognize Text for one item, as the item loop runs it, in the given execution context. */
async function recognizeText(ctx: IExecuteFunctions, itemIndex: number): Promise<void> {
	const item = await prepareItem(ctx, itemIndex, nhnOperations, {
		tool: false,
		itemsInParallel: 4,
		needsReviewOutput: false,
	});
	await item.operation.run({
		index: itemIndex,
		params: item.params,
		input: await inputForCall(ctx, item),
		policy: startPolicy(item.params.request),
		n8n: ctx,
	});
}

/** The real node, its credential reads counted. */
function countingNode(reads: { count: number }): INodeType {
	const node = new NhnClovaOcr();
	const execute = node.execute!;
	node.execute = async function (this: IExecuteFunctions) {
		return await execute.call(execution(this, reads));
	};
	return node;
}

/**
 * NHN General › Recognize Text for every item at once, spread over `executions` views of the context — as
 * several items in flight of one execution, or several executions of one process sharing a credential.
 */
function concurrentNode(
	reads: { count: number },
	executions: number,
	order?: (run: (itemIndex: number) => Promise<void>) => Promise<void>,
): INodeType {
	const node = new NhnClovaOcr();
	node.execute = async function (this: IExecuteFunctions) {
		const views = Array.from({ length: executions }, () => execution(this, reads));
		const output: INodeExecutionData[] = [];
		const run = async (itemIndex: number) => {
			try {
				await recognizeText(views[itemIndex % executions], itemIndex);
				output[itemIndex] = { json: { ok: true }, pairedItem: { item: itemIndex } };
			} catch (error) {
				output[itemIndex] = {
					json: { ok: false, error: (error as Error).message },
					pairedItem: { item: itemIndex },
				};
			}
		};
		if (order) await order(run);
		else await Promise.all(this.getInputData().map((_, itemIndex) => run(itemIndex)));
		return [output];
	};
	return node;
}

const tokenRequests = () => emulator().log.filter((entry) => entry.endpoint === 'token/create');

async function storedToken(): Promise<ICredentialDataDecryptedObject> {
	const first = await runNode({
		parameters: { ...general, authentication: 'userAccessKey' },
		items: [fileItem(receiptKoPng)],
		credentials: [userAccessKeyCredential(emulator())],
	});
	succeeded(first);
	emulator().clearLog();
	return first.storedCredentials(CREDENTIAL_ID);
}

function withData(credential: HarnessCredential, data: ICredentialDataDecryptedObject) {
	return { ...credential, data: { ...credential.data, ...data } };
}

const fiveItems: HarnessItem[] = [0, 1, 2, 3, 4].map(() => fileItem(receiptKoPng));
const fourItems: HarnessItem[] = fiveItems.slice(0, 4);

/** Runs `node` on `items` with the User Access Key credential (`stored`: its token from an earlier run). */
async function runWithToken(
	node: INodeType,
	items: HarnessItem[],
	stored: ICredentialDataDecryptedObject = {},
) {
	const result = await runNode({
		nodeType: node,
		parameters: { ...general, authentication: 'userAccessKey' },
		items,
		credentials: [withData(userAccessKeyCredential(emulator()), stored)],
	});
	expect(succeeded(result).map((item) => item.json)).toEqual(items.map(() => ({ ok: true })));
	return result;
}

describe('the credential is read once per run', () => {
	it.each([
		['NHN App Key', { authentication: 'appKeySecretKey' }, () => appKeyCredential(emulator())],
		[
			'NHN User Access Key',
			{ authentication: 'userAccessKey' },
			() => userAccessKeyCredential(emulator()),
		],
		[
			'CLOVA',
			{ resource: 'clovaOcr', operation: 'recognizeText' },
			() => clovaCredential(emulator()),
		],
	])('%s: five items, one read', async (_name, parameters, credential) => {
		const reads = { count: 0 };
		const items = succeeded(
			await runNode({
				nodeType: countingNode(reads),
				parameters: { ...general, ...parameters },
				items: fiveItems,
				credentials: [credential()],
			}),
		);
		expect(items.length).toBeGreaterThanOrEqual(5);
		expect(reads.count).toBe(1);
		expect(
			emulator().log.filter((entry) => ['nhn', 'clova'].includes(entry.provider)),
		).toHaveLength(5);
		expect(tokenRequests().length).toBeLessThanOrEqual(1);
	});
});

describe('User Access Key tokens under concurrency', () => {
	it('items in flight together with no token yet get one token, not one each', async () => {
		const reads = { count: 0 };
		const before = emulator().tokens.issuedCount();
		await runWithToken(concurrentNode(reads, 1), fiveItems);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(tokenRequests()).toHaveLength(1);
		expect(reads.count).toBe(1);
	});

	it('items racing an expiry: one renewal, shared; the stored credential is re-read once', async () => {
		const stored = await storedToken();
		const reads = { count: 0 };
		const before = emulator().tokens.issuedCount();
		emulator().inject({ kind: 'tokenExpiry', times: 1, match: { provider: 'nhn' } });
		await runWithToken(concurrentNode(reads, 1), fiveItems, stored);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(tokenRequests()).toHaveLength(1);
		const refused = nhnCalls(emulator()).filter((entry) => entry.resultCode === 4010006);
		expect(refused.length).toBeGreaterThanOrEqual(1);
		expect(nhnCalls(emulator()).filter((entry) => entry.resultCode === 0)).toHaveLength(5);
		expect(reads.count).toBe(2);
	});

	it('two executions racing an expiry issue one token, not one each', async () => {
		const stored = await storedToken();
		const reads = { count: 0 };
		const before = emulator().tokens.issuedCount();
		emulator().inject({ kind: 'tokenExpiry', times: 1, match: { provider: 'nhn' } });
		await runWithToken(concurrentNode(reads, 2), fourItems, stored);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(tokenRequests()).toHaveLength(1);
	});

	it('a token another execution already renewed is read from the stored credential and used, not renewed again', async () => {
		const stored = await storedToken();
		const reads = { count: 0 };
		const before = emulator().tokens.issuedCount();
		// Execution B (odd items) reads the token and uses it; A (even items) meets the expiry and renews,
		// then B meets it too.
		const steps = async (run: (itemIndex: number) => Promise<void>) => {
			await run(1);
			emulator().inject({ kind: 'tokenExpiry', times: 1, match: { provider: 'nhn' } });
			await run(0);
			await run(3);
			await run(2);
		};
		const result = await runWithToken(concurrentNode(reads, 2, steps), fourItems, stored);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(
			emulator().log.map((entry) => [entry.endpoint, entry.resultCode ?? entry.status]),
		).toEqual([
			['general', 0],
			['general', 4010006],
			['token/create', 200],
			['general', 0],
			['general', 4010006],
			['general', 0],
			['general', 0],
		]);
		// Each execution read once at its start and once after its 4010006.
		expect(reads.count).toBe(4);
		const renewed = result.storedCredentials(CREDENTIAL_ID);
		expect(renewed.accessToken).not.toBe(stored.accessToken);
	});
});

describe('token lifetime', () => {
	it('a 60 s token serves the calls of its life instead of being renewed before each one', async () => {
		const shortLived = await startEmulator({ tokenTtlSeconds: 60 });
		try {
			const credential = userAccessKeyCredential(shortLived);
			const first = await runNode({
				parameters: { ...general, authentication: 'userAccessKey' },
				items: [fileItem(receiptKoPng)],
				credentials: [credential],
			});
			succeeded(first);
			const stored = first.storedCredentials(CREDENTIAL_ID);
			expect(stored.accessTokenLifetime).toBe('60');
			shortLived.clearLog();
			const second = await runNode({
				parameters: { ...general, authentication: 'userAccessKey' },
				items: [0, 1, 2].map(() => fileItem(receiptKoPng)),
				credentials: [withData(credential, stored)],
			});
			expect(texts(succeeded(second))).toEqual([0, 1, 2].flatMap(() => words(receiptKoPng.lines)));
			expect(shortLived.tokens.issuedCount()).toBe(1);
			expect(shortLived.log.map((entry) => entry.endpoint)).toEqual([
				'general',
				'general',
				'general',
			]);
		} finally {
			await shortLived.close();
		}
	});
});

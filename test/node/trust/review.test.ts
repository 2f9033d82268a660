/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { join } from 'node:path';
import { businessRegistrationLowJpg, businessRegistrationPng } from '../../fixtures/catalog';
import { runNode, runWorkflow, type BinaryMode, type HarnessItem } from '../../harness';
import { EchoNode } from '../../harness/self-test/echo-node';
import { answeringServer, successEnvelope } from '../nhnSetup';
import {
	appKeyCredential,
	binaryModes,
	bufferItem,
	fileItem,
	pairedItems,
	uniqueCopy,
	useEmulator,
} from '../setup';
import { savedWorkflow, savedWorkflowCredentials, savedWorkflowNodes } from './savedWorkflow';

const emulator = useEmulator();
/** Written by the code of commit 3a0b7a8, before these options existed. */
const golden: unknown = JSON.parse(
	readFileSync(join(__dirname, 'saved-workflow.output.json'), 'utf8'),
);
const NODE = 'NHN & CLOVA OCR';
const business = {
	resource: 'nhnDocumentOcr',
	operation: 'recognizeBusinessRegistration',
	authentication: 'appKeySecretKey',
	inputType: 'binary',
	needsReviewOutput: true,
};

async function run(
	parameters: Record<string, unknown>,
	items: HarnessItem[],
	binaryMode: BinaryMode = 'default',
	baseUrl?: string,
) {
	const result = await runNode({
		parameters: { ...business, ...parameters },
		items,
		credentials: [appKeyCredential(emulator(), baseUrl ? { baseUrl } : {})],
		binaryMode,
	});
	if (result.error) throw new Error(`The node failed: ${result.error.message}`);
	const outputs = result.run.data.resultData.runData[NODE][0].data?.main ?? [];
	return { accepted: result.output(NODE, 0), review: result.output(NODE, 1), outputs };
}

describe.each(binaryModes)('Needs Review output, binary mode %s', (binaryMode) => {
	it('sends a certificate with one value under the threshold to Needs Review with that reason, and a clean one to the first output', async () => {
		// The low-resolution certificate has one label read at 0.9 (구분), all others at 0.91 or more; the emulator reads
		// a file it does not know with confidence 1.
		const unknown = uniqueCopy(businessRegistrationPng);
		const { accepted, review, outputs } = await run(
			{ output: 'document', reviewBelowConfidence: 0.905 },
			[bufferItem(unknown.buffer, 'other.png', 'image/png'), fileItem(businessRegistrationLowJpg)],
			binaryMode,
		);
		expect(outputs).toHaveLength(2);
		expect(pairedItems(accepted)).toEqual([0]);
		expect(accepted[0].json.review).toBeUndefined();
		expect(pairedItems(review)).toEqual([1]);
		expect(review[0].json.source).toMatchObject({ fileName: businessRegistrationLowJpg.name });
		expect(review[0].json.review).toEqual({
			codes: ['lowConfidence'],
			message: 'Read with confidence 0.9, below 0.905',
			reasons: [
				{
					code: 'lowConfidence',
					message: 'Read with confidence 0.9, below 0.905',
					key: '구분',
					name: 'taxpayerType',
					value: '간이과세자',
					confidence: 0.9,
					page: 0,
				},
			],
		});
	});

	it('a value read exactly at the threshold passes: both certificates are accepted at 0.9', async () => {
		const { accepted, review } = await run(
			{ output: 'document', reviewBelowConfidence: 0.9 },
			[fileItem(businessRegistrationPng), fileItem(businessRegistrationLowJpg)],
			binaryMode,
		);
		expect(review).toEqual([]);
		expect(pairedItems(accepted)).toEqual([0, 1]);
	});
});

describe('Needs Review output', () => {
	it('keeps all items of a document together: every field item of a document under review goes there, with the review object', async () => {
		const unknown = uniqueCopy(businessRegistrationPng);
		const { accepted, review } = await run({ reviewBelowConfidence: 0.905 }, [
			fileItem(businessRegistrationLowJpg),
			bufferItem(unknown.buffer, 'other.png', 'image/png'),
		]);
		expect(review).toHaveLength(businessRegistrationLowJpg.keyValues.length);
		expect(new Set(pairedItems(review))).toEqual(new Set([0]));
		expect(
			review.every(
				(item) => (item.json.review as { codes: string[] }).codes[0] === 'lowConfidence',
			),
		).toBe(true);
		// The emulator's answer for a file it does not know: two key-values, both on the first output.
		expect(accepted.map((item) => [item.json.key, item.pairedItem])).toEqual([
			['bytes', { item: 1 }],
			['sha256', { item: 1 }],
		]);
	});

	it('a required key that is missing sends the document to review, for the raw output too', async () => {
		const { accepted, review } = await run(
			{
				output: 'raw',
				reviewBelowConfidence: 0,
				reviewRequiredKeys: 'registrationNumber, corporateRegistrationNumber',
			},
			[fileItem(businessRegistrationPng), fileItem(businessRegistrationLowJpg)],
		);
		// The simplified taxpayer (a person, not a company) has no corporate registration number.
		expect(pairedItems(accepted)).toEqual([0]);
		expect(pairedItems(review)).toEqual([1]);
		expect(review[0].json.header).toMatchObject({ isSuccessful: true });
		expect(review[0].json.review).toMatchObject({
			codes: ['missingKey'],
			reasons: [{ code: 'missingKey', key: 'corporateRegistrationNumber' }],
		});
	});

	it('a certificate whose number fails the check digit goes to review even when read confidently', async () => {
		const server = await answeringServer(
			successEnvelope({
				fileType: 'png',
				unitType: 'pixel',
				resolution: 'normal',
				keyValues: [{ key: '등록번호', value: '214-86-01374', conf: 0.99 }],
				boxes: [],
			}),
		);
		try {
			const { accepted, review } = await run(
				{ output: 'document' },
				[fileItem(businessRegistrationPng)],
				'default',
				server.url,
			);
			expect(accepted).toEqual([]);
			expect(review[0].json.review).toMatchObject({
				codes: ['businessNumberCheckDigit'],
				reasons: [{ value: '214-86-01374', confidence: 0.99 }],
			});
		} finally {
			await server.close();
		}
	});

	it('an error item under Continue On Fail stays on the first output', async () => {
		const result = await runNode({
			parameters: { ...business, binaryPropertyName: 'nothing' },
			items: [fileItem(businessRegistrationPng)],
			credentials: [appKeyCredential(emulator())],
			continueOnFail: true,
		});
		expect(result.output(NODE, 0).map((item) => item.json.error)).toEqual([
			'This item has no binary field "nothing"',
		]);
		expect(result.output(NODE, 1)).toEqual([]);
	});

	it('wires to two different next nodes in a workflow: Accepted to one, Needs Review to the other', async () => {
		const result = await runWorkflow(
			{
				nodes: [
					{
						id: 'files',
						name: 'Files',
						type: 'harness.input',
						typeVersion: 1,
						position: [0, 0],
						parameters: {
							items: JSON.stringify(
								[businessRegistrationPng, businessRegistrationLowJpg].map((file) => ({
									files: [{ path: file.path, mimeType: file.mimeType }],
								})),
							),
						},
					},
					{
						id: 'ocr',
						name: 'OCR',
						type: 'n8n-nodes-nhn-clova-ocr.nhnClovaOcr',
						typeVersion: 1,
						position: [200, 0],
						parameters: {
							...business,
							output: 'document',
							reviewBelowConfidence: 0.9,
							reviewRequiredKeys: 'corporateRegistrationNumber',
						},
						credentials: { nhnCloudOcrApi: { id: 'nhn', name: 'NHN' } },
					},
					{
						id: 'ok',
						name: 'Status',
						type: 'n8n-nodes-nhn-clova-ocr.nhnClovaOcr',
						typeVersion: 1,
						position: [400, 0],
						parameters: {
							resource: 'nhnDocumentOcr',
							operation: 'checkBusinessStatus',
							authentication: 'appKeySecretKey',
							businessNumber: '={{ $json.fields.registrationNumber }}',
						},
						credentials: { nhnCloudOcrApi: { id: 'nhn', name: 'NHN' } },
					},
					{
						id: 'person',
						name: 'Ask a person',
						type: 'test.echo',
						typeVersion: 1,
						position: [400, 200],
						parameters: {
							message: '=Please check {{ $json.source.fileName }}: {{ $json.review.message }}',
						},
					},
				],
				connections: {
					Files: { main: [[{ node: 'OCR', type: 'main', index: 0 }]] },
					OCR: {
						main: [
							[{ node: 'Status', type: 'main', index: 0 }],
							[{ node: 'Ask a person', type: 'main', index: 0 }],
						],
					},
				},
			},
			{
				credentials: [{ ...appKeyCredential(emulator()), id: 'nhn', name: 'NHN' }],
				nodeTypes: { 'test.echo': new EchoNode() },
			},
		);
		expect(result.error).toBeUndefined();
		expect(
			result.output('Status').map((item) => [item.json.businessNumber, item.json.status]),
		).toEqual([['2148601373', 'VAT general taxpayers']]);
		expect(result.output('Ask a person').map((item) => item.json.message)).toEqual([
			`Please check ${businessRegistrationLowJpg.name}: The required key "corporateRegistrationNumber" was not found, or has no value`,
		]);
		// Only the accepted certificate's number was looked up.
		expect(emulator().log.filter((entry) => entry.endpoint === 'business/status')).toHaveLength(1);
	});
});

describe('a workflow saved before these options existed', () => {
	it.each(binaryModes)(
		'gives exactly the output it gave before, on one output per node (binary mode %s)',
		async (binaryMode) => {
			const result = await runWorkflow(savedWorkflow(), {
				credentials: savedWorkflowCredentials(emulator()),
				binaryMode,
			});
			expect(result.error).toBeUndefined();
			const runData = result.run.data.resultData.runData;
			// Added since, on purpose, and nothing else: `markdown` (the document as Markdown) on One Item per Document,
			// and a certificate's typed readings (dates as ISO dates, the number as written) as `values` there and as
			// `value` on its key-value items.
			const additions = (json: IDataObject): IDataObject => {
				const { markdown: _markdown, values: _values, ...rest } = json;
				const certificate =
					json.kind === 'keyValue' &&
					(json.source as IDataObject | undefined)?.operation === 'recognizeBusinessRegistration';
				if (!certificate) return rest;
				const { value: _value, ...withoutValue } = rest;
				return withoutValue;
			};
			const withoutMarkdown = (main: INodeExecutionData[][] | undefined) =>
				main?.map((output) => output.map((item) => ({ ...item, json: additions(item.json) })));
			const outputs = Object.fromEntries(
				savedWorkflowNodes.map((name) => [
					name,
					withoutMarkdown(runData[name][0].data?.main as INodeExecutionData[][] | undefined),
				]),
			);
			expect(outputs).toEqual(golden);
		},
	);
});

// The node as an AI Agent tool, through n8n-core's own tool path: an agent node asks the engine for its
// ai_tool connections (getInputConnectionData), n8n-core builds the tool from the node (createNodeAsTool:
// schema from the $fromAI parameters, description from the operation) and each call runs the node in a
// SupplyDataContext with only the model's arguments as input (makeHandleToolInvocation).
import { basename } from 'node:path';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import type { Emulator } from '../emulator';
import { businessNumbers, receiptKoPng } from '../fixtures/catalog';
import { closeHarness, runWorkflow, PACKAGE_NAME, type HarnessCredential } from '../harness';
import { INPUT_NODE_TYPE, serializeItems } from '../harness/input-node';
import { packageNodeType } from '../harness/package-types';
import { useEmulator } from '../node/setup';
import { operationSpecs, runSample, sampleFor, type OperationSpec } from './operations';

const emulator = useEmulator();
afterAll(closeHarness);

/** What n8n's NodeTypes.getByNameAndVersion makes of a `usableAsTool` node for `<type>Tool` (n8n/dist/node-types.js). */
function toolVariant(nodeType: INodeType): INodeType {
	const { usableAsTool: _usableAsTool, ...base } = nodeType.description;
	const description = {
		...base,
		name: `${base.name}Tool`,
		displayName: `${base.displayName} Tool`,
		inputs: [],
		outputs: [NodeConnectionTypes.AiTool],
	};
	return Object.assign(Object.create(nodeType) as INodeType, { description });
}

interface Tool {
	name: string;
	description: string;
	schema: { shape: Record<string, unknown> };
	invoke(args: IDataObject): Promise<string>;
}

/** Stands in for the AI Agent: calls every connected tool with each input item's `args`, reports what it got. */
class AgentStub implements INodeType {
	description = {
		displayName: 'Agent Stub',
		name: 'agentStub',
		group: ['transform'],
		version: 1,
		description: 'Calls its tools',
		defaults: { name: 'Agent' },
		inputs: [NodeConnectionTypes.Main, { type: NodeConnectionTypes.AiTool, displayName: 'Tools' }],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const tools = (await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0)) as Tool[];
		const results: INodeExecutionData[] = [];
		for (const item of this.getInputData()) {
			for (const tool of tools) {
				const report: IDataObject = {
					tool: tool.name,
					description: tool.description,
					arguments: Object.keys(tool.schema.shape),
				};
				try {
					report.answer = JSON.parse(await tool.invoke(item.json.args as IDataObject));
				} catch (error) {
					report.error = (error as Error).message;
				}
				results.push({ json: report });
			}
		}
		return [results];
	}
}

const TOOL_TYPE = `${PACKAGE_NAME}.nhnClovaOcrTool`;

async function callAsTool(
	parameters: INodeParameters,
	args: IDataObject,
	credentials: HarnessCredential[],
): Promise<IDataObject> {
	const credentialRefs = Object.fromEntries(
		credentials.map((credential) => [
			credential.type,
			{ id: `${credential.type}-id`, name: `${credential.type} account` },
		]),
	);
	const run = await runWorkflow(
		{
			nodes: [
				{
					id: 'input',
					name: 'Input',
					type: INPUT_NODE_TYPE,
					typeVersion: 1,
					position: [0, 0],
					parameters: { items: serializeItems([{ json: { args } }]) },
				},
				{
					id: 'agent',
					name: 'Agent',
					type: 'test.agentStub',
					typeVersion: 1,
					position: [200, 0],
					parameters: {},
				},
				{
					id: 'tool',
					name: 'Read Document',
					type: TOOL_TYPE,
					typeVersion: 1,
					position: [200, 200],
					parameters,
					credentials: credentialRefs,
				},
			],
			connections: {
				Input: { main: [[{ node: 'Agent', type: NodeConnectionTypes.Main, index: 0 }]] },
				'Read Document': {
					ai_tool: [[{ node: 'Agent', type: NodeConnectionTypes.AiTool, index: 0 }]],
				},
			},
		},
		{
			credentials,
			nodeTypes: { 'test.agentStub': new AgentStub(), [TOOL_TYPE]: toolVariant(packageNodeType()) },
		},
	);
	if (run.error) throw new Error(`the workflow failed: ${run.error.message}`);
	const [report] = run.output('Agent');
	return report.json;
}

/** The file a sample sends, by name, so that the tool gets its URL from the emulator. */
function sampleFileName(items: Array<{ files?: Array<{ path?: string }> }>): string {
	const path = items[0]?.files?.[0]?.path;
	if (!path) throw new Error('the sample has no file');
	return basename(path);
}

async function asTool(emu: Emulator, spec: OperationSpec) {
	const sample = await sampleFor(emu, spec);
	const args = spec.takesFile
		? {
				imageUrl: emu.fileUrl(sampleFileName(sample.items)),
				...(sample.parameters.prompt ? { prompt: String(sample.parameters.prompt) } : {}),
			}
		: { businessNumber: String(sample.parameters.businessNumber) };
	const parameters = { resource: spec.resource, operation: spec.operation };
	return { sample, args, report: await callAsTool(parameters, args, sample.credentials) };
}

describe('as an AI Agent tool (n8n-core createNodeAsTool → SupplyDataContext)', () => {
	it.each(operationSpecs().map((spec) => [`${spec.resource} › ${spec.operation}`, spec] as const))(
		'%s: the model passes a URL or a number and gets the compact document',
		async (_title, spec) => {
			const emu = emulator();
			const { sample, args, report } = await asTool(emu, spec);
			expect(report.error).toBeUndefined();
			expect(report.arguments).toEqual(Object.keys(args));
			expect(report.tool).toBe('Read_Document');
			const [answer] = report.answer as IDataObject[];
			// The same document as the node's "One Item per Document" output, without what only costs tokens.
			const regular = await runSample(emu, spec, { output: 'document' }, sample);
			const document = regular.items[0].json;
			expect(answer.text).toEqual(document.text);
			expect(answer.fields).toEqual(document.fields);
			expect(answer.keyValues).toEqual(document.keyValues);
			for (const left of ['pages', 'lines', 'confidence']) expect(answer).not.toHaveProperty(left);
			expect(JSON.stringify(answer)).not.toMatch(/"x1"|"boundingPoly"|"vertices"/);
			expect(JSON.stringify(answer).length).toBeLessThan(JSON.stringify(document).length);
		},
	);

	it('tables reach the model as rows (Extract Tables set in the tool options)', async () => {
		const emu = emulator();
		const spec = operationSpecs().find(
			(candidate) => candidate.resource === 'clovaOcr' && candidate.operation === 'recognizeText',
		)!;
		const sample = await sampleFor(emu, spec);
		const options = { enableTableDetection: true };
		const report = await callAsTool(
			{ resource: spec.resource, operation: spec.operation, options },
			{ imageUrl: emu.fileUrl(sampleFileName(sample.items)) },
			sample.credentials,
		);
		const regular = await runSample(emu, spec, { output: 'document', options }, sample);
		const tables = regular.items[0].json.tables as IDataObject[];
		expect(tables.length).toBeGreaterThan(0);
		const answered = (report.answer as IDataObject[])[0].tables as IDataObject[];
		expect(answered.map((table) => table.rows)).toEqual(tables.map((table) => table.rows));
		expect(report.description).toMatch(/Recognize text and tables/);
	});

	it('a wrong argument is refused before any call, with an error that tells the model what to pass', async () => {
		const emu = emulator();
		const report = await callAsTool(
			{ resource: 'nhnGeneralOcr', operation: 'recognizeText' },
			{ imageUrl: receiptKoPng.name },
			[
				{
					type: 'nhnCloudOcrApi',
					data: {
						appKey: emu.nhn.appKey,
						secretKey: emu.nhn.secretKey,
						baseUrl: emu.nhn.baseUrl,
					},
				},
			],
		);
		expect(report.error).toMatch(/not a web address/);
		expect(report.error).toMatch(/imageUrl/);
		expect(report.error).toMatch(/https:\/\//);
		expect(emu.log).toEqual([]);
	});

	it('Check Business Status takes the number from the model, check digit first', async () => {
		const emu = emulator();
		const credentials: HarnessCredential[] = [
			{
				type: 'nhnCloudOcrApi',
				data: { appKey: emu.nhn.appKey, secretKey: emu.nhn.secretKey, baseUrl: emu.nhn.baseUrl },
			},
		];
		const parameters = { resource: 'nhnDocumentOcr', operation: 'checkBusinessStatus' };
		const ok = await callAsTool(
			parameters,
			{ businessNumber: businessNumbers.byStatus['00'] },
			credentials,
		);
		expect((ok.answer as IDataObject[])[0]).toMatchObject({ statusCode: '00' });
		const wrong = await callAsTool(
			parameters,
			{ businessNumber: businessNumbers.checksumInvalid },
			credentials,
		);
		expect(wrong.error).toMatch(/check digit/);
		expect(emu.log.filter((entry) => entry.endpoint === 'business/status')).toHaveLength(1);
	});
});

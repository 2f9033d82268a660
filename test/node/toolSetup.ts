/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The node as an AI Agent tool, through n8n-core's own tool path: an agent stub asks the engine for its ai_tool
// connections (getInputConnectionData), n8n-core builds the tool from the node (createNodeAsTool: schema from the
// $fromAI parameters, description from the operation) and each call runs the node in a SupplyDataContext with only
// the model's arguments as input (makeHandleToolInvocation). What is reported is what a model receives: n8n 2.41's
// AI Agent 2.x gives the model the tool's answer text, or "" when the tool throws (LangChain's agent loop swallows
// the error); 3.x runs the tool as a node of its own and gives the model the answer text, or `[{"error":"<message>"}]`
// without the description (workflow-execute.js). The real agents run in test/e2e/agent.test.mjs.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import {
	PACKAGE_NAME,
	runWorkflow,
	type HarnessCredential,
	type HarnessWorkflowRun,
} from '../harness';
import { INPUT_NODE_TYPE, serializeItems } from '../harness/input-node';
import { packageNodeType } from '../harness/package-types';
import type { HarnessItem } from '../harness/types';

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
	schema: { shape: Record<string, { description?: string }> };
	invoke(args: IDataObject): Promise<string>;
}

/** n8n-core appends the description to a thrown error's message for agent 2.x; 3.x gets the message alone. */
const DETAILS = '\n\nDetails: ';

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
					arguments: Object.fromEntries(
						Object.entries(tool.schema.shape).map(([key, value]) => [key, value.description ?? '']),
					),
				};
				try {
					const text = await tool.invoke(item.json.args as IDataObject);
					report.agent2 = text;
					report.agent3 = text;
				} catch (error) {
					const message = (error as Error).message;
					report.thrown = message;
					report.agent2 = '';
					report.agent3 = JSON.stringify([{ error: message.split(DETAILS)[0] }]);
				}
				results.push({ json: report });
			}
		}
		return [results];
	}
}

const TOOL_TYPE = `${PACKAGE_NAME}.nhnClovaOcrTool`;

export interface ToolReport {
	tool: string;
	description: string;
	/** The argument schema the model is offered: name → its description. */
	arguments: Record<string, string>;
	/** The tool message AI Agent 2.x and 3.x send the model. */
	agent2: string;
	agent3: string;
	/** Set when the tool threw (it never should). */
	thrown?: string;
	/** The answer's items, parsed from what the model receives. */
	answer: IDataObject[];
}

/** One call of the tool with the model's `args` (and what the agent's input item carried); `parameters` are the tool node's own. */
export async function reportOfCall(
	parameters: INodeParameters,
	args: IDataObject,
	credentials: HarnessCredential[],
	agentInput: HarnessItem = {},
): Promise<ToolReport & { run: HarnessWorkflowRun }> {
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
					parameters: {
						items: serializeItems([{ ...agentInput, json: { ...agentInput.json, args } }]),
					},
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
	const json = report.json as unknown as ToolReport;
	return { ...json, answer: json.agent2 ? (JSON.parse(json.agent2) as IDataObject[]) : [], run };
}

export interface ToolCall {
	/** What the model got back: the tool's answer as text (unset when the call failed). */
	answer?: string;
	/**
	 * The failure the model read: the tool's `{ error, fix }` answer as "<error> — <fix>" (a tool answers its
	 * failures: core/tool/failure.ts), or a thrown error's message.
	 */
	error?: string;
	run: HarnessWorkflowRun;
}

/** The tool's `[{ error, fix }]` answer as one text; undefined for any other answer. */
function failureOf(answer: IDataObject[]): string | undefined {
	const [item] = answer;
	if (answer.length !== 1 || typeof item?.error !== 'string' || typeof item.fix !== 'string')
		return undefined;
	return `${item.error} — ${item.fix}`;
}

/** One call of the tool, as the security tests read it: the answer text, or the failure the model read. */
export async function callAsTool(
	parameters: INodeParameters,
	args: IDataObject,
	credentials: HarnessCredential[],
): Promise<ToolCall> {
	const report = await reportOfCall(parameters, args, credentials);
	const failure = failureOf(report.answer);
	return {
		answer: failure === undefined && !report.thrown ? report.agent2 : undefined,
		error: failure ?? report.thrown,
		run: report.run,
	};
}

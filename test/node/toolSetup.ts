/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The node as an AI Agent tool, as n8n-core runs it (the same path as test/package/toolMode.test.ts): an agent stub
// asks the engine for its ai_tool connections, n8n-core builds the tool from the node and each call runs the node
// with only the model's arguments.
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

/** What n8n makes of a `usableAsTool` node for `<type>Tool` (n8n/dist/node-types.js). */
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
				const report: IDataObject = { tool: tool.name };
				try {
					report.answer = await tool.invoke(item.json.args as IDataObject);
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
function failureOf(answer: unknown): string | undefined {
	if (typeof answer !== 'string') return undefined;
	try {
		const items = JSON.parse(answer) as Array<Record<string, unknown>>;
		const [item] = Array.isArray(items) ? items : [];
		if (items.length !== 1 || typeof item?.error !== 'string' || typeof item.fix !== 'string')
			return undefined;
		return `${item.error} — ${item.fix}`;
	} catch {
		return undefined;
	}
}

/** One call of the tool with the model's `args`; `parameters` are the tool node's own. */
export async function callAsTool(
	parameters: INodeParameters,
	args: IDataObject,
	credentials: HarnessCredential[],
): Promise<ToolCall> {
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
	const failure = failureOf(report.json.answer);
	return {
		answer: failure === undefined ? (report.json.answer as string | undefined) : undefined,
		error: failure ?? (report.json.error as string | undefined),
		run,
	};
}

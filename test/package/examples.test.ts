/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The workflows in examples/ are importable n8n JSON that uses this node's real parameters, and each explains
// itself to a person who has never seen the package: it opens with sticky notes that say which credential to create
// and which binary field is meant, it needs no node n8n Cloud lacks, and its names are ones a user would choose.
// (The e2e suite imports them into n8n 2.41.1 and runs their OCR part: test/e2e/examples.test.mjs.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INode, INodePropertyOptions, IWorkflowBase } from 'n8n-workflow';
import { PACKAGE_NAME } from '../harness';
import { description, operationSpecs } from './operations';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
const NODE_TYPE = `${PACKAGE_NAME}.${description.name}`;
const STICKY = 'n8n-nodes-base.stickyNote';

/** Nodes n8n Cloud does not offer: they read or change the n8n host itself. */
const SELF_HOSTED_ONLY = [
	'n8n-nodes-base.readWriteFile',
	'n8n-nodes-base.readBinaryFile',
	'n8n-nodes-base.readBinaryFiles',
	'n8n-nodes-base.writeBinaryFile',
	'n8n-nodes-base.executeCommand',
	'n8n-nodes-base.localFileTrigger',
	'n8n-nodes-base.ssh',
];

function load(name: string): IWorkflowBase {
	return JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));
}

const ours = (workflow: IWorkflowBase) =>
	workflow.nodes.filter((node: INode) => node.type.startsWith(NODE_TYPE));
const notes = (workflow: IWorkflowBase) =>
	workflow.nodes
		.filter((node) => node.type === STICKY)
		.map((node) => String(node.parameters.content ?? ''))
		.join('\n');

describe('examples/', () => {
	it('has the three examples of the README', () => {
		expect(files.sort()).toEqual([
			'ai-agent-with-ocr-tool.json',
			'business-registration-from-mail.json',
			'invoice-tables-to-sheet.json',
		]);
	});

	it('has at least one example per provider and one with an AI Agent', () => {
		const resources = files.flatMap((name) =>
			ours(load(name)).map((node) => String(node.parameters.resource)),
		);
		expect(resources.some((resource) => resource.startsWith('nhn'))).toBe(true);
		expect(resources).toContain('clovaOcr');
		expect(
			files.some((name) =>
				load(name).nodes.some((node) => node.type === '@n8n/n8n-nodes-langchain.agent'),
			),
		).toBe(true);
	});

	it.each(files)('%s: connections join nodes that exist', (name) => {
		const workflow = load(name);
		const names = new Set(workflow.nodes.map((node) => node.name));
		expect(names.size).toBe(workflow.nodes.length);
		for (const [from, outputs] of Object.entries(workflow.connections)) {
			expect(names.has(from)).toBe(true);
			for (const connections of Object.values(outputs))
				for (const connection of (connections ?? []).flat())
					expect(names.has(connection!.node)).toBe(true);
		}
	});

	it.each(files)(
		"%s: this node's parameters name real resources, operations and options",
		(name) => {
			expect(ours(load(name)).length).toBeGreaterThan(0);
			for (const node of ours(load(name))) {
				const spec = operationSpecs().find(
					(candidate) =>
						candidate.resource === node.parameters.resource &&
						candidate.operation === node.parameters.operation,
				);
				expect({ node: node.name, found: Boolean(spec) }).toEqual({ node: node.name, found: true });
				const known = new Set(['resource', 'operation', ...spec!.properties.map((p) => p.name)]);
				expect(Object.keys(node.parameters).filter((key) => !known.has(key))).toEqual([]);
				const output = spec!.properties.find((property) => property.name === 'output');
				if (node.parameters.output)
					expect(
						((output?.options ?? []) as INodePropertyOptions[]).map((option) => option.value),
					).toContain(node.parameters.output);
				const options = new Set(spec!.options.map((option) => option.name));
				for (const option of Object.keys((node.parameters.options as object) ?? {}))
					expect(options.has(option)).toBe(true);
			}
		},
	);

	it.each(files)(
		'%s: opens with sticky notes that name the credentials to create and the binary field read',
		(name) => {
			const workflow = load(name);
			expect(workflow.nodes[0].type).toBe(STICKY);
			const text = notes(workflow);
			expect(text).toMatch(/^## /m);
			for (const node of ours(workflow)) {
				for (const type of Object.keys(node.credentials ?? {})) {
					const credential = {
						nhnCloudOcrApi: 'NHN Cloud OCR (App Key) API',
						nhnCloudUserAccessKeyApi: 'NHN Cloud User Access Key API',
						clovaOcrApi: 'CLOVA OCR API',
					}[type];
					expect({ type, named: credential !== undefined && text.includes(credential) }).toEqual({
						type,
						named: true,
					});
				}
				const field = node.parameters.binaryPropertyName;
				const readsFile =
					!node.type.endsWith('Tool') && node.parameters.operation !== 'checkBusinessStatus';
				if (readsFile) expect(text).toContain(`\`${typeof field === 'string' ? field : 'data'}\``);
			}
		},
	);

	it.each(files)('%s: needs no node n8n Cloud lacks, or says it is for self-hosted n8n', (name) => {
		const workflow = load(name);
		const selfHosted = workflow.nodes.filter((node) => SELF_HOSTED_ONLY.includes(node.type));
		if (selfHosted.length) expect(notes(workflow)).toMatch(/self-hosted n8n only/i);
	});

	it.each(files)('%s: workflow, node and credential names a user would choose', (name) => {
		const workflow = load(name);
		const names = [
			workflow.name,
			...workflow.nodes.map((node) => node.name),
			...workflow.nodes.flatMap((node) =>
				Object.values(node.credentials ?? {}).map((credential) => credential.name ?? ''),
			),
		];
		expect(names.filter((text) => /\be2e\b|deactivated|\btest\b/i.test(text))).toEqual([]);
	});

	it('the AI Agent example connects a chat model and the node as tools, with $fromAI arguments', () => {
		const workflow = load('ai-agent-with-ocr-tool.json');
		const model = workflow.nodes.find(
			(node) => node.type === '@n8n/n8n-nodes-langchain.lmChatOpenAi',
		);
		expect(workflow.connections[model!.name].ai_languageModel?.[0]?.[0]?.node).toBe('AI Agent');
		const tools = workflow.nodes.filter((node) => node.type === `${NODE_TYPE}Tool`);
		expect(tools.map((tool) => tool.name)).toEqual(['Read Document', 'Check Business Status']);
		for (const tool of tools) {
			expect(workflow.connections[tool.name].ai_tool?.[0]?.[0]?.node).toBe('AI Agent');
			expect(JSON.stringify(tool.parameters)).toMatch(/\$fromAI\('(imageUrl|businessNumber)'/);
		}
	});
});

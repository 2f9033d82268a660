// The workflows in examples/ are importable n8n JSON that uses this node's real parameters. (The e2e suite
// imports them into n8n 2.41.1 and runs their OCR part: test/e2e/examples.test.mjs.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INode, INodePropertyOptions, IWorkflowBase } from 'n8n-workflow';
import { PACKAGE_NAME } from '../harness';
import { description, operationSpecs } from './operations';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
const NODE_TYPE = `${PACKAGE_NAME}.${description.name}`;

function load(name: string): IWorkflowBase {
	return JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));
}

describe('examples/', () => {
	it('has the three examples of the README', () => {
		expect(files.sort()).toEqual([
			'ai-agent-with-ocr-tool.json',
			'business-registration-from-mail.json',
			'invoice-tables-to-sheet.json',
		]);
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
			const ours = load(name).nodes.filter((node: INode) => node.type.startsWith(NODE_TYPE));
			expect(ours.length).toBeGreaterThan(0);
			for (const node of ours) {
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

	it('the AI Agent example connects the node as tools, with $fromAI arguments', () => {
		const workflow = load('ai-agent-with-ocr-tool.json');
		const tools = workflow.nodes.filter((node) => node.type === `${NODE_TYPE}Tool`);
		expect(tools.map((tool) => tool.name)).toEqual(['Read Document', 'Check Business Status']);
		for (const tool of tools) {
			expect(workflow.connections[tool.name].ai_tool?.[0]?.[0]?.node).toBe('AI Agent');
			expect(JSON.stringify(tool.parameters)).toMatch(/\$fromAI\('(imageUrl|businessNumber)'/);
		}
	});
});

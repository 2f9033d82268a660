import type { INode, INodeCredentials, INodeType } from 'n8n-workflow';

import { credentialId, credentialName } from './credential-store';
import type { EngineEnvironment } from './engine-environment';
import { INPUT_NODE_TYPE, serializeItems } from './input-node';
import { PACKAGE_NAME, packageNodeType } from './package-types';
import { executeWorkflow } from './run-workflow';
import type { HarnessCredential, HarnessRun, RunNodeOptions } from './types';

const INPUT_NODE_NAME = 'Input';

/** Wires `harness.input` → the node under test and returns what the node produced. */
export async function executeNode(
	environment: EngineEnvironment,
	options: RunNodeOptions,
): Promise<HarnessRun> {
	const nodeType = options.nodeType ?? packageNodeType();
	const { description } = nodeType;
	const fullType = `${PACKAGE_NAME}.${description.name}`;
	const versions = Array.isArray(description.version) ? description.version : [description.version];
	const node: INode = {
		id: 'node-under-test',
		name: description.defaults.name ?? description.displayName,
		type: fullType,
		typeVersion: options.typeVersion ?? Math.max(...versions),
		position: [200, 0],
		parameters: options.parameters,
		credentials: nodeCredentials(nodeType, options.credentials ?? []),
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const input: INode = {
		id: 'harness-input',
		name: INPUT_NODE_NAME,
		type: INPUT_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: serializeItems(options.items ?? [{ json: {} }]) },
	};

	const result = await executeWorkflow(
		environment,
		{
			nodes: [input, node],
			connections: {
				[INPUT_NODE_NAME]: { main: [[{ node: node.name, type: 'main', index: 0 }]] },
			},
		},
		{ ...options, nodeTypes: { ...options.nodeTypes, [fullType]: nodeType } },
	);
	return { ...result, items: result.output(node.name) };
}

/** For each credential type the node declares, the first stored credential of that type. */
function nodeCredentials(
	nodeType: INodeType,
	credentials: HarnessCredential[],
): INodeCredentials | undefined {
	const selected: INodeCredentials = {};
	for (const { name: type } of nodeType.description.credentials ?? []) {
		const credential = credentials.find((candidate) => candidate.type === type);
		if (credential) {
			selected[type] = {
				id: credentialId(credential),
				name: credentialName(credential),
			};
		}
	}
	return Object.keys(selected).length > 0 ? selected : undefined;
}

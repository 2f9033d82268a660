import { ExecutionLifecycleHooks, WorkflowExecute, type BinaryDataService } from 'n8n-core';
import type { IBinaryData, ICredentialType, INodeType, IWorkflowBase } from 'n8n-workflow';
import {
	BINARY_IN_JSON_PROPERTY,
	BINARY_MODE_COMBINED,
	UnexpectedError,
	Workflow,
	deepCopy,
} from 'n8n-workflow';

import { buildAdditionalData } from './additional-data';
import { CredentialStore } from './credential-store';
import { HarnessCredentialTypes } from './credential-types';
import { HarnessCredentialsHelper } from './credentials-helper';
import type { EngineEnvironment } from './engine-environment';
import { HarnessInput, INPUT_NODE_TYPE, ManualTrigger } from './input-node';
import { HarnessNodeTypes } from './node-types';
import { PACKAGE_NAME, packageCredentialTypes, packageNodeType } from './package-types';
import type { EngineOptions, HarnessWorkflow, HarnessWorkflowRun } from './types';

const MANUAL_TRIGGER_NODE_TYPE = 'n8n-nodes-base.manualTrigger';
export const PACKAGE_NODE_TYPE = `${PACKAGE_NAME}.nhnClovaOcr`;

let executionCounter = 0;

/** Runs a workflow as a manual execution on the server does: `new WorkflowExecute(…, 'manual').run(…)`. */
export async function executeWorkflow(
	environment: EngineEnvironment,
	workflowJson: HarnessWorkflow,
	options: EngineOptions = {},
): Promise<HarnessWorkflowRun> {
	const [run] = await executeWorkflowsTogether(environment, [workflowJson], options);
	return run;
}

/**
 * Several workflows as executions running at the same time, as a server runs two triggers at once: each its own
 * WorkflowExecute, started together, sharing the process-wide services (the deduplication store above all). Their
 * log lines are recorded together.
 */
export async function executeWorkflowsTogether(
	environment: EngineEnvironment,
	workflows: HarnessWorkflow[],
	options: EngineOptions = {},
): Promise<HarnessWorkflowRun[]> {
	return await environment.exclusive(options.binaryMode ?? 'default', async (binaryData) => {
		const logs: string[] = [];
		environment.logger.recordInto(logs);
		try {
			return await Promise.all(
				workflows.map(async (workflow) => await executeOne(binaryData, workflow, options, logs)),
			);
		} finally {
			environment.logger.recordInto(undefined);
		}
	});
}

async function executeOne(
	binaryData: BinaryDataService,
	workflowJson: HarnessWorkflow,
	options: EngineOptions,
	logs: string[],
): Promise<HarnessWorkflowRun> {
	const workflowData = deepCopy(workflowJson);
	const nodeTypes = collectNodeTypes(options.nodeTypes ?? {});
	const credentialTypes: ICredentialType[] = [
		...packageCredentialTypes(),
		...(options.credentialTypes ?? []),
	];
	const store = new CredentialStore(options.credentials ?? []);
	const credentialsHelper = new HarnessCredentialsHelper(
		new HarnessCredentialTypes(credentialTypes, nodeTypes),
		store,
	);
	const executionId = String(++executionCounter);
	const workflowBase: IWorkflowBase = {
		id: workflowData.id ?? 'harness-workflow',
		name: workflowData.name ?? 'Harness workflow',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		settings: {
			...(workflowData.settings ?? { executionOrder: 'v1' }),
			...(options.binaryMode === 'combined' ? { binaryMode: BINARY_MODE_COMBINED } : {}),
		},
		staticData: workflowData.staticData,
		pinData: workflowData.pinData,
	};
	const workflow = new Workflow({
		id: workflowBase.id,
		name: workflowBase.name,
		nodes: workflowBase.nodes,
		connections: workflowBase.connections,
		active: false,
		nodeTypes: new HarnessNodeTypes(nodeTypes),
		staticData: workflowBase.staticData,
		settings: workflowBase.settings,
		pinData: workflowBase.pinData,
	});
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowBase);
	const additionalData = buildAdditionalData({
		credentialsHelper,
		hooks,
		executionId,
		workflowId: workflowBase.id,
	});

	const run = await new WorkflowExecute(additionalData, 'manual').run({
		workflow,
		startNode: workflowBase.nodes.find(
			(node) => !node.disabled && [INPUT_NODE_TYPE, MANUAL_TRIGGER_NODE_TYPE].includes(node.type),
		),
		pinData: workflowBase.pinData,
	});

	return {
		run,
		error: run.data.resultData.error,
		logs,
		output(nodeName, outputIndex = 0) {
			const taskData = run.data.resultData.runData[nodeName]?.at(-1);
			return taskData?.data?.main?.[outputIndex] ?? [];
		},
		async binary(item, property = 'data') {
			const binary =
				item.binary?.[property] ??
				(item.json[BINARY_IN_JSON_PROPERTY] as Record<string, IBinaryData> | undefined)?.[property];
			if (!binary) {
				throw new UnexpectedError(`The item has no binary property "${property}"`);
			}
			return await binaryData.getAsBuffer(binary);
		},
		storedCredentials: (id) => store.data(id),
	};
}

/** The package's node, the harness's own node types, and the caller's (which win). */
function collectNodeTypes(extra: Record<string, INodeType>): Record<string, INodeType> {
	return {
		[PACKAGE_NODE_TYPE]: packageNodeType(),
		[INPUT_NODE_TYPE]: new HarnessInput(),
		[MANUAL_TRIGGER_NODE_TYPE]: new ManualTrigger(),
		...extra,
	};
}

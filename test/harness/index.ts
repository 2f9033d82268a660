import { EngineEnvironment } from './engine-environment';
import { executeNode } from './run-node';
import { executeWorkflow, executeWorkflowsTogether } from './run-workflow';
import type {
	EngineOptions,
	HarnessRun,
	HarnessWorkflow,
	HarnessWorkflowRun,
	RunNodeOptions,
} from './types';

export type {
	BinaryMode,
	EngineOptions,
	HarnessCredential,
	HarnessFile,
	HarnessItem,
	HarnessRun,
	HarnessWorkflow,
	HarnessWorkflowRun,
	RunNodeOptions,
} from './types';
export { INPUT_NODE_TYPE } from './input-node';
export { testCredential, type CredentialTestResult } from './credential-tester';
export { PACKAGE_NAME } from './package-types';
export { PACKAGE_NODE_TYPE } from './run-workflow';

let environment: EngineEnvironment | undefined;

function engine() {
	environment ??= new EngineEnvironment();
	return environment;
}

/** Runs `harness.input` (emitting `items`) → the node under test through n8n-core's WorkflowExecute. */
export async function runNode(options: RunNodeOptions): Promise<HarnessRun> {
	return await executeNode(engine(), options);
}

/** Runs a workflow (n8n's JSON) as a manual execution, from its `harness.input` or Manual Trigger node. */
export async function runWorkflow(
	workflow: HarnessWorkflow,
	options: EngineOptions = {},
): Promise<HarnessWorkflowRun> {
	return await executeWorkflow(engine(), workflow, options);
}

/**
 * Several workflows as executions at the same time (two triggers firing at once), sharing the deduplication store;
 * the runs come back in the order given.
 */
export async function runWorkflowsTogether(
	workflows: HarnessWorkflow[],
	options: EngineOptions = {},
): Promise<HarnessWorkflowRun[]> {
	return await executeWorkflowsTogether(engine(), workflows, options);
}

/** Stops the expression engine and deletes the temporary n8n folder. Jest calls it by itself. */
export async function closeHarness() {
	const closing = environment;
	environment = undefined;
	await closing?.close();
}

if (typeof afterAll === 'function') {
	afterAll(closeHarness);
}

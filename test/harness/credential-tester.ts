import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	INodeType,
} from 'n8n-workflow';
import { runWorkflow } from './index';
import type { HarnessWorkflowRun } from './types';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
	run: HarnessWorkflowRun;
}

const TEST_NODE = 'Temp-Node';

function valueAt(data: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
			data,
		);
}

/** The node n8n's tester builds: its only property routes the credential's `test.request`. */
function testNode(credentialType: string, test: ICredentialTestRequest): INodeType {
	return {
		description: {
			displayName: 'No Operation, do nothing',
			name: 'n8n-nodes-base.noOp',
			group: ['transform'],
			version: 1,
			description: 'The node the credentials tester runs a test request on',
			defaults: { name: TEST_NODE },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
}

/**
 * A credential's Test button, done as n8n's CredentialsTester does it (packages/cli/src/services/
 * credentials-tester.service.ts, n8n 2.41; see test/harness/README.md): a `n8n-nodes-base.noOp` node whose only
 * property routes the credential's `test.request`, so n8n-core's RoutingNode resolves its `={{…}}` expressions
 * with `$credentials`, runs preAuthentication (always, as for a test) and applies `authenticate`; then the
 * `responseCode` rules on a failed request and `responseSuccessBody` rules on an answer. Left out: the UI, and the server's redaction of secrets in messages.
 */
export async function testCredential(
	type: ICredentialType,
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	const test = type.test as ICredentialTestRequest;
	const run = await runWorkflow(
		{
			nodes: [
				{
					id: 'start',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: 'temp',
					name: TEST_NODE,
					type: 'n8n-nodes-base.noOp',
					typeVersion: 1,
					position: [200, 0],
					parameters: {},
					credentials: { [type.name]: { id: 'tested', name: 'Tested credential' } },
				},
			],
			connections: { Start: { main: [[{ node: TEST_NODE, type: 'main', index: 0 }]] } },
		},
		{
			nodeTypes: { 'n8n-nodes-base.noOp': testNode(type.name, test) },
			credentials: [{ id: 'tested', type: type.name, data }],
		},
	);
	if (run.error) {
		// A failed request: n8n matches `responseCode` rules on its HTTP status (e.g. a refused redirect).
		const status = Number((run.error as { httpCode?: string }).httpCode);
		const rule = (test.rules ?? []).find(
			(candidate) =>
				candidate.type === 'responseCode' &&
				(candidate.properties as { value?: unknown }).value === status,
		);
		return { status: 'Error', message: rule ? rule.properties.message : run.error.message, run };
	}
	const answer = run.output(TEST_NODE)[0]?.json ?? {};
	for (const rule of test.rules ?? []) {
		if (
			rule.type === 'responseSuccessBody' &&
			valueAt(answer, rule.properties.key) === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message, run };
		}
	}
	return { status: 'OK', message: 'Connection successful!', run };
}

import { ExternalSecretsProxy, type ExecutionLifecycleHooks } from 'n8n-core';
import type { ICredentialsHelper, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { UnexpectedError } from 'n8n-workflow';

import { Container, EndpointsConfig } from './core-modules';

/** What the server's URL service answers with its defaults (N8N_HOST localhost, port 5678). */
const BASE_URL = 'http://localhost:5678/';

const unavailable = (what: string) => async (): Promise<never> => {
	throw new UnexpectedError(`${what} is not available in the test harness`);
};

/** As the CLI's `getBase()` (workflow-execute-additional-data.ts) plus the execution's hooks. */
export function buildAdditionalData(options: {
	credentialsHelper: ICredentialsHelper;
	hooks: ExecutionLifecycleHooks;
	executionId: string;
	workflowId: string;
}): IWorkflowExecuteAdditionalData {
	const endpoints = Container.get(EndpointsConfig);
	return {
		currentNodeExecutionIndex: 0,
		credentialsHelper: options.credentialsHelper,
		hooks: options.hooks,
		executionId: options.executionId,
		workflowId: options.workflowId,
		restApiUrl: BASE_URL + endpoints.rest,
		instanceBaseUrl: BASE_URL,
		formBaseUrl: BASE_URL + endpoints.form,
		formTestBaseUrl: BASE_URL + endpoints.formTest,
		formWaitingBaseUrl: BASE_URL + endpoints.formWaiting,
		webhookBaseUrl: BASE_URL + endpoints.webhook,
		webhookTestBaseUrl: BASE_URL + endpoints.webhookTest,
		webhookWaitingBaseUrl: BASE_URL + endpoints.webhookWaiting,
		mcpBaseUrl: BASE_URL + endpoints.mcp,
		mcpTestBaseUrl: BASE_URL + endpoints.mcpTest,
		variables: {},
		externalSecretsProxy: Container.get(ExternalSecretsProxy),
		setExecutionStatus: () => {},
		logAiEvent: () => {},
		executeWorkflow: unavailable('Executing a sub-workflow'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		startRunnerTask: unavailable('The task runner'),
	};
}

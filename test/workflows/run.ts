/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, INode } from 'n8n-workflow';
import type { Emulator } from '../emulator';
import type { BinaryMode, HarnessCredential, HarnessWorkflow } from '../harness';

export const WORKFLOWS_DIR = __dirname;

/** The placeholder a workflow file writes for the emulator's address, e.g. `EMULATOR/files/receipt-ko.jpg`. */
const EMULATOR = 'http://emulator.invalid';

/** The credentials a workflow's nodes may name, by id, filled in from the running emulator. */
export function credentialsById(emulator: Emulator): Record<string, HarnessCredential> {
	const { nhn, clova } = emulator;
	return {
		'nhn-app-key': {
			id: 'nhn-app-key',
			type: 'nhnCloudOcrApi',
			data: { appKey: nhn.appKey, secretKey: nhn.secretKey, baseUrl: nhn.baseUrl },
		},
		'nhn-user-access-key': {
			id: 'nhn-user-access-key',
			type: 'nhnCloudUserAccessKeyApi',
			data: {
				userAccessKeyId: nhn.userAccessKeyId,
				secretAccessKey: nhn.secretAccessKey,
				appKey: nhn.appKey,
				baseUrl: nhn.baseUrl,
				tokenUrl: nhn.tokenUrl,
			},
		},
		'clova-general': {
			id: 'clova-general',
			type: 'clovaOcrApi',
			data: { invokeUrl: clova.general.invokeUrl, secretKey: clova.general.secretKey },
		},
		'clova-template': {
			id: 'clova-template',
			type: 'clovaOcrApi',
			data: { invokeUrl: clova.template.invokeUrl, secretKey: clova.template.secretKey },
		},
	};
}

export interface WorkflowCase {
	file: string;
	/** The workflow to run: pinData removed (pinned nodes would not run), the emulator's address filled in. */
	workflow: HarnessWorkflow;
	/** n8n's convention (as in nodes-base's `*.workflow.json` tests): pinData is the expected output per node. */
	expected: Record<string, IDataObject[]>;
	credentials: HarnessCredential[];
	binaryModes: BinaryMode[];
}

export function workflowFiles(): string[] {
	return readdirSync(WORKFLOWS_DIR)
		.filter((name) => name.endsWith('.workflow.json'))
		.sort();
}

/** Reads a workflow file against a running emulator. */
export function loadWorkflow(file: string, emulator: Emulator): WorkflowCase {
	const text = readFileSync(join(WORKFLOWS_DIR, file), 'utf8').split(EMULATOR).join(emulator.url);
	const { pinData = {}, ...workflow } = JSON.parse(text) as HarnessWorkflow & {
		pinData?: Record<string, Array<{ json: IDataObject }>>;
	};
	const known = credentialsById(emulator);
	const ids = workflow.nodes.flatMap((node: INode) =>
		Object.values(node.credentials ?? {}).map((reference) => reference.id ?? ''),
	);
	const credentials = [...new Set(ids)].map((id) => {
		if (!known[id]) throw new Error(`${file}: unknown credential id "${id}"`);
		return known[id];
	});
	return {
		file,
		workflow,
		expected: Object.fromEntries(
			Object.entries(pinData).map(([node, items]) => [node, items.map((item) => item.json)]),
		),
		credentials,
		binaryModes: ['default', 'filesystem'],
	};
}

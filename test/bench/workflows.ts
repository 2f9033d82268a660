/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/**
 * The two sides of each comparison as workflows for the harness: Input → the OCR node, and Input → n8n's own HTTP
 * Request node making the same multipart call with the same credential (predefined credential type).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INode, INodeParameters, INodeType, IVersionedNodeType } from 'n8n-workflow';
import type { Emulator } from '../emulator';
import {
	INPUT_NODE_TYPE,
	PACKAGE_NODE_TYPE,
	type HarnessItem,
	type HarnessWorkflow,
} from '../harness';
import { serializeItems } from '../harness/input-node';

export const HTTP_REQUEST_TYPE = 'n8n-nodes-base.httpRequest';

/** n8n-nodes-base of the project's own install if there is one, else the real n8n's in test/e2e/n8n. */
function nodesBaseDir(): string {
	const root = resolve(__dirname, '..', '..', '..');
	const candidates = [
		join(root, 'node_modules', 'n8n-nodes-base'),
		join(root, 'test', 'e2e', 'n8n', 'node_modules', 'n8n-nodes-base'),
		join(root, '..', 'test', 'e2e', 'n8n', 'node_modules', 'n8n-nodes-base'),
	];
	const found = candidates.find((dir) => existsSync(join(dir, 'package.json')));
	if (!found)
		throw new Error(
			`n8n-nodes-base not found (looked in ${candidates.join(', ')}); install the e2e n8n first: npm run test:e2e`,
		);
	return found;
}

export function httpRequestNodeType(): { type: IVersionedNodeType; version: string } {
	const dir = nodesBaseDir();
	const { HttpRequest } = require(join(dir, 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js'));
	const { version } = require(join(dir, 'package.json')) as { version: string };
	return { type: new HttpRequest() as IVersionedNodeType, version };
}

/** Whether n8n-nodes-base can be loaded here (the HTTP Request sides are left out, and say so, when not). */
export function httpRequestAvailable(): boolean {
	try {
		httpRequestNodeType();
		return true;
	} catch {
		return false;
	}
}

export const nodeTypes = (): Record<string, INodeType> =>
	httpRequestAvailable()
		? { [HTTP_REQUEST_TYPE]: httpRequestNodeType().type as unknown as INodeType }
		: {};

const input = (items: HarnessItem[]): INode => ({
	id: 'input',
	name: 'Input',
	type: INPUT_NODE_TYPE,
	typeVersion: 1,
	position: [0, 0],
	parameters: { items: serializeItems(items) },
});

function twoNodes(items: HarnessItem[], node: INode): HarnessWorkflow {
	return {
		nodes: [input(items), node],
		connections: { Input: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
	};
}

export const NHN_CREDENTIAL = { id: 'nhnCloudOcrApi-id', name: 'nhnCloudOcrApi account' };

/** NHN General OCR › Recognize Text (App Key) on every item, as the OCR node. */
export function ocrWorkflow(
	items: HarnessItem[],
	parameters: INodeParameters = {},
): HarnessWorkflow {
	return twoNodes(items, {
		id: 'ocr',
		name: 'OCR',
		type: PACKAGE_NODE_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters: {
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			authentication: 'appKeySecretKey',
			...parameters,
		},
		credentials: { nhnCloudOcrApi: NHN_CREDENTIAL },
	});
}

/**
 * The same call by HTTP Request 4.x: POST {baseUrl}/v1.0/appkeys/{appKey}/general, multipart field `image` from the
 * item's binary `data`, authenticated by the same nhnCloudOcrApi credential. `batching` is its Options › Batching.
 */
export function httpRequestWorkflow(
	emulator: Emulator,
	items: HarnessItem[],
	batching?: { batchSize: number; batchInterval: number },
): HarnessWorkflow {
	return twoNodes(items, {
		id: 'http',
		name: 'HTTP Request',
		type: HTTP_REQUEST_TYPE,
		typeVersion: 4.2,
		position: [200, 0],
		parameters: {
			method: 'POST',
			url: `${emulator.nhn.baseUrl}/v1.0/appkeys/${emulator.nhn.appKey}/general`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'nhnCloudOcrApi',
			sendBody: true,
			contentType: 'multipart-form-data',
			bodyParameters: {
				parameters: [
					{ parameterType: 'formBinaryData', name: 'image', inputDataFieldName: 'data' },
				],
			},
			options: batching ? { batching: { batch: batching } } : {},
		},
		credentials: { nhnCloudOcrApi: NHN_CREDENTIAL },
	});
}

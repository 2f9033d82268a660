import type { Emulator } from '../../emulator';
import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
} from '../../fixtures/catalog';
import { INPUT_NODE_TYPE, PACKAGE_NODE_TYPE, type HarnessWorkflow } from '../../harness';
import { appKeyCredential } from '../setup';

/**
 * A workflow as n8n 2.41 saved it before the Needs Review, Verify Business and Skip Files options existed: its node
 * parameters have none of them. Its outputs from the code of that time are in `saved-workflow.output.json`.
 */
export function savedWorkflow(): HarnessWorkflow {
	const files = JSON.stringify(
		[businessRegistrationPng, businessRegistrationLowJpg, businessRegistrationPdf].map((file) => ({
			files: [{ path: file.path, mimeType: file.mimeType }],
		})),
	);
	const credentials = { nhnCloudOcrApi: { id: 'nhnCloudOcrApi-id', name: 'NHN' } };
	const ocr = (id: string, name: string, parameters: Record<string, unknown>) => ({
		id,
		name,
		type: PACKAGE_NODE_TYPE,
		typeVersion: 1,
		position: [200, 0] as [number, number],
		parameters: { resource: 'nhnDocumentOcr', authentication: 'appKeySecretKey', ...parameters },
		credentials,
	});
	return {
		nodes: [
			{
				id: 'files',
				name: 'Files',
				type: INPUT_NODE_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: { items: files },
			},
			ocr('fields', 'Fields', {
				operation: 'recognizeBusinessRegistration',
				options: { minConfidence: 0.92 },
			}),
			ocr('document', 'Document', {
				operation: 'recognizeBusinessRegistration',
				output: 'document',
			}),
			ocr('status', 'Status', {
				operation: 'checkBusinessStatus',
				businessNumber: '={{ $json.fields.registrationNumber }}',
			}),
		],
		connections: {
			Files: {
				main: [
					[
						{ node: 'Fields', type: 'main', index: 0 },
						{ node: 'Document', type: 'main', index: 0 },
					],
				],
			},
			Document: { main: [[{ node: 'Status', type: 'main', index: 0 }]] },
		},
	} as HarnessWorkflow;
}

export const savedWorkflowNodes = ['Fields', 'Document', 'Status'];

export function savedWorkflowCredentials(emulator: Emulator) {
	return [{ ...appKeyCredential(emulator), id: 'nhnCloudOcrApi-id', name: 'NHN' }];
}

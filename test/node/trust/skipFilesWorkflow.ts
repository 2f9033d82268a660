// The saved workflow of the Skip Files Already Read tests: Files → OCR (Recognize Business Registration, skipping
// files read before), with its own id, so that its memory of files is its own.
import type { FixtureFile } from '../../fixtures/catalog';
import { INPUT_NODE_TYPE, PACKAGE_NODE_TYPE, type HarnessWorkflow } from '../../harness';

let workflowCount = 0;

export function skipFilesWorkflow(
	files: FixtureFile[],
	settings: { parameters?: Record<string, unknown>; continueOnFail?: boolean; id?: string } = {},
): HarnessWorkflow {
	return {
		id: settings.id ?? `skip-files-${++workflowCount}`,
		nodes: [
			{
				id: 'files',
				name: 'Files',
				type: INPUT_NODE_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					items: JSON.stringify(
						files.map((file) => ({ files: [{ path: file.path, mimeType: file.mimeType }] })),
					),
				},
			},
			{
				id: 'ocr',
				name: 'OCR',
				type: PACKAGE_NODE_TYPE,
				typeVersion: 1,
				position: [200, 0],
				parameters: {
					resource: 'nhnDocumentOcr',
					operation: 'recognizeBusinessRegistration',
					authentication: 'appKeySecretKey',
					output: 'document',
					skipFilesAlreadyRead: true,
					...settings.parameters,
				},
				credentials: { nhnCloudOcrApi: { id: 'nhn', name: 'NHN' } },
				...(settings.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
			},
		],
		connections: { Files: { main: [[{ node: 'OCR', type: 'main', index: 0 }]] } },
	};
}

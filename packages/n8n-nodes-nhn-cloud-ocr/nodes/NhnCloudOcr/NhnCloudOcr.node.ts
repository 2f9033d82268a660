import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { ocrNodeParts, operationTable } from '../core/node/ocrNode';
import { runItems } from '../core/node/runItems';
import { nhnProvider } from '../nhn';

const parts = ocrNodeParts([nhnProvider]);
const operations = operationTable([nhnProvider]);

/**
 * The node of the single-service package n8n-nodes-nhn-cloud-ocr. Its folder holds what is the package's own (this file, its codex,
 * package.json, README); nodes/core, the provider's folder, the credentials and icons are links to the repository's
 * sources, copied in when the package is assembled (scripts/packages.mjs).
 */
export class NhnCloudOcr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'NHN Cloud OCR',
		name: 'nhnCloudOcr',
		icon: {
			light: 'file:../../icons/nhnCloudOcr.svg',
			dark: 'file:../../icons/nhnCloudOcr.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: parts.subtitle,
		description:
			'Read text, Korean business registrations and credit cards, check business status and ask about documents with NHN Cloud OCR',
		defaults: { name: 'NHN Cloud OCR' },
		usableAsTool: {
			replacements: {
				description:
					'Read the text of an image at a public URL, the fields of a Korean business registration certificate or a credit card, answer a question about a document, or check whether a Korean business is operating',
			},
		},
		inputs: parts.inputs,
		outputs: parts.outputs,
		credentials: parts.credentials,
		properties: parts.properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runItems(this, operations);
	}
}

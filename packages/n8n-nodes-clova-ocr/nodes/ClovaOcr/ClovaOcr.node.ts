import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { ocrNodeParts, operationTable } from '../core/node/ocrNode';
import { runItems } from '../core/node/runItems';
import { clovaProvider } from '../clova';

const parts = ocrNodeParts([clovaProvider]);
const operations = operationTable([clovaProvider]);

/**
 * The node of the single-service package n8n-nodes-clova-ocr. Its folder holds what is the package's own (this file, its codex,
 * package.json, README); nodes/core, the provider's folder, the credentials and icons are links to the repository's
 * sources, copied in when the package is assembled (scripts/packages.mjs).
 */
export class ClovaOcr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CLOVA OCR',
		name: 'clovaOcr',
		icon: {
			light: 'file:../../icons/clovaOcr.svg',
			dark: 'file:../../icons/clovaOcr.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: parts.subtitle,
		description:
			'Read text, tables, template fields, receipts and Korean business licenses with NAVER Cloud CLOVA OCR',
		defaults: { name: 'CLOVA OCR' },
		usableAsTool: {
			replacements: {
				description:
					'Read the text and tables of an image or PDF at a public URL, the fields of a receipt or of a Korean business license, or the fields of a form that matches a template',
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

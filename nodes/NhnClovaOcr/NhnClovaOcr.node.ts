import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { ocrNodeParts, operationTable } from '../core/node/ocrNode';
import { runItems } from '../core/node/runItems';
import { clovaProvider } from '../clova';
import { nhnProvider } from '../nhn';

const providers = [nhnProvider, clovaProvider];
const parts = ocrNodeParts(providers);
const operations = operationTable(providers);

/** The combined node: NHN Cloud OCR and NAVER CLOVA OCR behind one node, with three credentials. */
export class NhnClovaOcr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'NHN & CLOVA OCR',
		name: 'nhnClovaOcr',
		icon: {
			light: 'file:../../icons/nhnClovaOcr.svg',
			dark: 'file:../../icons/nhnClovaOcr.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: parts.subtitle,
		description: 'Read text, tables and document fields with NHN Cloud OCR and NAVER CLOVA OCR',
		defaults: { name: 'NHN & CLOVA OCR' },
		usableAsTool: {
			replacements: {
				description:
					'Read the text, key fields and tables of an image or PDF at a public URL (receipts, invoices, forms, Korean business registration certificates, credit cards), or check whether a Korean business is operating',
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

import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as clovaOcr from '../clova/operations';
import * as nhnDocumentOcr from '../nhn/operations/document';
import * as nhnGeneralOcr from '../nhn/operations/general';
import { router } from '../core/node/runItems';
import { nhnAuthenticationProperty } from '../nhn/authentication';
import { reviewOutputsExpression, reviewProperties } from '../core/description/review';
import { skipFilesReadProperties } from '../core/description/skipFiles';
import { withFieldsNotice } from '../core/description/output';
import { subtitleFor } from '../core/description/subtitle';
import { withToolMode } from '../core/tool/toolMode';

const nhnResources = ['nhnGeneralOcr', 'nhnDocumentOcr'];

const properties: INodeProperties[] = withToolMode(
	withFieldsNotice([
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'NHN General OCR',
					value: 'nhnGeneralOcr',
					description: 'Text in any image (NHN Cloud)',
				},
				{
					name: 'NHN Document OCR',
					value: 'nhnDocumentOcr',
					description:
						'Business registrations, credit cards and questions about documents (NHN Cloud)',
				},
				{
					name: 'CLOVA OCR',
					value: 'clovaOcr',
					description: 'Text, tables, templates, receipts and business licenses (NAVER Cloud)',
				},
			],
			default: 'nhnGeneralOcr',
		},
		nhnAuthenticationProperty,
		...nhnGeneralOcr.description,
		...nhnDocumentOcr.description,
		...clovaOcr.description,
		...reviewProperties,
		...skipFilesReadProperties,
	]),
);

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
		subtitle: subtitleFor(properties),
		description: 'Read text, tables and document fields with NHN Cloud OCR and NAVER CLOVA OCR',
		defaults: { name: 'NHN & CLOVA OCR' },
		// As a tool (the AI Agent's tool list), the model passes an image URL or a business number: actions/toolMode.ts
		usableAsTool: {
			replacements: {
				description:
					'Read the text, key fields and tables of an image or PDF at a public URL (receipts, invoices, forms, Korean business registration certificates, credit cards), or check whether a Korean business is operating',
			},
		},
		inputs: [NodeConnectionTypes.Main],
		outputs: reviewOutputsExpression,
		credentials: [
			{
				name: 'nhnCloudOcrApi',
				required: true,
				displayOptions: { show: { resource: nhnResources, authentication: ['appKeySecretKey'] } },
			},
			{
				name: 'nhnCloudUserAccessKeyApi',
				required: true,
				displayOptions: { show: { resource: nhnResources, authentication: ['userAccessKey'] } },
			},
			{
				name: 'clovaOcrApi',
				required: true,
				displayOptions: { show: { resource: ['clovaOcr'] } },
			},
		],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}

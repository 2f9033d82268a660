import type { INodeProperties } from 'n8n-workflow';
import type { OperationsOf } from '../../../NhnClovaOcr/operations.type';
import * as askAboutDocument from './askAboutDocument.operation';
import * as checkBusinessStatus from './checkBusinessStatus.operation';
import * as recognizeBusinessRegistration from './recognizeBusinessRegistration.operation';
import * as recognizeCreditCard from './recognizeCreditCard.operation';

export const operations: OperationsOf<'nhnDocumentOcr'> = {
	recognizeBusinessRegistration,
	checkBusinessStatus,
	recognizeCreditCard,
	askAboutDocument,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['nhnDocumentOcr'] } },
		options: [
			{
				name: 'Recognize Business Registration',
				value: 'recognizeBusinessRegistration',
				description: 'Read the fields of a Korean business registration certificate (사업자등록증)',
				action: 'Recognize business registration certificate',
			},
			{
				name: 'Check Business Status',
				value: 'checkBusinessStatus',
				description:
					'Look up whether a business is operating, suspended or closed, by its registration number',
				action: 'Check business status',
			},
			{
				name: 'Recognize Credit Card',
				value: 'recognizeCreditCard',
				description: 'Read the number and expiry date of a credit card',
				action: 'Recognize credit card',
			},
			{
				name: 'Ask About Document',
				value: 'askAboutDocument',
				description:
					'Ask a question about a document image; a language model answers (NHN Document AI)',
				action: 'Ask about document',
			},
		],
		default: 'recognizeBusinessRegistration',
	},
	...recognizeBusinessRegistration.description,
	...checkBusinessStatus.description,
	...recognizeCreditCard.description,
	...askAboutDocument.description,
];

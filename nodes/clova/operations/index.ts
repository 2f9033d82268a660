import type { INodeProperties } from 'n8n-workflow';
import type { OperationsOf } from '../../NhnClovaOcr/operations.type';
import * as recognizeBusinessLicense from './recognizeBusinessLicense.operation';
import * as recognizeReceipt from './recognizeReceipt.operation';
import * as recognizeTemplate from './recognizeTemplate.operation';
import * as recognizeText from './recognizeText.operation';

export const operations: OperationsOf<'clovaOcr'> = {
	recognizeText,
	recognizeTemplate,
	recognizeReceipt,
	recognizeBusinessLicense,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['clovaOcr'] } },
		options: [
			{
				name: 'Recognize Text',
				value: 'recognizeText',
				description:
					'Read all text, and optionally tables, from an image or a PDF of up to 10 pages',
				action: 'Recognize text and tables',
			},
			{
				name: 'Recognize Template',
				value: 'recognizeTemplate',
				description:
					'Read the named fields of a document that matches a template released in your domain',
				action: 'Recognize document with template',
			},
			{
				name: 'Recognize Receipt',
				value: 'recognizeReceipt',
				description:
					'Read the store, payment, totals and line items of a receipt (Document OCR receipt model)',
				action: 'Recognize receipt',
			},
			{
				name: 'Recognize Business License',
				value: 'recognizeBusinessLicense',
				description:
					'Read the fields of a Korean business registration certificate (Document OCR business licence model)',
				action: 'Recognize business license',
			},
		],
		default: 'recognizeText',
	},
	...recognizeText.description,
	...recognizeTemplate.description,
	...recognizeReceipt.description,
	...recognizeBusinessLicense.description,
];

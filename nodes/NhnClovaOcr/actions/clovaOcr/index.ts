import type { INodeProperties } from 'n8n-workflow';
import type { OperationsOf } from '../node.type';
import * as recognizeTemplate from './recognizeTemplate.operation';
import * as recognizeText from './recognizeText.operation';

export const operations: OperationsOf<'clovaOcr'> = { recognizeText, recognizeTemplate };

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
				action: 'Recognize a document with a template',
			},
		],
		default: 'recognizeText',
	},
	...recognizeText.description,
	...recognizeTemplate.description,
];

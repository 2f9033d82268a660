import type { INodeProperties } from 'n8n-workflow';
import type { OperationsOf } from '../../../NhnClovaOcr/operations.type';
import * as recognizeLongImage from './recognizeLongImage.operation';
import * as recognizeText from './recognizeText.operation';

export const operations: OperationsOf<'nhnGeneralOcr'> = { recognizeText, recognizeLongImage };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['nhnGeneralOcr'] } },
		options: [
			{
				name: 'Recognize Text',
				value: 'recognizeText',
				description: 'Read all text in an image',
				action: 'Recognize text in image',
			},
			{
				name: 'Recognize Long Image',
				value: 'recognizeLongImage',
				description:
					'Read all text in a very long or wide image (receipts, screenshots), which NHN slices first',
				action: 'Recognize text in long image',
			},
		],
		default: 'recognizeText',
	},
	...recognizeText.description,
	...recognizeLongImage.description,
];

import type { Resource } from '../../core/node/resource';
import { recognizeBusinessLicense } from './recognizeBusinessLicense.operation';
import { recognizeReceipt } from './recognizeReceipt.operation';
import { recognizeTemplate } from './recognizeTemplate.operation';
import { recognizeText } from './recognizeText.operation';

export const clovaOcr: Resource = {
	value: 'clovaOcr',
	name: 'CLOVA OCR',
	description: 'Text, tables, templates, receipts and business licenses (NAVER Cloud)',
	operations: {
		recognizeText: {
			name: 'Recognize Text',
			description: 'Read all text, and optionally tables, from an image or a PDF of up to 10 pages',
			action: 'Recognize text and tables',
			operation: recognizeText,
		},
		recognizeTemplate: {
			name: 'Recognize Template',
			description:
				'Read the named fields of a document that matches a template released in your domain',
			action: 'Recognize document with template',
			operation: recognizeTemplate,
		},
		recognizeReceipt: {
			name: 'Recognize Receipt',
			description:
				'Read the store, payment, totals and line items of a receipt (Document OCR receipt model)',
			action: 'Recognize receipt',
			operation: recognizeReceipt,
		},
		recognizeBusinessLicense: {
			name: 'Recognize Business License',
			description:
				'Read the fields of a Korean business registration certificate (Document OCR business licence model)',
			action: 'Recognize business license',
			operation: recognizeBusinessLicense,
		},
	},
};

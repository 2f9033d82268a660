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
			action: 'Get the text and tables of a document as markdown',
			tool: { file: 'a document, photo or scan with text and tables' },
			operation: recognizeText,
		},
		recognizeTemplate: {
			name: 'Recognize Template',
			description:
				'Read the named fields of a document that matches a template released in your domain',
			action: 'Get the fields of a form by its template',
			tool: { file: 'a filled-in form of the kind the template was made for' },
			operation: recognizeTemplate,
		},
		recognizeReceipt: {
			name: 'Recognize Receipt',
			description:
				'Read the store, payment, totals and line items of a receipt (Document OCR receipt model)',
			action: "Get a receipt's store, date, totals and items",
			tool: { file: 'a photo or scan of a receipt' },
			operation: recognizeReceipt,
		},
		recognizeBusinessLicense: {
			name: 'Recognize Business License',
			description:
				'Read the fields of a Korean business registration certificate (Document OCR business licence model)',
			action: "Get a business license's fields",
			tool: {
				file: 'a photo or scan of a Korean business registration certificate (사업자등록증)',
			},
			operation: recognizeBusinessLicense,
		},
	},
};

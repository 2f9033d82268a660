import type { Resource } from '../../../core/node/resource';
import { askAboutDocument } from './askAboutDocument.operation';
import { checkBusinessStatus } from './checkBusinessStatus.operation';
import { extractFields } from './extractFields.operation';
import { recognizeBusinessRegistration } from './recognizeBusinessRegistration.operation';
import { recognizeCreditCard } from './recognizeCreditCard.operation';

export const nhnDocumentOcr: Resource = {
	value: 'nhnDocumentOcr',
	name: 'NHN Document OCR',
	description: 'Business registrations, credit cards and questions about documents (NHN Cloud)',
	operations: {
		recognizeBusinessRegistration: {
			name: 'Recognize Business Registration',
			description: 'Read the fields of a Korean business registration certificate (사업자등록증)',
			action: "Get a business registration's fields",
			tool: {
				file: 'a photo or scan of a Korean business registration certificate (사업자등록증)',
			},
			operation: recognizeBusinessRegistration,
		},
		checkBusinessStatus: {
			name: 'Check Business Status',
			description:
				'Look up whether a business is operating, suspended or closed, by its registration number',
			action: 'Check if a Korean business is open or closed',
			operation: checkBusinessStatus,
		},
		recognizeCreditCard: {
			name: 'Recognize Credit Card',
			description: 'Read the number and expiry date of a credit card',
			action: "Get a credit card's number and expiry date",
			tool: { file: 'a photo of the front of a credit card' },
			operation: recognizeCreditCard,
		},
		askAboutDocument: {
			name: 'Ask About Document',
			description:
				'Ask a question about a document image; a language model answers (NHN Document AI)',
			action: 'Answer a question about a document image',
			tool: { file: 'the document to ask about (a photo, scan or screenshot)' },
			operation: askAboutDocument,
		},
		extractFields: {
			name: 'Extract Fields',
			description:
				'Read the fields you list (or a preset: tax invoice, transaction statement) from a document image, typed and checked (NHN Document AI)',
			action: 'Extract typed fields from a document image',
			tool: { file: 'the document to read the fields from (a photo, scan or screenshot)' },
			operation: extractFields,
		},
	},
};

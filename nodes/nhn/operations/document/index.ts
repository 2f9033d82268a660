import type { Resource } from '../../../core/node/resource';
import { askAboutDocument } from './askAboutDocument.operation';
import { checkBusinessStatus } from './checkBusinessStatus.operation';
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
			action: 'Recognize business registration certificate',
			operation: recognizeBusinessRegistration,
		},
		checkBusinessStatus: {
			name: 'Check Business Status',
			description:
				'Look up whether a business is operating, suspended or closed, by its registration number',
			action: 'Check business status',
			operation: checkBusinessStatus,
		},
		recognizeCreditCard: {
			name: 'Recognize Credit Card',
			description: 'Read the number and expiry date of a credit card',
			action: 'Recognize credit card',
			operation: recognizeCreditCard,
		},
		askAboutDocument: {
			name: 'Ask About Document',
			description:
				'Ask a question about a document image; a language model answers (NHN Document AI)',
			action: 'Ask about document',
			operation: askAboutDocument,
		},
	},
};

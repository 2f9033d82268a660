import type { INodeProperties } from 'n8n-workflow';
import { inputError } from '../../../core/errors';
import { shortEcho } from '../../../core/privacy/secrets';
import { asText, isUnset } from '../../../core/values/read';

/** What NHN Document AI is told the image is (`documentTypeCode`): Ask About Document and Extract Fields. */
const documentTypes = ['GENERAL', 'BUSINESS_REGISTRATION', 'BUSINESS_CARD'];

export const documentTypeProperty: INodeProperties = {
	displayName: 'Document Type',
	name: 'documentType',
	type: 'options',
	options: [
		{ name: 'General', value: 'GENERAL' },
		{ name: 'Business Registration', value: 'BUSINESS_REGISTRATION' },
		{ name: 'Business Card', value: 'BUSINESS_CARD' },
	],
	default: 'GENERAL',
	description: 'What kind of document the image shows, as NHN Document AI knows it',
};

/** Document AI's `documentTypeCode`: the value, or its name in any case. */
export function readDocumentType(value: unknown): string {
	const typed = isUnset(value)
		? 'GENERAL'
		: asText(value, {
				displayName: 'Document Type',
				expects: 'General, Business Registration or Business Card',
			});
	const code = typed.toUpperCase().replace(/[\s-]+/g, '_');
	if (documentTypes.includes(code)) return code;
	throw inputError(
		`"${shortEcho(typed)}" is not a document type NHN Document AI knows`,
		'Choose General, Business Registration or Business Card (GENERAL, BUSINESS_REGISTRATION, BUSINESS_CARD).',
	);
}

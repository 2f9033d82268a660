import type { INodeProperties } from 'n8n-workflow';

// As an AI Agent tool (n8n's "…Tool" variant of the node) the node gets only the agent's JSON arguments, never a
// file, and everything it returns is read by the model. So in tool mode: the input is an image URL (or, for
// Check Business Status, a number) the model passes, and the answer is the compact document.

export const IMAGE_URL_HINT =
	'The public https:// address of the image or PDF to read (a receipt, invoice, form, card or certificate)';
const BUSINESS_NUMBER_HINT =
	'The 10-digit Korean business registration number (사업자등록번호), with or without dashes, e.g. 123-45-67890';

const PROMPT_HINT =
	'The question to ask about the document (at most 1,000 characters), e.g. "Return the total as JSON"';

/** The tool variant's own parameters: what the model passes, and the compact answer. */
function toolProperties(property: INodeProperties): INodeProperties[] {
	const show = { ...property.displayOptions?.show, '@tool': [true] };
	const shownAsTool = { ...property.displayOptions, show };
	if (property.name === 'inputType') {
		return [
			{
				displayName: 'Input Type',
				name: 'inputType',
				type: 'hidden',
				default: 'url',
				displayOptions: shownAsTool,
			},
			{
				displayName: 'Image URL',
				name: 'imageUrl',
				type: 'string',
				default: `={{ $fromAI('imageUrl', ${JSON.stringify(IMAGE_URL_HINT)}, 'string') }}`,
				required: true,
				description: 'The model passes the address of the file; as a tool the node gets no files',
				displayOptions: shownAsTool,
			},
		];
	}
	if (property.name === 'businessNumber') {
		return [
			{
				...property,
				default: `={{ $fromAI('businessNumber', ${JSON.stringify(BUSINESS_NUMBER_HINT)}, 'string') }}`,
				displayOptions: shownAsTool,
			},
		];
	}
	if (property.name === 'prompt') {
		return [
			{
				...property,
				default: `={{ $fromAI('prompt', ${JSON.stringify(PROMPT_HINT)}, 'string') }}`,
				displayOptions: shownAsTool,
			},
		];
	}
	if (property.name === 'output') {
		return [
			{
				displayName: 'Output',
				name: 'output',
				type: 'hidden',
				default: 'document',
				displayOptions: shownAsTool,
			},
		];
	}
	return [];
}

/** Parameters only the regular node shows. */
const REGULAR_ONLY = new Set([
	'inputType',
	'binaryPropertyName',
	'imageUrl',
	'businessNumber',
	'prompt',
	'output',
]);

/**
 * The node's properties with the tool variant's parameters added: n8n shows a property with
 * `displayOptions.show['@tool']` only in the node (false) or only in its tool variant (true).
 */
export function withToolMode(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		if (!REGULAR_ONLY.has(property.name) && property.name !== 'fieldsNotice') return [property];
		const regular: INodeProperties = {
			...property,
			displayOptions: {
				...property.displayOptions,
				show: { ...property.displayOptions?.show, '@tool': [false] },
			},
		};
		return [regular, ...toolProperties(property)];
	});
}

import type { INodeProperties } from 'n8n-workflow';
import { IMAGE_URL_HINT } from '../input/toolUrl';
import { BUSINESS_NUMBER_HINT, PROMPT_HINT, type ToolHintTable, type ToolHints } from './hints';

// As an AI Agent tool (n8n's "…Tool" variant of the node) the node gets only the agent's JSON arguments, never a
// file, and everything it returns is read by the model. So in tool mode: the input is an image URL (or, for
// Check Business Status, a number) the model passes, and the answer is the compact document.

/** The hints of the operation a property is shown for (each operation's properties name it: core/node/resource.ts). */
function hintsFor(property: INodeProperties, table: ToolHintTable): Partial<ToolHints> {
	const show = property.displayOptions?.show ?? {};
	const [resource] = (show.resource as string[] | undefined) ?? [];
	const [operation] = (show.operation as string[] | undefined) ?? [];
	return table[resource]?.[operation] ?? {};
}

/** The tool variant's own parameters: what the model passes, and the compact answer. */
function toolProperties(property: INodeProperties, table: ToolHintTable): INodeProperties[] {
	const show = { ...property.displayOptions?.show, '@tool': [true] };
	const shownAsTool = { ...property.displayOptions, show };
	const hints = hintsFor(property, table);
	if (property.name === 'inputType') {
		return [
			{
				displayName: 'Input Type',
				name: 'inputType',
				type: 'options',
				options: [
					{
						name: 'Image URL From the Model',
						value: 'url',
						description: 'The model passes the public address of the file',
					},
					{
						name: 'File From an Expression',
						value: 'binary',
						description:
							"A file of the agent's input, e.g. a chat message's attachment, through an expression (n8n gives a tool no files by itself)",
					},
				],
				default: 'url',
				displayOptions: shownAsTool,
			},
			{
				displayName: 'Image URL',
				name: 'imageUrl',
				type: 'string',
				default: `={{ $fromAI('imageUrl', ${JSON.stringify(hints.imageUrl ?? IMAGE_URL_HINT)}, 'string') }}`,
				required: true,
				description:
					'The model passes the address of the file. The text in $fromAI is what the model is told to pass.',
				displayOptions: { ...shownAsTool, show: { ...show, inputType: ['url'] } },
			},
			{
				displayName: 'File',
				name: 'binaryPropertyName',
				type: 'string',
				default: '',
				required: true,
				placeholder: "e.g. {{ $('When chat message received').item.binary.data0 }}",
				hint: `The file the tool reads: ${hints.fileTypes ?? 'an image file'}`,
				description:
					"An expression that gives a file of the agent's input: the trigger's binary field, e.g. {{ $('When chat message received').item.binary.data0 }} for a chat message's first attachment. The model passes no address then.",
				displayOptions: { ...shownAsTool, show: { ...show, inputType: ['binary'] } },
			},
			{
				displayName: 'Allow Internal Addresses',
				name: 'allowInternalAddresses',
				type: 'boolean',
				default: false,
				description:
					'Whether the model may pass addresses inside the network n8n runs in: this machine (localhost, 127.0.0.1), private networks (10.x, 172.16-31.x, 192.168.x, fd00::), cloud metadata (169.254.169.254) and local names (fileserver, *.local, *.internal). Off, such a URL is refused before any request, and so is a redirect to one. A document, mail or web page the model reads can tell it which URL to pass: turn this on only for a trusted setup.',
				displayOptions: shownAsTool,
			},
		];
	}
	if (property.name === 'businessNumber') {
		return [
			{
				...property,
				default: `={{ $fromAI('businessNumber', ${JSON.stringify(hints.businessNumber ?? BUSINESS_NUMBER_HINT)}, 'string') }}`,
				displayOptions: shownAsTool,
			},
		];
	}
	if (property.name === 'prompt') {
		return [
			{
				...property,
				default: `={{ $fromAI('prompt', ${JSON.stringify(hints.prompt ?? PROMPT_HINT)}, 'string') }}`,
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
	// A tool answers every call: skipping a file read before would answer the model with nothing.
	'skipFilesAlreadyRead',
	'filesReadBefore',
]);

/**
 * The node's properties with the tool variant's parameters added: n8n shows a property with
 * `displayOptions.show['@tool']` only in the node (false) or only in its tool variant (true).
 */
export function withToolMode(
	properties: INodeProperties[],
	hints: ToolHintTable = {},
): INodeProperties[] {
	return properties.flatMap((property) => {
		if (!REGULAR_ONLY.has(property.name) && property.name !== 'fieldsNotice') return [property];
		const regular: INodeProperties = {
			...property,
			displayOptions: {
				...property.displayOptions,
				show: { ...property.displayOptions?.show, '@tool': [false] },
			},
		};
		return [regular, ...toolProperties(property, hints)];
	});
}

import type { INodeProperties } from 'n8n-workflow';

/** Input Type, Input Binary Field and Image URL, with the service's documented limits as a hint. */
export function inputProperties(limitsHint: string, urlHint: string): INodeProperties[] {
	return [
		{
			displayName: 'Input Type',
			name: 'inputType',
			type: 'options',
			options: [
				{
					name: 'Binary File',
					value: 'binary',
					description: 'A file from a previous node (mail attachment, download, disk)',
				},
				{ name: 'Image URL', value: 'url', description: 'A public web address of the file' },
			],
			default: 'binary',
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			placeholder: 'e.g. data',
			hint: limitsHint,
			description: 'The name of the binary field that holds the file (not the file itself)',
			displayOptions: { show: { inputType: ['binary'] } },
		},
		{
			displayName: 'Image URL',
			name: 'imageUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://example.com/receipt.jpg',
			hint: urlHint,
			displayOptions: { show: { inputType: ['url'] } },
		},
	];
}

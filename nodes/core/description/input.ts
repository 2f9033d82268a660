import type { INodeProperties } from 'n8n-workflow';
import type { FileLimits } from '../input/limits';

/** What the URL parameter is called: "Image or PDF URL" where the service reads PDFs too. */
export function urlLabel(limits: Pick<FileLimits, 'formats'>): string {
	return limits.formats.includes('pdf') ? 'Image or PDF URL' : 'Image URL';
}

/** Input Type, Input Binary Field and the URL, with the service's documented limits as a hint. */
export function inputProperties(
	limits: Pick<FileLimits, 'formats'>,
	limitsHint: string,
	urlHint: string,
): INodeProperties[] {
	const label = urlLabel(limits);
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
				{ name: label, value: 'url', description: 'A public web address of the file' },
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
			displayName: label,
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

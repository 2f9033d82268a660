import type { INodeProperties } from 'n8n-workflow';

/** Shown where the input is a binary file (Check Business Status and Image URL inputs have no file to recognise). */
export const skipFilesReadProperties: INodeProperties[] = [
	{
		displayName: 'Skip Files Already Read',
		name: 'skipFilesAlreadyRead',
		type: 'boolean',
		default: false,
		description:
			'Whether to remember each file this workflow has read successfully (by its SHA-256, with n8n\'s deduplication store) and, when the same file comes again, output a small "skipped" item instead of calling (and paying for) the service again. Failed calls are not remembered.',
		displayOptions: { show: { inputType: ['binary'] } },
	},
	{
		displayName: 'Files Read Before',
		name: 'filesReadBefore',
		type: 'options',
		default: 'skip',
		options: [
			{
				name: 'Skip Them',
				value: 'skip',
				description: 'A file read before gives a "skipped" item',
			},
			{
				name: 'Read Them Again',
				value: 'readAgain',
				description:
					"Forget this item's file and read it again (an expression can choose this per item)",
			},
			{
				name: 'Forget All, Then Read',
				value: 'forgetAll',
				description:
					'Clear this workflow\'s memory of files read before at the start of this run (also what Remove Duplicates nodes of this workflow remember with the "workflow" scope), then read every file',
			},
		],
		displayOptions: { show: { inputType: ['binary'], skipFilesAlreadyRead: [true] } },
	},
];

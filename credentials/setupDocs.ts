import type { INodeProperties } from 'n8n-workflow';

/** A notice at the top of a credential dialog: where each value is in the console, and the full steps (the credential's documentationUrl: README › Set up credentials). */
export function setupNotice(lines: string[], setupUrl: string): INodeProperties {
	return {
		displayName: `${lines.join('<br>')}<br><a href="${setupUrl}" target="_blank">Step-by-step setup</a>`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	};
}

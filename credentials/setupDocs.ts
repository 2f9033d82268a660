import type { INodeProperties } from 'n8n-workflow';

/**
 * A notice at the top of a credential dialog: where each value is in the console, and the full steps (the credential's
 * documentationUrl: README › Set up credentials). n8n's notice keeps only the tags `a`, `ul` and `li` of its HTML
 * (n8n 2.41's N8nNotice sanitizes it so), so the lines are list items: with `<br>` between them, n8n removed the
 * breaks and ran the sentences together ("…at the top right.A Project…").
 */
export function setupNotice(lines: string[], setupUrl: string): INodeProperties {
	const items = lines.map((line) => `<li>${line}</li>`).join('');
	return {
		displayName: `<ul>${items}</ul><a href="${setupUrl}" target="_blank">Step-by-step setup</a>`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	};
}

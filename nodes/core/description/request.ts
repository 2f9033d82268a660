import type { INodeProperties } from 'n8n-workflow';

export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_TIMEOUT_MS = 120_000;

/** How the transport sends each item's request; every operation's Options collection has them. */
export const requestOptions: INodeProperties[] = [
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 10, numberPrecision: 0 },
		default: DEFAULT_MAX_RETRIES,
		description:
			'How often to send an item again after an answer that can succeed on a second try (throttling, a server error, a dropped connection, a broken answer). Errors in the input or the credential are never retried. The wait between tries grows each time, or follows the service.',
	},
	{
		displayName: 'Timeout',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: DEFAULT_TIMEOUT_MS,
		description:
			"Milliseconds each item's request may take in all — upload, answer, retries and the waits between them — before the item fails as timed out",
	},
];

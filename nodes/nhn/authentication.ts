import type { INodeProperties } from 'n8n-workflow';

export const nhnAuthenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'App Key + Secret Key (API v1.0)', value: 'appKeySecretKey' },
		{
			name: 'User Access Key (API v1.1)',
			value: 'userAccessKey',
			description: 'The node gets and renews the access token itself',
		},
	],
	default: 'appKeySecretKey',
	// No displayOptions: n8n shows this field as the credential's authentication method, and hides every
	// parameter the field's own displayOptions depend on — a `resource` condition here would hide Resource.
};

import type { INodeProperties } from 'n8n-workflow';
import type { ParameterSource } from '../core/node/parameters';
import { asChoice } from '../core/values/read';

export type NhnAuthentication = 'appKeySecretKey' | 'userAccessKey';

/** Each authentication's credential type and the API version that takes it. */
export const nhnCredentialTypes: Record<NhnAuthentication, string> = {
	appKeySecretKey: 'nhnCloudOcrApi',
	userAccessKey: 'nhnCloudUserAccessKeyApi',
};

const names: Record<NhnAuthentication, string> = {
	appKeySecretKey: 'App Key + Secret Key (API v1.0)',
	userAccessKey: 'User Access Key (API v1.1)',
};

export const nhnAuthenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: names.appKeySecretKey, value: 'appKeySecretKey' },
		{
			name: names.userAccessKey,
			value: 'userAccessKey',
			description: 'The node gets and renews the access token itself',
		},
	],
	default: 'appKeySecretKey',
	// No displayOptions: n8n shows this field as the credential's authentication method, and hides every
	// parameter the field's own displayOptions depend on — a `resource` condition here would hide Resource.
};

/** What every NHN operation reads besides its own parameters. */
export interface NhnParameters {
	authentication: NhnAuthentication;
}

export function readNhnParameters(values: ParameterSource): NhnParameters {
	return {
		authentication: asChoice(values.node('authentication', 'appKeySecretKey'), {
			displayName: 'Authentication',
			choices: names,
			fallback: 'appKeySecretKey',
		}),
	};
}

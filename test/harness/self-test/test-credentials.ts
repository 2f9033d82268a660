/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

/** Generic `authenticate` with an expression over two fields, one of them left to its default. */
export class TestHeaderApi implements ICredentialType {
	name = 'testHeaderApi';

	displayName = 'Test Header API';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Scheme', name: 'scheme', type: 'string', default: 'Key' },
	];

	authenticate = {
		type: 'generic' as const,
		properties: {
			headers: { 'X-Api-Key': '={{$credentials.scheme}} {{$credentials.apiKey}}' },
		},
	};
}

/** A token issued by `preAuthentication` into the expirable hidden `token`, sent as a bearer token. */
export class TestTokenApi implements ICredentialType {
	name = 'testTokenApi';

	displayName = 'Test Token API';

	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { token } = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${credentials.baseUrl as string}/token`,
			headers: { 'X-Client-Secret': credentials.clientSecret as string },
			json: true,
		})) as { token: string };
		return { token };
	}

	authenticate = {
		type: 'generic' as const,
		properties: { headers: { Authorization: '=Bearer {{$credentials.token}}' } },
	};
}

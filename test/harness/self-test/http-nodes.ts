import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/**
 * Per item: GET `url` through `httpRequestWithAuthentication(credentialType)` and output the
 * JSON answer. With `renewToken`, the credential goes in through `credentialsDecrypted` with
 * its token emptied, as a node does after the API rejected the token.
 */
function authenticatedGet(name: string, credentialType: string): INodeType {
	return {
		description: {
			displayName: name,
			name,
			group: ['transform'],
			version: 1,
			description: `Calls a URL with ${credentialType}`,
			defaults: { name },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'Renew Token', name: 'renewToken', type: 'boolean', default: false },
			],
		},

		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const output: INodeExecutionData[] = [];
			for (let i = 0; i < this.getInputData().length; i++) {
				const request: IHttpRequestOptions = {
					method: 'GET',
					url: this.getNodeParameter('url', i) as string,
					json: true,
				};
				let additionalCredentialOptions;
				if (this.getNodeParameter('renewToken', i) as boolean) {
					const { id, name: credentialName } = this.getNode().credentials![credentialType];
					const data = await this.getCredentials(credentialType, i);
					additionalCredentialOptions = {
						credentialsDecrypted: {
							id: id!,
							name: credentialName,
							type: credentialType,
							data: { ...data, token: '' },
						},
					};
				}
				const json = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					credentialType,
					request,
					additionalCredentialOptions,
				)) as IDataObject;
				output.push({ json, pairedItem: { item: i } });
			}
			return [output];
		},
	};
}

export const headerUser = () => authenticatedGet('headerUser', 'testHeaderApi');

export const tokenUser = () => authenticatedGet('tokenUser', 'testTokenApi');

import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

interface TokenReply {
	access_token?: unknown;
	expires_in?: unknown;
	error?: unknown;
	error_description?: unknown;
}

function describeRefusal(status: number, body: TokenReply | undefined): string {
	const reason = [body?.error, body?.error_description]
		.filter((part) => typeof part === 'string' && part)
		.join(': ');
	return `NHN Cloud did not issue an access token (HTTP ${status}${reason ? `, ${reason}` : ''}). Check the User Access Key ID and Secret Access Key, and the Token URL.`;
}

const ISSUE_PATH = '/oauth2/token/create';

/** The server's address, or the full token URL as the NHN guide prints it: both lead to `{server}/oauth2/token/create`. */
function tokenEndpoint(value: unknown): string {
	const url = String(value || 'https://oauth.api.nhncloudservice.com')
		.trim()
		.replace(/\/+$/, '');
	return url.endsWith(ISSUE_PATH) ? url : `${url}${ISSUE_PATH}`;
}

export class NhnCloudUserAccessKeyApi implements ICredentialType {
	name = 'nhnCloudUserAccessKeyApi';

	displayName = 'NHN Cloud User Access Key API';

	icon: Icon = { light: 'file:../icons/nhnCloud.svg', dark: 'file:../icons/nhnCloud.dark.svg' };

	documentationUrl = 'https://docs.nhncloud.com/en/nhncloud/en/public-api/user-access-key-token/';

	properties: INodeProperties[] = [
		{
			displayName: 'User Access Key ID',
			name: 'userAccessKeyId',
			type: 'string',
			default: '',
			required: true,
			description: 'From the NHN Cloud console: your account menu > API Security Settings',
		},
		{
			displayName: 'Secret Access Key',
			name: 'secretAccessKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description:
				"The OCR service's App Key or the Project Integrated Appkey (console: AI Service > OCR > URL & Appkey)",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api-ocr.nhncloudservice.com',
			description:
				'The OCR API endpoint. The old https://ocr.api.nhncloudservice.com works until 2027-07-31; other regions have their own.',
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: 'https://oauth.api.nhncloudservice.com',
			description:
				'The authentication server that issues User Access Key tokens (its address, or the full URL ending in /oauth2/token/create)',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Access Token Expires At',
			name: 'accessTokenExpiresAt',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		{
			// Seconds; the node renews a tenth of it (at most a minute) before the expiry.
			displayName: 'Access Token Lifetime',
			name: 'accessTokenLifetime',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/** Runs when the token is empty or n8n says it expired; n8n stores what this returns in the credential. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: tokenEndpoint(credentials.tokenUrl),
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: 'grant_type=client_credentials',
			auth: {
				username: String(credentials.userAccessKeyId).trim(),
				password: String(credentials.secretAccessKey).trim(),
			},
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			json: true,
		})) as { statusCode: number; body: TokenReply | string | undefined };
		let body = response.body;
		if (typeof body === 'string') {
			try {
				body = JSON.parse(body) as TokenReply;
			} catch {
				body = undefined;
			}
		}
		if (
			response.statusCode !== 200 ||
			typeof body?.access_token !== 'string' ||
			!body.access_token
		) {
			throw new Error(describeRefusal(response.statusCode, body));
		}
		// The guide types expires_in as String, its example sends a number: accept both.
		const seconds = Number(body.expires_in);
		const lifetime = Number.isFinite(seconds) && seconds > 0 ? seconds : 86400;
		return {
			accessToken: body.access_token,
			accessTokenExpiresAt: new Date(Date.now() + lifetime * 1000).toISOString(),
			accessTokenLifetime: String(lifetime),
		};
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'X-NHN-Authorization': '=Bearer {{$credentials.accessToken}}' } },
	};

	// Testing issues a token (preAuthentication); an empty image URL is then refused for the URL, not the token.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}',
			url: '=/v1.1/appkeys/{{$credentials.appKey.trim()}}/general',
			method: 'POST',
			body: { imageUrl: '' },
			json: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'header.resultCode',
					value: 4010006,
					message: 'NHN Cloud rejected the access token issued for this User Access Key',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'header.resultCode',
					value: 4010007,
					message: 'The User Access Key has no permission for OCR or for this App Key',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'header.resultCode',
					value: 4010004,
					message: 'The App Key belongs to an invalid project',
				},
			},
		],
	};
}

import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import {
	isRedirect,
	noRedirects,
	redirectRefusal,
	redirectTarget,
} from '../nodes/core/transport/redirects';
import { cleanWithCredential } from '../nodes/core/privacy/secrets';
import { parseServiceUrl } from '../nodes/core/transport/serviceUrl';
import { nhnAppKey, nhnBaseUrl, nhnCredentialTest } from './nhnShared';
import { setupNotice } from './setupDocs';

interface TokenReply {
	access_token?: unknown;
	expires_in?: unknown;
	error?: unknown;
	error_description?: unknown;
}

/** The server's words are cleaned of the credential's own values (a gateway may echo the Basic header) and capped. */
function describeRefusal(
	status: number,
	body: TokenReply | undefined,
	credentials: ICredentialDataDecryptedObject,
): string {
	const said = [body?.error, body?.error_description]
		.filter((part) => typeof part === 'string' && part)
		.join(': ');
	const reason = said ? cleanWithCredential(credentials, said) : '';
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

	icon: Icon = {
		light: 'file:../icons/nhnCloudUserAccessKey.svg',
		dark: 'file:../icons/nhnCloudUserAccessKey.dark.svg',
	};

	// The repository's README › Credentials: the same file serves every package that has this credential.
	documentationUrl =
		'https://github.com/GITHUB-OWNER/n8n-nodes-nhn-clova-ocr#nhn-cloud-user-access-key';

	properties: INodeProperties[] = [
		setupNotice(
			[
				'<b>User Access Key ID</b> and <b>Secret Access Key</b>: NHN Cloud console › your account (top right) › <b>API Security Settings</b> › Create User Access Key ID (Opaque type). The secret is shown once.',
				'<b>App Key</b>: your project › AI Service › OCR › <b>URL & Appkey</b>. The node gets the access token and renews it itself.',
			],
			this.documentationUrl,
		),
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
		nhnAppKey,
		nhnBaseUrl,
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
		const url = tokenEndpoint(credentials.tokenUrl);
		const { problem } = parseServiceUrl(url, 'Token URL');
		if (problem) {
			throw new Error(
				`${problem}. The Token URL receives the Secret Access Key: enter the authentication server's https address, e.g. https://oauth.api.nhncloudservice.com.`,
			);
		}
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: 'grant_type=client_credentials',
			auth: {
				username: String(credentials.userAccessKeyId).trim(),
				password: String(credentials.secretAccessKey).trim(),
			},
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			json: true,
			...noRedirects,
		})) as {
			statusCode: number;
			headers?: Record<string, unknown>;
			body: TokenReply | string | undefined;
		};
		if (isRedirect(response.statusCode)) {
			throw new Error(
				`${redirectRefusal('The Token URL', response.statusCode, cleanWithCredential(credentials, redirectTarget(response.headers, url)))}. Enter the authentication server's own address in the Token URL.`,
			);
		}
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
			throw new Error(describeRefusal(response.statusCode, body, credentials));
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

	// A function, not `{ type: 'generic' }` with an expression: n8n 2.41 resolves such expressions with the node's
	// data proxy, which throws "Node … hasn't been executed" in the v2 execution logic's combined binary mode.
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: {
			...requestOptions.headers,
			'X-NHN-Authorization': `Bearer ${String(credentials.accessToken ?? '')}`,
		},
	});

	// Testing issues a token (preAuthentication); an empty image URL is then refused for the URL, not the token.
	test: ICredentialTestRequest = nhnCredentialTest('v1.1', [
		[4010006, 'NHN Cloud rejected the access token issued for this User Access Key'],
		[4010007, 'The User Access Key has no permission for OCR or for this App Key'],
		[4010004, 'The App Key belongs to an invalid project'],
	]);
}

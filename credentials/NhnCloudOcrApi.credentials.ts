import type {
	IAuthenticate,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { nhnAppKey, nhnBaseUrl, nhnCredentialTest } from './nhnShared';
import { setupNotice } from './setupDocs';

export class NhnCloudOcrApi implements ICredentialType {
	name = 'nhnCloudOcrApi';

	displayName = 'NHN Cloud OCR (App Key) API';

	icon: Icon = { light: 'file:../icons/nhnCloud.svg', dark: 'file:../icons/nhnCloud.dark.svg' };

	// The repository's README › Credentials: the same file serves every package that has this credential.
	documentationUrl =
		'https://github.com/GITHUB-OWNER/n8n-nodes-nhn-clova-ocr#nhn-cloud-app-key-and-secret-key';

	properties: INodeProperties[] = [
		setupNotice(
			[
				'<b>App Key</b> and <b>Secret Key</b>: NHN Cloud console › your project › AI Service › OCR (enable it first) › <b>URL & Appkey</b> at the top right.',
				'A Project Integrated Appkey works as the App Key too. Leave Base URL as it is unless NHN gave you another endpoint.',
			],
			this.documentationUrl,
		),
		nhnAppKey,
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The Secret Key shown next to the App Key in the console',
		},
		nhnBaseUrl,
	];

	// A function, not `{ type: 'generic' }` with an expression: n8n 2.41 resolves such expressions with the node's
	// data proxy, which throws "Node … hasn't been executed" in the v2 execution logic's combined binary mode.
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: String(credentials.secretKey ?? '') },
	});

	// An authenticated request with an empty image URL is refused for the URL (4000001), not for the key (4010001).
	test: ICredentialTestRequest = nhnCredentialTest('v1.0', [
		[4010001, 'NHN Cloud rejected the App Key or Secret Key'],
		[4000005, 'The Secret Key is empty'],
		[4010004, 'The App Key belongs to an invalid project'],
	]);
}

import type {
	IAuthenticate,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { noRedirects, withRedirectRules } from '../nodes/NhnClovaOcr/transport/redirects';
import { secureUrlExpression } from '../nodes/NhnClovaOcr/transport/serviceUrl';
import { setupNotice } from './setupDocs';

export class NhnCloudOcrApi implements ICredentialType {
	name = 'nhnCloudOcrApi';

	displayName = 'NHN Cloud OCR (App Key) API';

	icon: Icon = { light: 'file:../icons/nhnCloud.svg', dark: 'file:../icons/nhnCloud.dark.svg' };

	// README › Set up credentials
	documentationUrl =
		'https://www.npmjs.com/package/n8n-nodes-nhn-clova-ocr#nhn-cloud-app-key-and-secret-key';

	properties: INodeProperties[] = [
		setupNotice(
			[
				'<b>App Key</b> and <b>Secret Key</b>: NHN Cloud console › your project › AI Service › OCR (enable it first) › <b>URL & Appkey</b> at the top right.',
				'A Project Integrated Appkey works as the App Key too. Leave Base URL as it is unless NHN gave you another endpoint.',
			],
			this.documentationUrl,
		),
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
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The Secret Key shown next to the App Key in the console',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api-ocr.nhncloudservice.com',
			description:
				'The OCR API endpoint. The old https://ocr.api.nhncloudservice.com works until 2027-07-31; other regions have their own.',
		},
	];

	// A function, not `{ type: 'generic' }` with an expression: n8n 2.41 resolves such expressions with the node's
	// data proxy, which throws "Node … hasn't been executed" in the v2 execution logic's combined binary mode.
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: String(credentials.secretKey ?? '') },
	});

	// An authenticated request with an empty image URL is refused for the URL (4000001), not for the key (4010001).
	test: ICredentialTestRequest = {
		request: {
			baseURL: secureUrlExpression(
				'$credentials.baseUrl',
				'The Base URL must start with https://, e.g. https://api-ocr.nhncloudservice.com',
				'url.replace(/\\/+$/, "")',
			),
			url: '=/v1.0/appkeys/{{$credentials.appKey.trim()}}/general',
			method: 'POST',
			body: { imageUrl: '' },
			json: true,
			...noRedirects,
		},
		rules: withRedirectRules('The Base URL', [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'header.resultCode',
					value: 4010001,
					message: 'NHN Cloud rejected the App Key or Secret Key',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'header.resultCode',
					value: 4000005,
					message: 'The Secret Key is empty',
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
		]),
	};
}

import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { setupNotice } from './setupDocs';

const INVOKE_URL_EXAMPLE = 'https://xxxxxxxx.apigw.ntruss.com/custom/v1/12345/0123456789abcdef';

export class ClovaOcrApi implements ICredentialType {
	name = 'clovaOcrApi';

	displayName = 'CLOVA OCR API';

	icon: Icon = { light: 'file:../icons/clova.svg', dark: 'file:../icons/clova.dark.svg' };

	// README › Set up credentials
	documentationUrl =
		'https://www.npmjs.com/package/n8n-nodes-nhn-clova-ocr#clova-ocr-invoke-url-and-secret-key';

	properties: INodeProperties[] = [
		setupNotice(
			[
				'NAVER Cloud console › AI Services › CLOVA OCR › <b>Domain</b>: create a General domain (Recognize Text) or a Template domain (Recognize Template).',
				"In the domain's <b>API Gateway integration</b>: create the <b>Secret Key</b>, then Automatic API Gateway integration shows the <b>Invoke URL</b>. One credential per domain.",
			],
			this.documentationUrl,
		),
		{
			displayName: 'Invoke URL',
			name: 'invokeUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: `e.g. ${INVOKE_URL_EXAMPLE}`,
			description:
				"The domain's API Gateway invoke URL (CLOVA OCR > Domain > API Gateway integration), with or without /general or /infer at the end",
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The Secret Key generated for the domain's API Gateway integration",
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'X-OCR-SECRET': '={{$credentials.secretKey}}' } },
	};

	// An empty body is refused as invalid (0011) once the secret is accepted; a wrong secret is HTTP 401, code 0002.
	// Like the node, the test refuses plain http off loopback before the secret is sent: the expression throws, named
	// ExpressionError because n8n's expression engine passes only those on (any other error would become an empty URL,
	// which fails too, as "Invalid URL").
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{ (url => /^https:\\/\\/|^http:\\/\\/(localhost|127(\\.\\d+){3}|\\[::1\\])(:\\d+)?([/?#]|$)/i.test(url) ? ' +
				'url.replace(/[?#].*$/, "").replace(/\\/+$/, "").replace(/\\/(general|infer)$/i, "") : ' +
				`(() => { const refused = new Error("The Invoke URL must start with https://. Copy it from the NAVER Cloud console (CLOVA OCR > Domain > API Gateway integration); it looks like ${INVOKE_URL_EXAMPLE}"); refused.name = "ExpressionError"; throw refused; })())($credentials.invokeUrl.trim()) }}`,
			url: '/general',
			method: 'POST',
			body: {},
			json: true,
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: '0002', message: 'CLOVA OCR rejected the Secret Key' },
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'code',
					value: '0001',
					message: 'CLOVA OCR did not recognise the Invoke URL',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'code',
					value: '0022',
					message: 'The Invoke URL names a domain that does not exist',
				},
			},
		],
	};
}

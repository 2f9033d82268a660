import type {
	IAuthenticate,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import {
	REDIRECT_STATUSES,
	noRedirects,
	withRedirectRules,
} from '../nodes/core/transport/redirects';
import { secureUrlExpression } from '../nodes/core/transport/serviceUrl';
import { setupNotice } from './setupDocs';

/** What an invoke URL looks like, for the credential's hints and the node's errors. */
export const INVOKE_URL_EXAMPLE =
	'https://xxxxxxxx.apigw.ntruss.com/custom/v1/12345/0123456789abcdef';

export class ClovaOcrApi implements ICredentialType {
	name = 'clovaOcrApi';

	displayName = 'CLOVA OCR API';

	icon: Icon = { light: 'file:../icons/clova.svg', dark: 'file:../icons/clova.dark.svg' };

	// The repository's README › Credentials: the same file serves every package that has this credential.
	documentationUrl =
		'https://github.com/GITHUB-OWNER/n8n-nodes-nhn-clova-ocr#clova-ocr-invoke-url-and-secret-key';

	properties: INodeProperties[] = [
		setupNotice(
			[
				'NAVER Cloud console › AI Services › CLOVA OCR › <b>Domain</b>: create a General domain (Recognize Text), a Template domain (Recognize Template) or a Document domain (Recognize Receipt, Recognize Business License).',
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
				"The domain's API Gateway invoke URL (CLOVA OCR > Domain > API Gateway integration), with or without /general, /infer or /document/… at the end",
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

	// A function, not `{ type: 'generic' }` with an expression: n8n 2.41 resolves such expressions with the node's
	// data proxy, which throws "Node … hasn't been executed" in the v2 execution logic's combined binary mode.
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: { ...requestOptions.headers, 'X-OCR-SECRET': String(credentials.secretKey ?? '') },
	});

	// An empty body is refused as invalid (0011) once the secret is accepted; a wrong secret is HTTP 401, code 0002.
	// Like the node, the test refuses plain http off loopback before the secret is sent, and follows no redirect.
	test: ICredentialTestRequest = {
		request: {
			baseURL: secureUrlExpression(
				'$credentials.invokeUrl',
				`The Invoke URL must start with https://. Copy it from the NAVER Cloud console (CLOVA OCR > Domain > API Gateway integration); it looks like ${INVOKE_URL_EXAMPLE}`,
				'url.replace(/[?#].*$/, "").replace(/\\/+$/, "").replace(/\\/(general|infer|document\\/[a-z-]+)$/i, "")',
			),
			// A Document OCR domain's URL pasted with /document/<model> is tested at that model's path.
			url: '={{ "/" + ((/\\/(document\\/[a-z-]+)\\/*$/i.exec($credentials.invokeUrl.trim().replace(/[?#].*$/, "")) || [])[1] || "general").toLowerCase() }}',
			method: 'POST',
			body: {},
			json: true,
			// Every status is read by the rules below, except a redirect: that fails the test (withRedirectRules).
			ignoreHttpStatusErrors: { ignore: true, except: [...REDIRECT_STATUSES] },
			...noRedirects,
		},
		rules: withRedirectRules('The Invoke URL', [
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
		]),
	};
}

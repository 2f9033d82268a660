import type { ICredentialTestRequest, INodeProperties } from 'n8n-workflow';
import { noRedirects, withRedirectRules } from '../nodes/core/transport/redirects';
import { secureUrlExpression } from '../nodes/core/transport/serviceUrl';

/** What both NHN credentials ask for the OCR service itself: the App Key and the API endpoint. */
export const nhnAppKey: INodeProperties = {
	displayName: 'App Key',
	name: 'appKey',
	type: 'string',
	default: '',
	required: true,
	description:
		"The OCR service's App Key or the Project Integrated Appkey (console: AI Service > OCR > URL & Appkey)",
};

export const nhnBaseUrl: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: 'https://api-ocr.nhncloudservice.com',
	description:
		'The OCR API endpoint. The old https://ocr.api.nhncloudservice.com works until 2027-07-31; other regions have their own.',
};

/**
 * The Test button of both NHN credentials: an authenticated General OCR request with an empty image URL, which NHN
 * refuses for the URL (4000001) when the credential is good; `refusals` are NHN's codes for a bad one, each with
 * the words the dialog shows.
 */
export function nhnCredentialTest(
	apiVersion: 'v1.0' | 'v1.1',
	refusals: Array<[code: number, message: string]>,
): ICredentialTestRequest {
	return {
		request: {
			baseURL: secureUrlExpression(
				'$credentials.baseUrl',
				'The Base URL must start with https://, e.g. https://api-ocr.nhncloudservice.com',
				'url.replace(/\\/+$/, "")',
			),
			url: `=/${apiVersion}/appkeys/{{$credentials.appKey.trim()}}/general`,
			method: 'POST',
			body: { imageUrl: '' },
			json: true,
			...noRedirects,
		},
		rules: withRedirectRules(
			'The Base URL',
			refusals.map(([value, message]) => ({
				type: 'responseSuccessBody' as const,
				properties: { key: 'header.resultCode', value, message },
			})),
		),
	};
}

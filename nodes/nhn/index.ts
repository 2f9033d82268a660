import type { Provider } from '../core/node/provider';
import { nhnAuthenticationProperty, nhnCredentialTypes } from './authentication';
import { nhnDocumentOcr } from './operations/document';
import { nhnGeneralOcr } from './operations/general';

/** NHN Cloud OCR: General OCR and Document OCR (with Document AI), with either of its two credentials. */
export const nhnProvider: Provider = {
	resources: [nhnGeneralOcr, nhnDocumentOcr],
	credentials: [
		{
			name: nhnCredentialTypes.appKeySecretKey,
			required: true,
			displayOptions: { show: { authentication: ['appKeySecretKey'] } },
		},
		{
			name: nhnCredentialTypes.userAccessKey,
			required: true,
			displayOptions: { show: { authentication: ['userAccessKey'] } },
		},
	],
	properties: [nhnAuthenticationProperty],
};

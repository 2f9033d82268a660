import type { Provider } from '../core/node/provider';
import { CLOVA_CREDENTIAL } from './calls';
import { clovaOcr } from './operations';

/** NAVER Cloud CLOVA OCR: General and Template domains, and Document OCR's receipt and business licence models. */
export const clovaProvider: Provider = {
	resources: [clovaOcr],
	credentials: [{ name: CLOVA_CREDENTIAL, required: true }],
	properties: [],
};

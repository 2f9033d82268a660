import type { Emulator } from '../emulator';
import type { HarnessCredential } from '../harness';

export const nhnCredentialOf = (emulator: Emulator): HarnessCredential => ({
	type: 'nhnCloudOcrApi',
	data: {
		appKey: emulator.nhn.appKey,
		secretKey: emulator.nhn.secretKey,
		baseUrl: emulator.nhn.baseUrl,
	},
});

export const clovaCredentialOf = (emulator: Emulator): HarnessCredential => ({
	type: 'clovaOcrApi',
	data: {
		invokeUrl: emulator.clova.general.invokeUrl,
		secretKey: emulator.clova.general.secretKey,
	},
});

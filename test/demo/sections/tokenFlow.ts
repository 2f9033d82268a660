import { receiptKoPng } from '../../fixtures/catalog';
import { fileItem, userAccessKeyCredential } from '../../node/setup';
import type { DemoSection } from '../section';

export const tokenFlow: DemoSection = {
	title:
		'User Access Key (API v1.1): the node gets a token, and renews it when NHN says it expired',
	async run(demo) {
		const { emulator } = demo;
		const parameters = {
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			authentication: 'userAccessKey',
			output: 'document',
		};
		const credentials = [userAccessKeyCredential(emulator)];
		const issued = emulator.tokens.issuedCount();
		const since = emulator.log.length;
		// NHN answers the first OCR call "4010006 Invalid token" (HTTP 200): the node renews the token, sends again.
		emulator.inject({ kind: 'tokenExpiry', times: 1, match: { endpoint: 'general' } });
		const items = await demo.node(
			parameters,
			[fileItem(receiptKoPng), fileItem(receiptKoPng)],
			credentials,
		);
		demo.note(`items: ${items.length}, errors: ${items.filter((item) => item.json.error).length}`);
		demo.table(
			emulator.log.slice(since).map((entry) => ({
				endpoint: entry.endpoint,
				apiVersion: entry.apiVersion,
				auth: entry.auth,
				resultCode: entry.resultCode,
			})),
		);
		demo.note(`tokens issued: ${emulator.tokens.issuedCount() - issued}`);
	},
};

import { businessNumbers } from '../../fixtures/catalog';
import { appKeyCredential } from '../../node/setup';
import type { DemoSection } from '../section';

export const businessStatus: DemoSection = {
	title:
		'NHN Document OCR › Check Business Status: a registered number, and one with a wrong check digit',
	async run(demo) {
		const requestsBefore = demo.emulator.log.length;
		const items = await demo.node(
			{
				resource: 'nhnDocumentOcr',
				operation: 'checkBusinessStatus',
				businessNumber: '={{ $json.number }}',
			},
			[{ json: { number: '214-86-01373' } }, { json: { number: businessNumbers.checksumInvalid } }],
			[appKeyCredential(demo.emulator)],
		);
		demo.show(items.map(({ json, pairedItem }) => ({ ...json, pairedItem })));
		const calls = demo.emulator.log
			.slice(requestsBefore)
			.filter((entry) => entry.endpoint === 'business/status');
		demo.note(
			`API calls: ${calls.length} (the mistyped number was refused before calling, and not paid for)`,
		);
	},
};

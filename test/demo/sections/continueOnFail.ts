import { notAnImageTxt, receiptKoPng } from '../../fixtures/catalog';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const continueOnFail: DemoSection = {
	title:
		'On Error › Continue: a text file among images gives an error item paired with it; the others go on',
	async run(demo) {
		const items = await demo.node(
			{ resource: 'nhnGeneralOcr', operation: 'recognizeText', output: 'document' },
			[fileItem(receiptKoPng), fileItem(notAnImageTxt)],
			[appKeyCredential(demo.emulator)],
		);
		demo.show(
			items.map(({ json, pairedItem }) =>
				json.error
					? { pairedItem, ...json }
					: { pairedItem, text: String(json.text).split('\n')[0] + ' …' },
			),
		);
	},
};

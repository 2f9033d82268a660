import { longBannerPng } from '../../fixtures/catalog';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const longImage: DemoSection = {
	title:
		'NHN General OCR › Recognize Long Image: a 6000×200 px banner, which NHN slices before reading',
	async run(demo) {
		const [document] = await demo.node(
			{ resource: 'nhnGeneralOcr', operation: 'recognizeLongImage', output: 'document' },
			[fileItem(longBannerPng)],
			[appKeyCredential(demo.emulator)],
		);
		demo.show({ text: document.json.text, slicesImages: document.json.slicesImages });
	},
};

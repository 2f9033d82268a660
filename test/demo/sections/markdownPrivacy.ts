import { personalFormPng } from '../../fixtures/personal';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const markdownPrivacy: DemoSection = {
	title:
		'Output › Markdown, with Mask Personal Data (on by default): a form with resident and licence numbers',
	async run(demo) {
		const [item] = await demo.node(
			{ resource: 'nhnGeneralOcr', operation: 'recognizeText', output: 'markdown' },
			[fileItem(personalFormPng)],
			[appKeyCredential(demo.emulator)],
		);
		demo.text(String(item.json.markdown));
		demo.note(
			'Kept: the birth date and first back digit, the licence region, the company number (법인등록번호).',
		);
	},
};

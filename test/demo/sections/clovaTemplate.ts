import { claimFormPng } from '../../fixtures/catalog';
import { fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const clovaTemplate: DemoSection = {
	title:
		'CLOVA OCR › Recognize Template: the named fields of a form that matches a released template',
	async run(demo) {
		const { invokeUrl, secretKey } = demo.emulator.clova.template;
		const [document] = await demo.node(
			{ resource: 'clovaOcr', operation: 'recognizeTemplate', output: 'document' },
			[fileItem(claimFormPng)],
			[{ type: 'clovaOcrApi', data: { invokeUrl, secretKey } }],
		);
		demo.show({
			matchedTemplate: document.json.matchedTemplate,
			fields: document.json.fields,
			checked: document.json.checked,
		});
	},
};

import { businessRegistrationPng } from '../../fixtures/catalog';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const businessRegistration: DemoSection = {
	title:
		'NHN Document OCR › Recognize Business Registration: Korean labels as read, stable English names, dates also as ISO',
	async run(demo) {
		const [document] = await demo.node(
			{
				resource: 'nhnDocumentOcr',
				operation: 'recognizeBusinessRegistration',
				output: 'document',
			},
			[fileItem(businessRegistrationPng)],
			[appKeyCredential(demo.emulator)],
		);
		demo.show({
			fields: document.json.fields,
			values: document.json.values,
			keyValues: document.json.keyValues,
		});
	},
};

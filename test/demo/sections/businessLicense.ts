import { businessRegistrationPng } from '../../fixtures/catalog';
import { fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const businessLicense: DemoSection = {
	title: 'CLOVA OCR › Recognize Business License: the same English names as NHN, dates also as ISO',
	async run(demo) {
		const { invokeUrl, secretKey } = demo.emulator.clova.bizLicense;
		const [document] = await demo.node(
			{ resource: 'clovaOcr', operation: 'recognizeBusinessLicense', output: 'document' },
			[fileItem(businessRegistrationPng)],
			[{ type: 'clovaOcrApi', data: { invokeUrl, secretKey } }],
		);
		demo.show({
			fields: document.json.fields,
			values: document.json.values,
			registrationNumberValid: document.json.registrationNumberValid,
		});
	},
};

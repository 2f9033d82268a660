import { creditCardPng } from '../../fixtures/catalog';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const creditCard: DemoSection = {
	title:
		'NHN Document OCR › Recognize Credit Card: the number masked to its last four digits, raw answer too',
	async run(demo) {
		const parameters = { resource: 'nhnDocumentOcr', operation: 'recognizeCreditCard' };
		const credentials = [appKeyCredential(demo.emulator)];
		const [document] = await demo.node(
			{ ...parameters, output: 'document' },
			[fileItem(creditCardPng)],
			credentials,
		);
		const [raw] = await demo.node(
			{ ...parameters, output: 'raw' },
			[fileItem(creditCardPng)],
			credentials,
		);
		demo.show({
			cardNumber: document.json.cardNumber,
			validThru: document.json.validThru,
			luhnValid: document.json.luhnValid,
			rawTotalCardNum: (raw.json.result as { totalCardNum?: string } | undefined)?.totalCardNum,
		});
	},
};

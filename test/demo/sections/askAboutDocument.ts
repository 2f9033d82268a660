import { documentAiPrompts } from '../../fixtures/documents';
import { receiptMartPng } from '../../fixtures/catalog';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const askAboutDocument: DemoSection = {
	title:
		'NHN Document OCR › Ask About Document: a question about a receipt, answered in words, then as JSON',
	async run(demo) {
		const parameters = { resource: 'nhnDocumentOcr', operation: 'askAboutDocument' };
		const credentials = [appKeyCredential(demo.emulator)];
		const [words] = await demo.node(
			{ ...parameters, prompt: documentAiPrompts.summary },
			[fileItem(receiptMartPng)],
			credentials,
		);
		demo.note(`Prompt: "${documentAiPrompts.summary}"`);
		demo.show({ answer: words.json.answer });
		const [parsed] = await demo.node(
			{ ...parameters, prompt: documentAiPrompts.json, options: { parseJson: true } },
			[fileItem(receiptMartPng)],
			credentials,
		);
		demo.note(`Prompt: "${documentAiPrompts.json}", with 'Parse JSON From Answer'`);
		const fields = { ...parsed.json };
		delete fields.source;
		demo.show(fields);
	},
};

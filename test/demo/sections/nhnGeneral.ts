import { receiptKoPng } from '../../fixtures/catalog';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const nhnGeneral: DemoSection = {
	title:
		'NHN General OCR › Recognize Text: one item per field (default), then one item per document',
	async run(demo) {
		const credentials = [appKeyCredential(demo.emulator)];
		const parameters = { resource: 'nhnGeneralOcr', operation: 'recognizeText' };
		const fields = await demo.node(parameters, [fileItem(receiptKoPng)], credentials);
		demo.table(
			fields.map(({ json }) => ({ text: json.text, confidence: json.confidence, line: json.line })),
		);
		const [document] = await demo.node(
			{
				...parameters,
				inputType: 'url',
				imageUrl: demo.emulator.fileUrl(receiptKoPng.name),
				output: 'document',
			},
			[{}],
			credentials,
		);
		demo.show({
			text: document.json.text,
			confidence: document.json.confidence,
			source: document.json.source,
		});
	},
};

import { receiptMartPng } from '../../fixtures/catalog';
import { fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const receiptRows: DemoSection = {
	title:
		'CLOVA OCR › Recognize Receipt: a receipt photo becomes one row per line item (numbers and an ISO date), ready for a sheet',
	async run(demo) {
		const { invokeUrl, secretKey } = demo.emulator.clova.receipt;
		const rows = await demo.node(
			{
				resource: 'clovaOcr',
				operation: 'recognizeReceipt',
				inputType: 'binary',
				output: 'tableRows',
			},
			[fileItem(receiptMartPng)],
			// Pasted as the console shows a Document domain's URL, with /document/receipt.
			[{ type: 'clovaOcrApi', data: { invokeUrl: `${invokeUrl}/document/receipt`, secretKey } }],
		);
		demo.table(
			rows.map(({ json }) => ({
				name: json.name,
				count: json.count,
				unitPrice: json.unitPrice,
				price: json.price,
				store: json.store,
				date: json.date,
			})),
		);
	},
};

import { taxInvoicePng } from '../../fixtures/invoices';
import { appKeyCredential, fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const extractFields: DemoSection = {
	title:
		'NHN Document OCR › Extract Fields: the tax invoice preset (세금계산서), every field typed, line items as rows',
	async run(demo) {
		const [invoice] = await demo.node(
			{ resource: 'nhnDocumentOcr', operation: 'extractFields', preset: 'taxInvoice' },
			[fileItem(taxInvoicePng)],
			[appKeyCredential(demo.emulator)],
		);
		const { lineItems, ...fields } = invoice.json;
		delete fields.source;
		demo.show(fields);
		demo.table(lineItems as object[]);
		demo.note('The model wrote the tax as "310,000원": taxAmount is the number 310000.');
	},
};

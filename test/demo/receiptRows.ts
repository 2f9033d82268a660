/** Demo part: a receipt photo through CLOVA OCR › Recognize Receipt becomes one row per line item, ready for a sheet. */
import type { Emulator } from '../emulator';
import { receiptMartPng } from '../fixtures/catalog';
import { runNode } from '../harness';

export async function showReceiptRows(emulator: Emulator): Promise<void> {
	const { invokeUrl, secretKey } = emulator.clova.receipt;
	const result = await runNode({
		parameters: {
			resource: 'clovaOcr',
			operation: 'recognizeReceipt',
			inputType: 'binary',
			output: 'tableRows',
		},
		items: [{ files: [{ path: receiptMartPng.path, mimeType: receiptMartPng.mimeType }] }],
		// Pasted as the console shows a Document domain's URL, with /document/receipt.
		credentials: [
			{ type: 'clovaOcrApi', data: { invokeUrl: `${invokeUrl}/document/receipt`, secretKey } },
		],
	});
	console.log(
		`\n\x1b[1mCLOVA OCR › Recognize Receipt — ${receiptMartPng.name}, output "One Item per Line Item"\x1b[0m`,
	);
	if (result.error) throw result.error;
	console.table(
		result.items.map(({ json }) => ({
			name: json.name,
			count: json.count,
			unitPrice: json.unitPrice,
			price: json.price,
			store: json.store,
			date: json.date,
		})),
	);
}

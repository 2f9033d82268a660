import type { Amount, Receipt } from '../model/document';
import { markdownCellText, markdownTableOf } from './markdownTable';

/** A bullet `- **Label**: value`, or nothing when there is no value. */
function bullet(label: string, value: string | undefined): string[] {
	const text = value?.trim();
	return text ? [`- **${label}**: ${text.replace(/\s*\n\s*/g, ', ')}`] : [];
}

/** As printed: the model reads "14,800" as well as 14800, and the printed text is what the receipt says. */
function printed(amount: Amount | undefined): string | undefined {
	return amount?.text ?? (amount?.value === undefined ? undefined : String(amount.value));
}

function joined(...parts: Array<string | undefined>): string | undefined {
	const kept = parts.filter((part): part is string => !!part?.trim());
	return kept.length ? kept.join(' ') : undefined;
}

/** The store, payment and totals as a short list, then the purchased items as a table. */
export function receiptMarkdown(receipt: Receipt): string {
	const { store, payment, totals } = receipt;
	const businessNumber =
		store.businessNumber && store.businessNumberValid === false
			? `${store.businessNumber} (fails the check digit)`
			: store.businessNumber;
	const list = [
		...bullet('Store', joined(store.name, store.subName)),
		...bullet('Business number', businessNumber),
		...bullet('Address', store.addresses.join('; ')),
		...bullet('Phone', store.phones.join('; ')),
		...bullet('Paid', joined(payment.date ?? payment.dateText, payment.time ?? payment.timeText)),
		...bullet('Card', joined(payment.cardCompany, payment.cardNumber)),
		...bullet('Approval number', payment.approvalNumber),
		...bullet('Total', printed(totals.total)),
		...bullet('Tax', printed(totals.tax)),
		...bullet('Discount', printed(totals.discount)),
		...bullet('Paid by card', printed(totals.creditCard)),
		...bullet('Subtotal', totals.subTotals.map(printed).filter(Boolean).join('; ')),
	];
	const blocks = list.length ? [list.join('\n')] : [];
	if (receipt.items.length) {
		const withCode = receipt.items.some((item) => item.code !== undefined);
		const header = ['Item', ...(withCode ? ['Code'] : []), 'Count', 'Unit price', 'Price'];
		const rows = receipt.items.map((item) =>
			[
				item.name ?? '',
				...(withCode ? [item.code ?? ''] : []),
				item.count === undefined ? '' : String(item.count),
				printed(item.unitPrice) ?? '',
				printed(item.price) ?? '',
			].map(markdownCellText),
		);
		blocks.push(markdownTableOf(header, rows));
	}
	return blocks.join('\n\n');
}

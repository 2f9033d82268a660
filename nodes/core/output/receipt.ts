import type { IDataObject } from 'n8n-workflow';
import type { Amount, Receipt } from '../model/document';
import { dropUndefined, withSource, type Source } from './options';

function amount(value: Amount | undefined): IDataObject | undefined {
	return value ? dropUndefined({ value: value.value, text: value.text }) : undefined;
}

/** The receipt as one object, for the "One Item per Document" output. */
export function receiptObject(receipt: Receipt): IDataObject {
	const { store, payment, totals } = receipt;
	return dropUndefined({
		store: dropUndefined({ ...store }),
		payment: dropUndefined({ ...payment }),
		totals: dropUndefined({
			total: amount(totals.total),
			tax: amount(totals.tax),
			discount: amount(totals.discount),
			creditCard: amount(totals.creditCard),
			subTotals: totals.subTotals.map((subTotal) => amount(subTotal)!),
		}),
		items: receipt.items.map((item) =>
			dropUndefined({
				name: item.name,
				code: item.code,
				count: item.count,
				unitPrice: amount(item.unitPrice),
				price: amount(item.price),
				group: item.group,
			}),
		),
		estimatedLanguage: receipt.estimatedLanguage,
	});
}

/**
 * One item per line item, for sheets: the same columns on every row (null where the receipt does not say), and
 * the store and date on each row so that a row stands alone.
 */
export function receiptRowItems(receipt: Receipt, source: Source): IDataObject[] {
	const store = [receipt.store.name, receipt.store.subName].filter(Boolean).join(' ') || null;
	return receipt.items.map((item, row) => {
		const json: IDataObject = {
			name: item.name ?? null,
			count: item.count ?? null,
			unitPrice: item.unitPrice?.value ?? null,
			price: item.price?.value ?? null,
			store,
			date: receipt.payment.date ?? null,
		};
		if (item.code !== undefined) json.code = item.code;
		json.source = withSource(source, 0, { row, group: item.group });
		return json;
	});
}

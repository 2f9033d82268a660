import {
	businessNumberChecksumValid,
	formatBusinessNumber,
	normaliseBusinessNumber,
} from '../../core/model/businessNumber';
import type { ClovaReceiptImage, DocumentField, DocumentFields } from '../documentSchemas';
import {
	allFields,
	amountOf,
	firstField,
	formattedPart,
	keyValueOf,
	numberFrom,
	sumOf,
	textOf,
} from './documentFields';
import type {
	Amount,
	OcrDocument,
	OcrKeyValue,
	Receipt,
	ReceiptItem,
} from '../../core/model/document';

const pad = (value: string) => value.padStart(2, '0');

/** A real calendar date as YYYY-MM-DD; a two-digit year is this century's ("26" → 2026). */
function isoDate(year: string, month: string, day: string): string | undefined {
	if (!/^\d{2}(\d{2})?$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day))
		return undefined;
	const fullYear = year.length === 2 ? `20${year}` : year;
	const date = new Date(Date.UTC(Number(fullYear), Number(month) - 1, Number(day)));
	if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day))
		return undefined;
	return `${fullYear}-${pad(month)}-${pad(day)}`;
}

/** CLOVA's `formatted {year, month, day}`, else the printed text ("2026-03-14", "26.03.14", "2026년 3월 14일"). */
export function receiptDate(field: DocumentField | undefined): string | undefined {
	const [year, month, day] = ['year', 'month', 'day'].map((key) => formattedPart(field, key));
	if (year && month && day) return isoDate(year, month, day);
	const printed = /(\d{4}|\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})/.exec(
		textOf(field) ?? '',
	);
	return printed ? isoDate(printed[1], printed[2], printed[3]) : undefined;
}

/** HH:MM or HH:MM:SS, from `formatted {hour, minute, second}` or the printed text. */
export function receiptTime(field: DocumentField | undefined): string | undefined {
	let [hour, minute, second] = ['hour', 'minute', 'second'].map((key) => formattedPart(field, key));
	if (!hour || !minute) {
		const printed = /(\d{1,2})\s*[:시]\s*(\d{2})(?:\s*[:분]\s*(\d{2}))?/.exec(textOf(field) ?? '');
		if (!printed) return undefined;
		[, hour, minute, second] = printed;
	}
	const parts = [hour, minute, ...(second ? [second] : [])];
	if (parts.some((part) => !/^\d{1,2}$/.test(part))) return undefined;
	if (Number(hour) > 24 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
	return parts.map(pad).join(':');
}

const KNOWN: Record<string, string[]> = {
	storeInfo: ['name', 'subName', 'bizNum', 'addresses', 'tel'],
	paymentInfo: ['date', 'time', 'cardInfo', 'confirmNum'],
	totalPrice: ['price', 'creditCardPrice'],
};

/** Keys the observed shape does not list, kept as key-values under their own names when they hold fields. */
function otherKeyValues(part: string, object: Record<string, unknown> | null | undefined) {
	const entries: OcrKeyValue[] = [];
	for (const [key, value] of Object.entries(object ?? {})) {
		if (KNOWN[part].includes(key)) continue;
		const fields = (Array.isArray(value) ? value : [value]).filter(
			(entry): entry is DocumentField =>
				typeof entry === 'object' &&
				entry !== null &&
				typeof (entry as DocumentField).text === 'string',
		);
		for (const field of fields) {
			const entry = keyValueOf(field, `${part}.${key}`, key);
			if (entry) entries.push(entry);
		}
	}
	return entries;
}

function amounts(value: DocumentFields): Amount[] {
	return allFields(value).flatMap((field) => amountOf(field) ?? []);
}

/** CLOVA Document OCR receipt → the document model (Mask Card Number masks the card later, core/privacy/cards.ts). */
export function fromClovaReceipt(image: ClovaReceiptImage): OcrDocument {
	const result = image.receipt?.result ?? {};
	const store = result.storeInfo ?? {};
	const payment = result.paymentInfo ?? {};
	const card = payment.cardInfo ?? {};
	const subTotals = result.subTotal
		? Array.isArray(result.subTotal)
			? result.subTotal
			: [result.subTotal]
		: [];

	const keyValues: OcrKeyValue[] = [];
	const add = (
		value: DocumentFields,
		key: string,
		name: string,
		read?: (field: DocumentField) => { value?: string; normalized?: string | number },
	) => {
		allFields(value).forEach((field, index) => {
			const path = Array.isArray(value) ? `${key}[${index}]` : key;
			const reading = read?.(field) ?? {};
			const entry = keyValueOf(
				field,
				path,
				name,
				reading.value ?? textOf(field),
				reading.normalized,
			);
			if (entry) keyValues.push(entry);
		});
	};

	const bizNumText = textOf(firstField(store.bizNum));
	const bizNumDigits = bizNumText
		? normaliseBusinessNumber(formattedPart(firstField(store.bizNum), 'value') ?? bizNumText)
		: undefined;
	const cardNumber = textOf(firstField(card.number));
	const amount = (field: DocumentField) => ({ normalized: amountOf(field)?.value });

	add(store.name, 'storeInfo.name', 'storeName');
	add(store.subName, 'storeInfo.subName', 'storeSubName');
	add(store.bizNum, 'storeInfo.bizNum', 'businessNumber', () => ({
		normalized: bizNumDigits ? formatBusinessNumber(bizNumDigits) : undefined,
	}));
	add(store.addresses, 'storeInfo.addresses', 'storeAddress');
	add(store.tel, 'storeInfo.tel', 'storePhone');
	keyValues.push(...otherKeyValues('storeInfo', store));
	add(payment.date, 'paymentInfo.date', 'paymentDate', (field) => ({
		normalized: receiptDate(field),
	}));
	add(payment.time, 'paymentInfo.time', 'paymentTime', (field) => ({
		normalized: receiptTime(field),
	}));
	add(card.company, 'paymentInfo.cardInfo.company', 'cardCompany');
	add(card.number, 'paymentInfo.cardInfo.number', 'cardNumber', (field) => ({
		normalized: formattedPart(field, 'value'),
	}));
	add(payment.confirmNum, 'paymentInfo.confirmNum', 'approvalNumber');
	keyValues.push(...otherKeyValues('paymentInfo', payment));
	add(result.totalPrice?.price, 'totalPrice.price', 'totalPrice', amount);
	add(result.totalPrice?.creditCardPrice, 'totalPrice.creditCardPrice', 'creditCardPrice', amount);
	keyValues.push(...otherKeyValues('totalPrice', result.totalPrice));
	subTotals.forEach((sub, index) => {
		const at = `subTotal[${index}]`;
		add(sub.subTotalPrice, `${at}.subTotalPrice`, 'subTotalPrice', amount);
		add(sub.taxPrice, `${at}.taxPrice`, 'taxPrice', amount);
		add(sub.discountPrice, `${at}.discountPrice`, 'discountPrice', amount);
	});

	const items: ReceiptItem[] = (result.subResults ?? []).flatMap((group, groupIndex) =>
		(group.items ?? []).map((entry) => {
			const item: ReceiptItem = { group: groupIndex };
			const name = textOf(firstField(entry.name));
			const code = textOf(firstField(entry.code));
			const countField = firstField(entry.count);
			const count =
				numberFrom(formattedPart(countField, 'value')) ?? numberFrom(textOf(countField));
			const unitPrice = amountOf(firstField(entry.price?.unitPrice));
			const price = amountOf(firstField(entry.price?.price));
			if (name !== undefined) item.name = name;
			if (code !== undefined) item.code = code;
			if (count !== undefined) item.count = count;
			if (unitPrice) item.unitPrice = unitPrice;
			if (price) item.price = price;
			return item;
		}),
	);

	const receipt: Receipt = {
		store: {
			name: textOf(firstField(store.name)),
			subName: textOf(firstField(store.subName)),
			businessNumber: bizNumText,
			businessNumberValid: bizNumDigits ? businessNumberChecksumValid(bizNumDigits) : undefined,
			addresses: allFields(store.addresses).flatMap((field) => textOf(field) ?? []),
			phones: allFields(store.tel).flatMap((field) => textOf(field) ?? []),
		},
		payment: {
			date: receiptDate(firstField(payment.date)),
			dateText: textOf(firstField(payment.date)),
			time: receiptTime(firstField(payment.time)),
			timeText: textOf(firstField(payment.time)),
			cardCompany: textOf(firstField(card.company)),
			cardNumber,
			approvalNumber: textOf(firstField(payment.confirmNum)),
		},
		totals: {
			total: amountOf(firstField(result.totalPrice?.price)),
			tax: sumOf(subTotals.flatMap((sub) => amounts(sub.taxPrice))),
			discount: sumOf(subTotals.flatMap((sub) => amounts(sub.discountPrice))),
			creditCard: amountOf(firstField(result.totalPrice?.creditCardPrice)),
			subTotals: subTotals.flatMap((sub) => amounts(sub.subTotalPrice)),
		},
		items,
	};
	const language = image.receipt?.meta?.estimatedLanguage;
	if (language) receipt.estimatedLanguage = language;
	return {
		provider: 'clova',
		pages: [],
		keyValues,
		extras: { imageName: image.name ?? undefined },
		receipt,
	};
}

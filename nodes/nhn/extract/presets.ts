import type { ExtractionField } from './fields';

/**
 * Korean documents no OCR model reads into fields. Descriptions say what the document prints, so the model finds
 * the box: a tax invoice and a transaction statement print the supplier (공급자) and the buyer (공급받는자) side
 * by side, each with 등록번호, 상호 and 성명, and the item lines in a table.
 */

/** 세금계산서: the paper or electronic tax invoice. */
export const taxInvoiceFields: ExtractionField[] = [
	{
		name: 'supplierRegistrationNumber',
		type: 'businessNumber',
		description: '공급자 등록번호',
		required: true,
	},
	{ name: 'supplierName', type: 'text', description: '공급자 상호', required: true },
	{ name: 'supplierRepresentative', type: 'text', description: '공급자 성명' },
	{ name: 'buyerRegistrationNumber', type: 'businessNumber', description: '공급받는자 등록번호' },
	{ name: 'buyerName', type: 'text', description: '공급받는자 상호', required: true },
	{ name: 'issueDate', type: 'date', description: '작성일자', required: true },
	{ name: 'approvalNumber', type: 'text', description: '승인번호 (e-invoices)' },
	{ name: 'supplyAmount', type: 'number', description: '공급가액 total', required: true },
	{ name: 'taxAmount', type: 'number', description: '세액 total', required: true },
	{ name: 'total', type: 'number', description: '합계금액', required: true },
	{
		name: 'lineItems',
		type: 'list',
		description: 'the item lines',
		fields: [
			{ name: 'date', type: 'date', description: '월 일, year of 작성일자' },
			{ name: 'item', type: 'text', description: '품목' },
			{ name: 'specification', type: 'text', description: '규격' },
			{ name: 'quantity', type: 'number', description: '수량' },
			{ name: 'unitPrice', type: 'number', description: '단가' },
			{ name: 'supplyAmount', type: 'number', description: '공급가액' },
			{ name: 'tax', type: 'number', description: '세액' },
		],
	},
];

/** 거래명세서: the statement that goes with delivered goods. */
export const transactionStatementFields: ExtractionField[] = [
	{ name: 'supplierRegistrationNumber', type: 'businessNumber', description: '공급자 등록번호' },
	{ name: 'supplierName', type: 'text', description: '공급자 상호', required: true },
	{ name: 'buyerRegistrationNumber', type: 'businessNumber', description: '공급받는자 등록번호' },
	{ name: 'buyerName', type: 'text', description: '공급받는자 상호', required: true },
	{ name: 'date', type: 'date', description: '거래일자 or 일자', required: true },
	{
		name: 'lineItems',
		type: 'list',
		description: 'the item lines',
		fields: [
			{ name: 'item', type: 'text', description: '품목 or 품명' },
			{ name: 'specification', type: 'text', description: '규격' },
			{ name: 'quantity', type: 'number', description: '수량' },
			{ name: 'unitPrice', type: 'number', description: '단가' },
			{ name: 'supplyAmount', type: 'number', description: '공급가액' },
			{ name: 'tax', type: 'number', description: '세액' },
		],
	},
	{ name: 'supplyAmount', type: 'number', description: '공급가액 total' },
	{ name: 'taxAmount', type: 'number', description: '세액 total' },
	{ name: 'total', type: 'number', description: '합계금액', required: true },
];

export type ExtractionPreset = 'taxInvoice' | 'transactionStatement';

export const EXTRACTION_PRESETS: Record<ExtractionPreset, ExtractionField[]> = {
	taxInvoice: taxInvoiceFields,
	transactionStatement: transactionStatementFields,
};

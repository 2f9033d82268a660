/** One provider-neutral shape for every OCR response; the output shapes are made from this only. */
export type Provider = 'nhn' | 'clova';

export interface Quad {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	x3: number;
	y3: number;
	x4: number;
	y4: number;
}

export type FieldType = 'NORMAL' | 'MULTI_BOX' | 'CHECKBOX';

export interface OcrField {
	text: string;
	confidence?: number;
	box?: Quad;
	/** The text ends a line (CLOVA `lineBreak`; the last word of an NHN line). */
	lineBreak?: boolean;
	/** Template field name (CLOVA /infer). */
	name?: string;
	type?: FieldType;
	checked?: boolean;
	subFields?: OcrField[];
	valueType?: string;
}

export interface OcrCell {
	row: number;
	column: number;
	rowSpan: number;
	columnSpan: number;
	lines: string[];
	text: string;
	confidence?: number;
	box?: Quad;
}

export interface OcrTable {
	index: number;
	confidence?: number;
	box?: Quad;
	cells: OcrCell[];
}

export interface OcrPage {
	index: number;
	width?: number;
	height?: number;
	fields: OcrField[];
	tables: OcrTable[];
}

export interface OcrKeyValue {
	/** The label exactly as the provider returned it (trimmed). */
	key: string;
	/** A stable English name where the label is known, so mappings survive a label change. */
	name?: string;
	value: string;
	confidence?: number;
	box?: Quad;
	page?: number;
	type?: FieldType;
	checked?: boolean;
	subFields?: OcrField[];
	/** The value read from the text where it has a type: a number, an ISO date (CLOVA Document OCR). */
	normalized?: string | number;
}

/** An amount as printed, and as a number where the text reads as one ("12,800원" → 12800, "1,000-" → -1000). */
export interface Amount {
	text: string;
	value?: number;
}

export interface ReceiptItem {
	name?: string;
	code?: string;
	count?: number;
	unitPrice?: Amount;
	price?: Amount;
	/** Index of the item group (CLOVA `subResults[]`) the item was listed in. */
	group: number;
}

export interface Receipt {
	store: {
		name?: string;
		subName?: string;
		/** As printed; `businessNumberValid` is the check-digit verdict (false when it is not 10 digits). */
		businessNumber?: string;
		businessNumberValid?: boolean;
		addresses: string[];
		phones: string[];
	};
	payment: {
		/** YYYY-MM-DD; a two-digit year is taken as 20YY. Absent when the printed date does not read as one. */
		date?: string;
		dateText?: string;
		/** HH:MM or HH:MM:SS. */
		time?: string;
		timeText?: string;
		cardCompany?: string;
		/** Masked to its last four digits unless masking is off. */
		cardNumber?: string;
		approvalNumber?: string;
	};
	totals: {
		total?: Amount;
		/** VAT: the sum when the receipt lists several. */
		tax?: Amount;
		discount?: Amount;
		creditCard?: Amount;
		subTotals: Amount[];
	};
	items: ReceiptItem[];
	estimatedLanguage?: string;
}

/** An answer from a language model about a document (NHN Document AI). */
export interface LlmAnswer {
	text: string;
	documentType: string;
	/** The JSON object or array found in the answer, when the operation was asked to look for one. */
	data?: unknown;
}

/** One problem of a field extraction, naming its field (a dotted path: `total`, `lineItems[1].quantity`). */
export interface ExtractionIssue {
	code: 'missing' | 'invalidType' | 'checkDigit' | 'noJson';
	/** "" when the answer held no JSON. */
	field: string;
	message: string;
	/** The value as the answer gave it. */
	value?: unknown;
}

/** Fields read to the user's own definitions from a language model's answer (NHN Document AI, Extract Fields). */
export interface FieldExtraction {
	/** Exactly the defined fields, each of its type; null where absent or not convertible. */
	values: Record<string, string | number | boolean | null | Array<Record<string, unknown>>>;
	/** The list field whose rows "One Item per Row" gives, and its rows' field names, when the fields have one. */
	rowsOf?: { name: string; fields: string[] };
	problems: ExtractionIssue[];
	/** Whether the answer held a JSON object. */
	found: boolean;
	/** The model's answer as received. */
	answer: string;
	documentType: string;
}

export interface MatchedTemplate {
	id: number;
	name?: string;
}

/** A page of a multi-page document that the provider could not recognize (the other pages are kept). */
export interface FailedPage {
	/** The page's index, as in OcrPage.index. */
	page: number;
	/** The provider's message, e.g. "ERROR: image recognition exception". */
	message: string;
}

export interface OcrDocument {
	provider: Provider;
	/** The recognized pages. */
	pages: OcrPage[];
	/** Pages that failed while others succeeded (CLOVA PDF/TIFF), in page order. */
	failedPages?: FailedPage[];
	keyValues: OcrKeyValue[];
	/** CLOVA Template: the released template the document matched. */
	matchedTemplate?: MatchedTemplate;
	/** Provider-specific facts that are not text: statusCode, slicesImages, resolution, unitType… */
	extras: Record<string, unknown>;
	receipt?: Receipt;
	answer?: LlmAnswer;
	extraction?: FieldExtraction;
}

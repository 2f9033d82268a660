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
}

/** resultMessage texts, exactly as NHN's guides and error-code tables print them. */

export type NhnProduct = 'general' | 'document' | 'documentAi';
export type NhnVersion = 'v1.0' | 'v1.1';

const SHARED: Record<number, string> = {
	0: 'SUCCESS',
	[-1]: 'Unknown error.',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	415: 'Unsupported Media Type',
	4000001: 'Invalid parameter.',
	4000002: 'Invalid file.',
	4000003: 'Invalid file type.',
	4000004: 'Uploaded file is empty.',
	4000005: 'Required headers are missing.',
	4000006:
		'Api call limit exceeded. If you need to adjust the limit, please contact customer service.',
	4010001: 'Invalid appKey or secretKey.',
	4010002: 'Invalid uuid.',
	4010003: 'Not allowed user.',
	4010004: 'Invalid project.',
	4010005: 'Unauthorized role.',
	4010006: 'Invalid token.',
	4010007: 'Permission denied.',
	4041007: 'URL Not Found',
	4131000: 'Request size is larger than permissible limit.',
	5000001: 'Internal Api fail.',
	5000002: 'Error parsing fail.',
	5000003: 'Database server error.',
	5000004: 'All or some resource delete fail.',
	5000005: 'File read fail.',
	5000503: 'The API you requested is temporarily unavailable. Please try again later.',
};

const GENERAL_ONLY: Record<number, string> = {
	4000501: 'General OCR not found in the image.',
	4000502: 'Image size exceeded. Please check image URL.',
	4000503: 'Image download takes more than 20 seconds. Please check image URL.',
	4000504: 'Image download fail. Please check image URL.',
	4000505: 'Image out of ratio. Please check image.',
	5005001: 'General OCR Api fail.',
	5005002: 'General OCR Api returned empty body.',
	5005003: 'General OCR failed to recognize the image.',
};

const DOCUMENT_ONLY: Record<number, string> = {
	4000101: 'Invalid business registration format.',
	4000102: 'Business number that does not exist.',
	4000103: 'PDF file is password protected.',
	4000111: 'Credit card info not found.',
	4000121: 'Id card info not found.',
	4000122: 'Request Key is invalid or expired.',
	4000123: 'Registration card authentication is locked.',
	4000301: 'Invalid key version.',
	4000302: 'Invalid symmetric key.',
	4000303: 'Invalid encrypted data.',
	4000401: 'Service not enabled. Please submit service use request.',
	4000402: 'Service use request already in progress.',
	4000403: 'Service use request not in progress.',
	4000404: 'Service already enabled.',
	5000006: 'Decrypt fail.',
	5000007: 'Encrypt fail.',
	5003001: 'Document(business) OCR Api fail.',
	5003002: 'Document(business) OCR Api returned empty body.',
	5003003: 'Document(business) OCR failed to recognize the document.',
	5003004: 'Document(business) Status Api fail.',
	5003011: 'Document(credit card) OCR Api fail.',
	5003012: 'Document(credit card) OCR Api returned empty body.',
	5003013: 'Document(credit card) OCR failed to recognize the document.',
	5003021: 'Document(id card) OCR Api fail.',
	5003022: 'Document(id card) OCR Api returned empty body.',
	5003023: 'Document(id card) OCR failed to recognize the document.',
};

/** Document AI (shared/api/nhn-document-ai-api-guide.md §4: the guides' common table and the error-code page). */
const DOCUMENT_AI_ONLY: Record<number, string> = {
	4000601: 'Document AI not found in the image.',
	4000602: 'Image has no character.',
	5006001: 'Document Ai Api fail.',
	5006002: 'Document AI Api returned empty body.',
	5006003: 'Document AI Api failed to recognize the image.',
};

/** Document OCR v1.0's guide and the Document error-code table word these two differently. */
const DOCUMENT_V1_0: Record<number, string> = {
	4000005: 'Required headers is missing.',
	4000006:
		'Api call limit exceeded, If you need to adjust the limit, please contact customer service.',
};

function codeTable(product: NhnProduct, version: NhnVersion): Record<number, string> {
	if (product === 'general') return { ...SHARED, ...GENERAL_ONLY };
	if (product === 'documentAi') return { ...SHARED, ...DOCUMENT_AI_ONLY };
	return { ...SHARED, ...DOCUMENT_ONLY, ...(version === 'v1.0' ? DOCUMENT_V1_0 : {}) };
}

export function nhnMessage(product: NhnProduct, version: NhnVersion, code: number): string {
	const table = codeTable(product, version);
	const message = table[code];
	if (message === undefined)
		throw new Error(`no documented NHN ${product} message for resultCode ${code}`);
	return message;
}

export function isDocumentedNhnCode(product: NhnProduct, code: number): boolean {
	try {
		nhnMessage(product, 'v1.1', code);
		return true;
	} catch {
		return false;
	}
}

/** Every resultCode a product's documents list (its guide's common table and its error-code table). */
export function documentedNhnCodes(product: NhnProduct): number[] {
	return Object.keys(codeTable(product, 'v1.1'))
		.map(Number)
		.sort((a, b) => a - b);
}

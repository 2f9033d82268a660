import { MB, type FileLimits } from '../core/input/limits';

/** General: 50 MB. Template: 20 MB, PDF and TIFF 50 MB (CLOVA OCR Custom API, images field). */
export const clovaGeneralLimits: FileLimits = {
	service: 'CLOVA OCR',
	formats: ['jpg', 'png', 'pdf', 'tiff'],
	maxBytes: () => 50 * MB,
};
export const clovaTemplateLimits: FileLimits = {
	service: 'CLOVA OCR Template',
	formats: ['jpg', 'png', 'pdf', 'tiff'],
	maxBytes: (format) => (format === 'pdf' || format === 'tiff' ? 50 * MB : 20 * MB),
};

/**
 * CLOVA Document OCR (receipt, business licence): jpg, png, single-page pdf/tif. The documents give no size limit
 * for these models; 50 MB, CLOVA's largest documented limit (General OCR), keeps a hopeless upload from leaving.
 */
export const clovaDocumentLimits: FileLimits = {
	service: 'CLOVA Document OCR',
	formats: ['jpg', 'png', 'pdf', 'tiff'],
	maxBytes: () => 50 * MB,
	maxPages: () => 1,
	pagesHint:
		'Split the file and send the page with the receipt or licence, e.g. with an "Extract From File" or PDF tool node, or use CLOVA OCR › Recognize Text for documents of several pages.',
};

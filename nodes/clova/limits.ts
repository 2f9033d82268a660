import { limitsFrom, MB, type DocumentedLimit, type FileLimits } from '../core/input/limits';

/** What the documents state, per operation, with their sources: the one place these limits are written. */
export const documentedLimits = {
	'clovaOcr.recognizeText': {
		service: 'CLOVA OCR',
		// TIFF pages: no limit stated for General OCR.
		formats: ['jpg', 'png', 'pdf', 'tiff'],
		maxBytes: { jpg: 50 * MB, png: 50 * MB, pdf: 50 * MB, tiff: 50 * MB },
		maxPages: { pdf: 10 },
		acceptsUrl: true,
		sources: [
			// "format … jpg | jpeg | png | pdf | tif | tiff • pdf: up to 10 pages can be recognized"; "Image size: up to 50 MB"
			'seeds/003 (CLOVA General OCR), Request body › images › format; images',
			// "General OCR: supports recognition of up to 10 pages of PDF file"; "GeneralOCR supports up to 50 MB"
			'seeds/002 (CLOVA OCR Custom API), Request bodies › images, images.format',
		],
	},
	'clovaOcr.recognizeTemplate': {
		service: 'CLOVA OCR Template',
		formats: ['jpg', 'png', 'pdf', 'tiff'],
		maxBytes: { jpg: 20 * MB, png: 20 * MB, pdf: 50 * MB, tiff: 50 * MB },
		maxPages: { pdf: 5, tiff: 5 },
		acceptsUrl: true,
		sources: [
			// "Template OCR supports up to 20 MB (PDF, TIFF up to 50 MB)"; "Template OCR: supports up to 5 pages of PDF/TIFF file"
			'seeds/002 (CLOVA OCR Custom API), Request bodies › images, images.format',
			'api/clova-ocr-errors.md, Other facts worth knowing',
		],
	},
	'clovaOcr.recognizeReceipt': {
		service: 'CLOVA Document OCR',
		// No size is stated for the Document OCR models (clova-document-receipt.md §2: "Not found").
		formats: ['jpg', 'png', 'pdf', 'tiff'],
		maxPages: { pdf: 1, tiff: 1 },
		acceptsUrl: false,
		sources: [
			// "Image: jpg, jpeg, png. Single page: pdf, tif, tiff."; base64 `data` only
			'api/clova-document-receipt.md, 1.5 images',
			'api/clova-document-receipt.md, 2. Limits and prerequisites',
		],
	},
	'clovaOcr.recognizeBusinessLicense': {
		service: 'CLOVA Document OCR',
		formats: ['jpg', 'png', 'pdf', 'tiff'],
		maxPages: { pdf: 1, tiff: 1 },
		acceptsUrl: false,
		sources: [
			'api/clova-document-biz-license.md, 1.5 images',
			'api/clova-document-biz-license.md, 2. Limits and prerequisites',
		],
	},
} satisfies Record<string, DocumentedLimit>;

/** General: JPG, PNG, PDF, TIFF up to 50 MB; at most 10 pages of a PDF. */
export const clovaGeneralLimits: FileLimits = limitsFrom(
	documentedLimits['clovaOcr.recognizeText'],
);

/** Template: 20 MB, PDF and TIFF 50 MB; at most 5 pages of a PDF or TIFF. */
export const clovaTemplateLimits: FileLimits = limitsFrom(
	documentedLimits['clovaOcr.recognizeTemplate'],
);

/**
 * CLOVA Document OCR (receipt, business licence): jpg, png, single-page pdf/tif. The documents give no size limit
 * for these models; 50 MB, CLOVA's largest documented limit (General OCR), keeps a hopeless upload from leaving.
 */
export const clovaDocumentLimits: FileLimits = limitsFrom(
	documentedLimits['clovaOcr.recognizeReceipt'],
	{
		guardBytes: 50 * MB,
		pagesHint:
			"Split the file and send the page with the receipt or licence, e.g. with an 'Extract From File' or PDF tool node, or use CLOVA OCR › Recognize Text for documents of several pages.",
	},
);

import { inputError } from '../core/errors';
import type { UrlInput } from '../core/input/readInput';
import { limitsFrom, MB, type DocumentedLimit, type FileLimits } from '../core/input/limits';

/** What the documents state, per operation, with their sources: the one place these limits are written. */
const NHN_20_MB = { jpg: 20 * MB, png: 20 * MB };

export const documentedLimits = {
	'nhnGeneralOcr.recognizeText': {
		service: 'NHN Cloud General OCR',
		formats: ['jpg', 'png'],
		maxBytes: NHN_20_MB,
		acceptsUrl: true,
		urlPorts: '80, 443, 10000-12000',
		sources: [
			// "fileType | String | File extension (jpg, png)"
			'api/nhn-general-ocr-api-guide-v1.1.md, General OCR API › Response › [Field] fileType',
			// "Increased the maximum request file size from 5 MB to 20 MB"
			'api/nhn-general-ocr-release-notes.md, August 11, 2026',
			// "only ports 80, 443, and 10,000-12,000 are available"
			'api/nhn-general-ocr-api-guide-v1.1.md, General OCR API › Request with Image URL',
		],
	},
	'nhnGeneralOcr.recognizeLongImage': {
		service: 'NHN Cloud General OCR',
		formats: ['jpg', 'png'],
		maxBytes: NHN_20_MB,
		acceptsUrl: true,
		urlPorts: '80, 443, 10000-12000',
		sources: [
			'api/nhn-general-ocr-api-guide-v1.1.md, General OCR Segmentation Recognition API › Response › [Field] fileType',
			'api/nhn-general-ocr-release-notes.md, August 11, 2026',
			'api/nhn-general-ocr-api-guide-v1.1.md, General OCR Segmentation Recognition API › Request with Image URL',
		],
	},
	'nhnDocumentOcr.recognizeBusinessRegistration': {
		service: 'NHN Cloud Document OCR',
		// No page limit is stated; a password-protected PDF is refused (error 4000103, added May 13, 2025).
		formats: ['pdf', 'jpg', 'png'],
		maxBytes: { pdf: 20 * MB, ...NHN_20_MB },
		acceptsUrl: false,
		sources: [
			// "fileType | String | File extension (.pdf, .jpg, .png)"
			'api/nhn-document-ocr-api-guide-v1.1.md, Business Registration Certificate Analysis API › Response › [Field] fileType',
			'api/nhn-document-ocr-release-notes.md, August 11, 2026',
			'api/nhn-document-ocr-error-code.md, 4000103 PDF_PASSWORD_PROTECTED',
		],
	},
	'nhnDocumentOcr.recognizeCreditCard': {
		service: 'NHN Cloud Document OCR',
		formats: ['jpg', 'png'],
		maxBytes: NHN_20_MB,
		acceptsUrl: false,
		sources: [
			// "fileType | String | File extension (.jpg, .png)"
			'api/nhn-document-ocr-api-guide-v1.1.md, Credit Card Analysis API › Response › [Field] fileType',
			'api/nhn-document-ocr-release-notes.md, August 11, 2026',
		],
	},
	'nhnDocumentOcr.askAboutDocument': {
		service: 'NHN Cloud Document AI',
		formats: ['jpg', 'png'],
		maxBytes: NHN_20_MB,
		acceptsUrl: false,
		maxPromptLength: 1000,
		sources: [
			// "Supports analysis of images in .jpeg, .png format."
			'api/nhn-document-ai-api-guide.md, 3. Limits (overview, section "Document AI")',
			'api/nhn-document-ai-api-guide.md, 5. Release notes, 2026-08-11',
			// "prompt | text | O | | | Question content. Up to 1,000 characters"
			'api/nhn-document-ai-api-guide.md, 2. Document AI Analysis API › Fields',
		],
	},
} satisfies Record<string, DocumentedLimit>;

/** JPG and PNG, 20 MB (since 2026-08-11); /general and /general/cropping have the same limits. */
export const nhnGeneralLimits: FileLimits = limitsFrom(
	documentedLimits['nhnGeneralOcr.recognizeText'],
);
export const nhnBusinessLimits: FileLimits = limitsFrom(
	documentedLimits['nhnDocumentOcr.recognizeBusinessRegistration'],
);
export const nhnCreditCardLimits: FileLimits = limitsFrom(
	documentedLimits['nhnDocumentOcr.recognizeCreditCard'],
);

/** NHN Document AI: .jpeg and .png (overview), 20 MB (release notes 2026-08-11). */
export const nhnDocumentAiLimits: FileLimits = limitsFrom(
	documentedLimits['nhnDocumentOcr.askAboutDocument'],
);

/** Document AI's prompt: "Up to 1,000 characters". Counted in UTF-16 units, which is never fewer than the server's count. */
export const MAX_PROMPT_LENGTH =
	documentedLimits['nhnDocumentOcr.askAboutDocument'].maxPromptLength;

export const nhnFileHint = 'JPG or PNG, up to 20 MB';

/** NHN downloads image URLs itself and documents which ports it will use. */
export function checkNhnImageUrl(input: UrlInput): void {
	const port = new URL(input.url).port;
	if (!port) return;
	const value = Number(port);
	if (value === 80 || value === 443 || (value >= 10000 && value <= 12000)) return;
	throw inputError(
		`NHN Cloud OCR cannot download from port ${port}`,
		'When an image URL names a port, NHN Cloud only uses ports 80, 443 and 10000-12000. Serve the image from one of those, or send it as a file.',
	);
}

import { inputError } from '../core/errors';
import type { UrlInput } from '../core/input/readInput';
import { MB, type FileLimits } from '../core/input/limits';

/** 20 MB since 2026-08-11 (release notes); types from the API guides' `fileType` fields. */
export const nhnGeneralLimits: FileLimits = {
	service: 'NHN Cloud General OCR',
	formats: ['jpg', 'png'],
	maxBytes: () => 20 * MB,
};
export const nhnBusinessLimits: FileLimits = {
	service: 'NHN Cloud Document OCR',
	formats: ['pdf', 'jpg', 'png'],
	maxBytes: () => 20 * MB,
};
export const nhnCreditCardLimits: FileLimits = {
	service: 'NHN Cloud Document OCR',
	formats: ['jpg', 'png'],
	maxBytes: () => 20 * MB,
};

/** NHN Document AI: .jpeg and .png (overview), 20 MB (release notes 2026-08-11). */
export const nhnDocumentAiLimits: FileLimits = {
	service: 'NHN Cloud Document AI',
	formats: ['jpg', 'png'],
	maxBytes: () => 20 * MB,
};

/** Document AI's prompt: "Up to 1,000 characters". Counted in UTF-16 units, which is never fewer than the server's count. */
export const MAX_PROMPT_LENGTH = 1000;

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

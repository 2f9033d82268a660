import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../errors';
import type { FileFormat } from './fileFormat';
import { MB, type FileLimits } from './limits';
import { pageCount } from './pageCount';
import type { FileInput } from './readInput';

/**
 * CLOVA Document OCR (receipt, business licence): jpg, png, single-page pdf/tif. The documents give no size limit
 * for these models; 50 MB, CLOVA's largest documented limit (General OCR), keeps a hopeless upload from leaving.
 */
export const clovaDocumentLimits: FileLimits = {
	service: 'CLOVA Document OCR',
	formats: ['jpg', 'png', 'pdf', 'tiff'],
	maxBytes: () => 50 * MB,
};

/** NHN Document AI: .jpeg and .png (overview), 20 MB (release notes 2026-08-11). */
export const nhnDocumentAiLimits: FileLimits = {
	service: 'NHN Cloud Document AI',
	formats: ['jpg', 'png'],
	maxBytes: () => 20 * MB,
};

/** Document AI's prompt: "Up to 1,000 characters". Counted in UTF-16 units, which is never fewer than the server's count. */
export const MAX_PROMPT_LENGTH = 1000;

/** CLOVA Document OCR reads one page: a PDF or TIFF of more fails here, before the (paid) call. */
export function checkSinglePage(
	ctx: IExecuteFunctions,
	itemIndex: number,
	file: FileInput & { bytes: Buffer },
	format: FileFormat,
): void {
	const pages = pageCount(file.bytes, format);
	if (pages === undefined || pages <= 1) return;
	throw inputError(
		ctx,
		itemIndex,
		`"${file.fileName}" has ${pages} pages; CLOVA Document OCR reads single-page files only`,
		'Split the file and send the page with the receipt or licence, e.g. with an "Extract From File" or PDF tool node, or use CLOVA OCR › Recognize Text for documents of several pages.',
	);
}

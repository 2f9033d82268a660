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

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

export const nhnFileHint = 'JPG or PNG, up to 20 MB';

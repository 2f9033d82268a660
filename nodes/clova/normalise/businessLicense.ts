import {
	businessNumberChecksumValid,
	formatBusinessNumber,
	normaliseBusinessNumber,
} from '../../core/model/businessNumber';
import { type ClovaBizLicenseImage, documentFields } from '../documentSchemas';
import { englishNameOfClovaKey } from '../../core/model/businessLabels';
import { allFields, keyValueOf } from './documentFields';
import type { OcrDocument, OcrKeyValue } from '../../core/model/document';

/**
 * CLOVA Document OCR business licence → key-values: CLOVA's key as `key`, the NHN business registration's English
 * name as `name`, one entry per listed value (a licence may list several business types). The registration
 * number gets the same check-digit verdict as Check Business Status.
 */
export function fromClovaBizLicense(image: ClovaBizLicenseImage): OcrDocument {
	const keyValues: OcrKeyValue[] = [];
	for (const [key, value] of Object.entries(image.bizLicense?.result ?? {})) {
		const parsed = documentFields.safeParse(value);
		if (!parsed.success) continue;
		for (const field of allFields(parsed.data)) {
			const entry = keyValueOf(field, key, englishNameOfClovaKey(key));
			if (entry) keyValues.push(entry);
		}
	}
	const number = keyValues.find((entry) => entry.key === 'registerNumber');
	const digits = number ? normaliseBusinessNumber(number.value) : undefined;
	if (number && digits) number.normalized = formatBusinessNumber(digits);
	return {
		provider: 'clova',
		pages: [],
		keyValues,
		extras: {
			registrationNumber: number?.value,
			registrationNumberValid: digits ? businessNumberChecksumValid(digits) : undefined,
			imageName: image.name ?? undefined,
		},
	};
}

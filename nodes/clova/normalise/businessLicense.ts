import {
	businessNumberChecksumValid,
	normaliseBusinessNumber,
} from '../../core/model/businessNumber';
import { type ClovaBizLicenseImage, documentFields } from '../documentSchemas';
import { certificateValue } from '../../core/model/businessLabels';
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
			const name = englishNameOfClovaKey(key);
			const entry = keyValueOf(field, key, name);
			if (!entry) continue;
			const normalized = certificateValue(name, entry.value);
			if (normalized !== undefined) entry.normalized = normalized;
			keyValues.push(entry);
		}
	}
	const number = keyValues.find((entry) => entry.key === 'registerNumber');
	const digits = number ? normaliseBusinessNumber(number.value) : undefined;
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

/**
 * CLOVA Document OCR business-licence keys (observed in client code, shared/api/clova-document-biz-license.md §3)
 * → the English names of the business registration's labels (core/model/businessLabels.ts) where the certificate
 * line is the same; a key with no counterpart keeps its own name.
 */
const clovaKeys: Record<string, string> = {
	registerNumber: 'registrationNumber',
	corpName: 'companyName',
	companyName: 'companyName',
	repName: 'representative',
	openDate: 'openingDate',
	bisAddress: 'businessAddress',
	headAddress: 'headOfficeAddress',
	bisType: 'businessType',
	bisItem: 'businessItem',
	corpRegisterNum: 'corporateRegistrationNumber',
	taxType: 'taxpayerType',
	birth: 'birthDate',
	issuanceDate: 'issueDate',
	issuanceReason: 'issueReason',
};

function englishNameOfClovaKey(key: string): string {
	return clovaKeys[key] ?? key;
}

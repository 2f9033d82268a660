import type { NhnBusinessResult, NhnBusinessStatusResult, NhnCreditCardResult } from '../schemas';
import { luhnValid } from '../../core/privacy/cardNumbers';
import { certificateValue, englishNameOf } from '../../core/model/businessLabels';
import type { OcrDocument, OcrField, OcrKeyValue } from '../../core/model/document';
import { minOf } from '../../core/model/numbers';

export function fromNhnBusiness(result: NhnBusinessResult): OcrDocument {
	const keyValues = result.keyValues.map((entry, index) => {
		const name = englishNameOf(entry.key);
		const value = entry.value.trim();
		const keyValue: OcrKeyValue = {
			key: entry.key.trim(),
			name,
			value,
			confidence: entry.conf,
			box: result.boxes[index],
			page: 0,
		};
		const normalized = certificateValue(name, value);
		if (normalized !== undefined) keyValue.normalized = normalized;
		return keyValue;
	});
	const extras: Record<string, unknown> = {
		unitType: result.unitType,
		resolution: result.resolution,
		lowResolution: result.resolution === 'low',
		fileType: result.fileType,
	};
	return { provider: 'nhn', pages: [], keyValues, extras };
}

export interface BusinessStatusMeaning {
	en: string;
	ko: string;
	/** Whether the business is operating (registered and neither suspended nor closed). */
	inBusiness: boolean | null;
}

/** The documented statusCode table (Document OCR API guide, English as printed there), with the Korean (Hometax) terms. */
export const businessStatuses: Record<string, BusinessStatusMeaning> = {
	'00': { en: 'Businesses not in business', ko: '사업을 하지 않는 사업자', inBusiness: false },
	'01': { en: 'VAT general taxpayers', ko: '부가가치세 일반과세자', inBusiness: true },
	'02': { en: 'VAT simplified taxpayer', ko: '부가가치세 간이과세자', inBusiness: true },
	'03': { en: 'Exempt from VAT', ko: '부가가치세 면세사업자', inBusiness: true },
	'04': {
		en: 'Non-profit corporation or organization with a unique number that is not engaged in a profitable business. National organizations',
		ko: '수익사업을 하지 않는 비영리법인 또는 고유번호가 부여된 단체, 국가기관 등',
		inBusiness: true,
	},
	'05': { en: 'Inactive', ko: '휴업자', inBusiness: false },
	'06': { en: 'Closed', ko: '폐업자', inBusiness: false },
	'09': { en: 'Others', ko: '기타', inBusiness: null },
};

export function fromNhnBusinessStatus(
	result: NhnBusinessStatusResult,
	businessNumber: string,
): OcrDocument {
	const meaning = businessStatuses[result.statusCode];
	const status = meaning?.en ?? `Unknown status code ${result.statusCode}`;
	return {
		provider: 'nhn',
		pages: [],
		keyValues: [],
		extras: {
			businessNumber,
			statusCode: result.statusCode,
			status,
			statusKo: meaning?.ko ?? '',
			inBusiness: meaning ? meaning.inBusiness : null,
			statusMessage: result.statusMessage,
		},
	};
}

/** The card as read: its number in groups and in full (Mask Card Number masks them later, core/privacy/cards.ts). */
export function fromNhnCreditCard(result: NhnCreditCardResult): OcrDocument {
	const fullNumber = (
		result.totalCardNum ?? result.cardNums.map((group) => group.value).join('')
	).replace(/\D/g, '');
	const lastGroupIndex = result.cardNums.length - 1;
	const groups: OcrField[] = result.cardNums.map((group, index) => ({
		text: group.value,
		confidence: group.conf,
		box: result.cardNumBoxes[index],
		lineBreak: index === lastGroupIndex,
		name: 'cardNumberGroup',
	}));
	const fields: OcrField[] = [...groups];
	if (result.validThru) {
		fields.push({
			text: result.validThru.value,
			confidence: result.validThru.conf,
			box: result.validThruBox,
			lineBreak: true,
			name: 'validThru',
		});
	}
	const groupConfidences = result.cardNums.map((group) => group.conf);
	const cardNumber = fullNumber;
	return {
		provider: 'nhn',
		pages: [{ index: 0, fields, tables: [] }],
		keyValues: [
			{
				key: 'cardNumber',
				name: 'cardNumber',
				value: cardNumber,
				confidence: minOf(groupConfidences),
				page: 0,
			},
			...(result.validThru
				? [
						{
							key: 'validThru',
							name: 'validThru',
							value: result.validThru.value,
							confidence: result.validThru.conf,
							box: result.validThruBox,
							page: 0,
						},
					]
				: []),
		],
		extras: {
			cardNumber,
			cardNumberGroups: groups.map((group) => group.text),
			cardNumberLast4: fullNumber.slice(-4),
			cardNumberMasked: false,
			luhnValid: luhnValid(fullNumber),
			validThru: result.validThru?.value,
			resolution: result.resolution,
			lowResolution: result.resolution === 'low',
			fileType: result.fileType,
		},
	};
}

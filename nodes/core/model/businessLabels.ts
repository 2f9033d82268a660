import { formatBusinessNumber, normaliseBusinessNumber } from './businessNumber';
import { isoDateFromText } from './values';

/**
 * Stable English names for the labels of a Korean business registration certificate (사업자등록증), so that a
 * mapping to a sheet survives a change in how NHN spells a label. Unknown labels keep only their Korean key.
 */
const names: Record<string, string> = {
	구분: 'taxpayerType',
	등록번호: 'registrationNumber',
	사업자등록번호: 'registrationNumber',
	상호: 'companyName',
	법인명: 'companyName',
	단체명: 'companyName',
	대표자: 'representative',
	성명: 'representative',
	생년월일: 'birthDate',
	개업연월일: 'openingDate',
	개업일: 'openingDate',
	법인등록번호: 'corporateRegistrationNumber',
	사업장소재지: 'businessAddress',
	본점소재지: 'headOfficeAddress',
	사업의종류: 'businessCategory',
	업태: 'businessType',
	사업의종류업태: 'businessType',
	종목: 'businessItem',
	사업의종류종목: 'businessItem',
	발급일자: 'issueDate',
	발급일: 'issueDate',
	발급사유: 'issueReason',
	세무서명: 'taxOffice',
	세무서: 'taxOffice',
	공동사업자: 'jointBusinessOwners',
	전자세금계산서전용전자우편주소: 'taxInvoiceEmail',
};

/** The certificate's dates, by English name: each also given as an ISO date a sheet can sort. */
const DATE_NAMES = new Set(['openingDate', 'issueDate', 'birthDate']);

/**
 * A certificate value as a typed reading beside its printed text: dates as YYYY-MM-DD ("2019 년 04 월 01 일" →
 * "2019-04-01"), the registration number as 123-45-67890; undefined where there is nothing to add.
 */
export function certificateValue(name: string | undefined, printed: string): string | undefined {
	if (name && DATE_NAMES.has(name)) return isoDateFromText(printed);
	if (name === 'registrationNumber') {
		const digits = normaliseBusinessNumber(printed);
		return /^\d{10}$/.test(digits) ? formatBusinessNumber(digits) : undefined;
	}
	return undefined;
}

export function englishNameOf(label: string): string | undefined {
	const compact = label.replace(/\s+/g, '');
	return (
		names[compact] ??
		names[compact.replace(/\(.*?\)/g, '')] ??
		names[compact.replace(/^.*\((.*?)\)$/, '$1')]
	);
}

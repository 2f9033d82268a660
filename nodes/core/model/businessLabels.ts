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

export function englishNameOf(label: string): string | undefined {
	const compact = label.replace(/\s+/g, '');
	return (
		names[compact] ??
		names[compact.replace(/\(.*?\)/g, '')] ??
		names[compact.replace(/^.*\((.*?)\)$/, '$1')]
	);
}

/**
 * CLOVA Document OCR business-licence keys (observed in client code, shared/api/clova-document-biz-license.md §3)
 * → the names above where the certificate line is the same; a key with no counterpart keeps its own name.
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

export function englishNameOfClovaKey(key: string): string {
	return clovaKeys[key] ?? key;
}

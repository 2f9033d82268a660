import { providerError, type KnownError, type OcrError } from '../core/errors';

const retryLater =
	'This is a temporary problem at NHN Cloud. Try again in a few minutes; if it persists, contact NHN Cloud support.';
const checkFile =
	'Check that the input is a readable image (JPG or PNG; PDF for business registration) and not damaged.';
const checkUrl =
	'Check that the image URL is public, answers quickly and points to a JPG or PNG file.';

/** Every code of NHN's General OCR and Document OCR error tables: what it means to a user and what to do. */
export const nhnErrors: Record<number, KnownError> = {
	[-1]: { key: 'FAIL', message: 'NHN Cloud OCR reported an unknown error', hint: retryLater },
	400: {
		key: 'BAD_REQUEST',
		message: 'NHN Cloud OCR rejected the request as malformed',
		hint: 'Check the node parameters; if they look right, report this to the node maintainers.',
	},
	401: {
		key: 'UNAUTHORIZED',
		message: 'NHN Cloud OCR did not accept the credentials',
		hint: 'Check the App Key and the key or token in the credential.',
	},
	403: {
		key: 'FORBIDDEN',
		message: 'NHN Cloud OCR refused access',
		hint: 'Check that the OCR service is enabled in this NHN Cloud project and that your account may use it.',
	},
	404: {
		key: 'NOT_FOUND',
		message: 'The NHN Cloud OCR address was not found',
		hint: 'Check the Base URL in the credential (default https://api-ocr.nhncloudservice.com).',
	},
	405: {
		key: 'METHOD_NOT_ALLOWED',
		message: 'NHN Cloud OCR does not allow this request method',
		hint: 'Check the Base URL in the credential; it must not include a path.',
	},
	415: {
		key: 'UNSUPPORTED_MEDIA_TYPE',
		message: 'NHN Cloud OCR does not accept this content type',
		hint: checkFile,
	},
	4000001: {
		key: 'INVALID_PARAMETER',
		message: 'NHN Cloud OCR rejected a parameter',
		hint: 'Check the image URL or the business number you passed.',
	},
	4000002: {
		key: 'INVALID_FILE',
		message: 'NHN Cloud OCR could not read the file',
		hint: checkFile,
	},
	4000003: {
		key: 'INVALID_FILE_TYPE',
		message: 'NHN Cloud OCR does not accept this file type',
		hint: checkFile,
	},
	4000004: {
		key: 'UPLOADED_FILE_IS_EMPTY',
		message: 'The uploaded file is empty',
		hint: 'Check the node before this one: the binary property holds no data.',
	},
	4000005: {
		key: 'MISSING_REQUIRED_HEADER',
		message: 'The request was sent without its authentication header',
		hint: 'Open the credential and fill in every field, then save it again.',
	},
	4000006: {
		key: 'API_CALL_LIMIT_EXCEEDED',
		message: "Your NHN Cloud OCR plan's call limit is used up",
		hint: 'Send fewer items at once (the Items in Parallel option), or ask NHN Cloud customer service to raise the limit.',
	},
	4000101: {
		key: 'INVALID_BUSINESS_REGISTRATION_FORMAT',
		message: 'The business registration number is not in a valid format',
		hint: 'Pass the 10-digit number, with or without dashes (for example 123-45-67890).',
	},
	4000102: {
		key: 'NOT_EXIST_BUSINESS_NUMBER',
		message: 'No business is registered under this number',
		hint: 'Check the number against the certificate.',
	},
	4000103: {
		key: 'PDF_PASSWORD_PROTECTED',
		message: 'The PDF is password protected',
		hint: 'Remove the password from the PDF or send an image of the certificate instead.',
	},
	4000111: {
		key: 'CREDIT_CARD_INFO_NOT_FOUND',
		message: 'No credit card number was found in the image',
		hint: "Send a sharp, well-lit photo of the card's front side (at least 760×480 px).",
	},
	4000121: {
		key: 'ID_CARD_INFO_NOT_FOUND',
		message: 'No ID card information was found in the image',
		hint: checkFile,
	},
	4000122: {
		key: 'AUTHENTICITY_REQUEST_KEY_INVALID',
		message: 'The authenticity request key is invalid or expired',
		hint: 'Start the verification again to get a new request key.',
	},
	4000123: {
		key: 'REGISTRATION_CARD_AUTHENTICATION_LOCKED',
		message: 'Registration card authentication is locked',
		hint: "Too many failed attempts; follow NHN Cloud's instructions to unlock it.",
	},
	4000301: {
		key: 'INVALID_KEY_VERSION',
		message: 'NHN Cloud OCR rejected the encryption key version',
		hint: 'Report this to the node maintainers.',
	},
	4000302: {
		key: 'INVALID_SYMMETRIC_KEY',
		message: 'NHN Cloud OCR rejected the symmetric key',
		hint: 'Report this to the node maintainers.',
	},
	4000303: {
		key: 'INVALID_ENCRYPTED_DATA',
		message: 'NHN Cloud OCR could not decrypt the data',
		hint: 'Report this to the node maintainers.',
	},
	4000401: {
		key: 'SERVICE_NOT_ENABLED',
		message: 'This OCR service is not enabled for your project',
		hint: 'Submit the service use request in the NHN Cloud console (AI Service > OCR).',
	},
	4000402: {
		key: 'SERVICE_USE_REQUEST_ALREADY_IN_PROGRESS',
		message: 'The service use request is still being processed',
		hint: 'Wait until NHN Cloud approves the request, then try again.',
	},
	4000403: {
		key: 'SERVICE_USE_REQUEST_NOT_IN_PROGRESS',
		message: 'There is no service use request in progress',
		hint: 'Submit the service use request in the NHN Cloud console.',
	},
	4000404: {
		key: 'SERVICE_ALREADY_ENABLED',
		message: 'The service is already enabled',
		hint: 'Nothing to do; run the workflow again.',
	},
	4000501: {
		key: 'GENERAL_OCR_NOT_FOUND',
		message: 'No text was found in the image',
		hint: 'Check that the image contains readable text and is not blank or rotated.',
	},
	4000502: {
		key: 'GENERAL_OCR_IMAGE_SIZE_EXCEED',
		message: 'The image behind the URL is too large',
		hint: 'Use an image of at most 20 MB, or send it as a file.',
	},
	4000503: {
		key: 'GENERAL_OCR_IMAGE_DOWNLOAD_TIME_OUT',
		message: 'NHN Cloud could not download the image within 20 seconds',
		hint: checkUrl,
	},
	4000504: {
		key: 'GENERAL_OCR_IMAGE_DOWNLOAD_FAIL',
		message: 'NHN Cloud could not download the image from the URL',
		hint: `${checkUrl} If the URL names a port, only 80, 443 and 10000-12000 are allowed.`,
	},
	4000505: {
		key: 'GENERAL_OCR_IMAGE_OUT_OF_RATIO',
		message: 'The image is too long or too wide for Recognize Text',
		hint: 'Use the Recognize Long Image operation, which slices long images before recognizing them.',
	},
	4010001: {
		key: 'INVALID_APPKEY_SECRETKEY',
		message: 'NHN Cloud rejected the App Key or Secret Key',
		hint: 'Open the "NHN Cloud OCR (App Key) API" credential and check both the App Key and the Secret Key (NHN Cloud console > AI Service > OCR > URL & Appkey).',
	},
	4010002: {
		key: 'INVALID_UUID',
		message: 'NHN Cloud rejected the account identifier',
		hint: 'Check the credential; the key may belong to another project.',
	},
	4010003: {
		key: 'NOT_ALLOWED_USER',
		message: 'This NHN Cloud user is not allowed to use the API',
		hint: 'Ask the project owner to grant your account OCR permissions.',
	},
	4010004: {
		key: 'INVALID_PROJECT',
		message: 'The App Key belongs to an invalid project',
		hint: 'Check the App Key in the credential.',
	},
	4010005: {
		key: 'UNAUTHORIZED_ROLE',
		message: 'Your NHN Cloud role does not allow this call',
		hint: 'Ask the project owner to give your account an OCR role.',
	},
	4010006: {
		key: 'INVALID_TOKEN',
		message: 'NHN Cloud rejected the access token',
		hint: 'The node renews the token once by itself; if this persists, check the User Access Key ID and Secret Access Key in the credential and that the key is not revoked.',
	},
	4010007: {
		key: 'PERMISSION_DENIED',
		message: 'The User Access Key has no permission for this call',
		hint: "In NHN Cloud API Security Settings, give the User Access Key's account a role for OCR, and check the App Key in the credential.",
	},
	4041007: {
		key: 'URL_NOT_FOUND',
		message: 'The NHN Cloud OCR address was not found',
		hint: 'Check the Base URL in the credential (default https://api-ocr.nhncloudservice.com).',
	},
	4131000: {
		key: 'MAX_UPLOAD_SIZE_EXCEEDED',
		message: 'The file is larger than NHN Cloud OCR accepts',
		hint: 'NHN Cloud OCR accepts files of at most 20 MB: reduce the resolution or compress the image.',
	},
	5000001: {
		key: 'INTERNAL_API_FAIL',
		message: 'NHN Cloud OCR had an internal error',
		hint: retryLater,
	},
	5000002: {
		key: 'ERROR_PARSING_FAIL',
		message: 'NHN Cloud OCR had an internal error',
		hint: retryLater,
	},
	5000003: {
		key: 'DATABASE_FAIL',
		message: 'NHN Cloud OCR had a database error',
		hint: retryLater,
	},
	5000004: {
		key: 'RESOURCE_DELETE_FAIL',
		message: 'NHN Cloud OCR could not delete a resource',
		hint: retryLater,
	},
	5000005: {
		key: 'FILE_READ_FAIL',
		message: 'NHN Cloud OCR could not read the uploaded file',
		hint: checkFile,
	},
	5000006: {
		key: 'DECRYPT_FAIL',
		message: 'NHN Cloud OCR could not decrypt the data',
		hint: retryLater,
	},
	5000007: {
		key: 'ENCRYPT_FAIL',
		message: 'NHN Cloud OCR could not encrypt the data',
		hint: retryLater,
	},
	5000503: {
		key: 'API_TEMPORARILY_UNAVAILABLE',
		message: 'NHN Cloud OCR is temporarily unavailable',
		hint: retryLater,
	},
	5003001: {
		key: 'OCR_DOCUMENT_BUSINESS_API_FAIL',
		message: 'Business registration recognition failed at NHN Cloud',
		hint: retryLater,
	},
	5003002: {
		key: 'OCR_DOCUMENT_BUSINESS_API_RETURN_EMPTY',
		message: 'Business registration recognition returned nothing',
		hint: retryLater,
	},
	5003003: {
		key: 'OCR_DOCUMENT_BUSINESS_RECOGNITION_FAIL',
		message: 'The business registration certificate could not be recognized',
		hint: 'Send a sharper scan (at least 1280×720 px) of the whole certificate.',
	},
	5003004: {
		key: 'OCR_DOCUMENT_BUSINESS_STATUS_CHECK_FAIL',
		message: 'The business status lookup failed at NHN Cloud',
		hint: 'The National Tax Service lookup may be down; try again later.',
	},
	5003011: {
		key: 'OCR_DOCUMENT_CREDIT_CARD_API_FAIL',
		message: 'Credit card recognition failed at NHN Cloud',
		hint: retryLater,
	},
	5003012: {
		key: 'OCR_DOCUMENT_CREDIT_CARD_API_RETURN_EMPTY',
		message: 'Credit card recognition returned nothing',
		hint: retryLater,
	},
	5003013: {
		key: 'OCR_DOCUMENT_CREDIT_CARD_RECOGNITION_FAIL',
		message: 'The credit card could not be recognized',
		hint: "Send a sharp, well-lit photo of the card's front side (at least 760×480 px).",
	},
	5003021: {
		key: 'OCR_DOCUMENT_ID_CARD_API_FAIL',
		message: 'ID card recognition failed at NHN Cloud',
		hint: retryLater,
	},
	5003022: {
		key: 'OCR_DOCUMENT_ID_CARD_API_RETURN_EMPTY',
		message: 'ID card recognition returned nothing',
		hint: retryLater,
	},
	5003023: {
		key: 'OCR_DOCUMENT_ID_CARD_RECOGNITION_FAIL',
		message: 'The ID card could not be recognized',
		hint: checkFile,
	},
	5005001: {
		key: 'OCR_GENERAL_API_FAIL',
		message: 'General OCR failed at NHN Cloud',
		hint: retryLater,
	},
	5005002: {
		key: 'OCR_GENERAL_API_RETURN_EMPTY',
		message: 'General OCR returned nothing',
		hint: retryLater,
	},
	5005003: {
		key: 'OCR_GENERAL_RECOGNITION_FAIL',
		message: 'The image could not be recognized',
		hint: 'Check that the image is sharp and contains text.',
	},
};

/** NHN answers errors with HTTP 200 and `header.isSuccessful: false`: its resultCode, in a user's words. */
export function nhnApiError(resultCode: number, resultMessage: string, extraHint = ''): OcrError {
	return providerError({
		provider: 'NHN Cloud',
		code: String(resultCode),
		providerMessage: resultMessage,
		known: nhnErrors[resultCode],
		fallbackMessage: `NHN Cloud OCR failed with code ${resultCode}`,
		fallbackHint:
			"Check the input and try again; choose the 'Raw Response' output to see the full answer.",
		extraHint,
	});
}

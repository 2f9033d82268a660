import type { INodeProperties } from 'n8n-workflow';
import {
	businessNumberChecksumValid,
	normaliseBusinessNumber,
} from '../../../core/model/businessNumber';
import type { OcrDocument } from '../../../core/model/document';
import type { OcrResult } from '../../../core/model/result';
import { OcrError } from '../../../core/errors';
import type { ItemRun } from '../../../core/node/operation';
import { redactSecrets } from '../../../core/privacy/secrets';
import type { NhnParameters } from '../../authentication';
import { lookUpBusinessStatus } from './businessStatus';

export const verifyBusinessProperty: INodeProperties = {
	displayName: 'Verify Business Status',
	name: 'verifyBusiness',
	type: 'boolean',
	default: false,
	description:
		"Whether to look up the registration number the certificate gives with Check Business Status (same credential, one more paid call) and add status, statusCode and inBusiness to the document. A number whose check digit is wrong is not sent. When the look-up fails, the recognized document is kept with statusChecked false and the reason; with 'Needs Review Output' on, such documents go to review.",
	displayOptions: { show: { output: ['document', 'raw'] } },
};

/**
 * Recognize and verify in one step. The number comes from the certificate as read; a number that fails the check
 * digit, or no number at all, is reported on the document instead of being sent (and paid for).
 */
export async function withBusinessStatus(
	item: ItemRun<NhnParameters>,
	result: OcrResult,
): Promise<OcrResult> {
	const { document } = result;
	const entry = document.keyValues.find((keyValue) => keyValue.name === 'registrationNumber');
	const digits = normaliseBusinessNumber(entry?.value ?? '');
	const unchecked = (reason: string): OcrResult => ({
		...result,
		document: withExtras(document, {
			businessNumber: digits || undefined,
			statusChecked: false,
			statusNotCheckedReason: reason,
		}),
	});
	if (!digits) return unchecked('The certificate gave no registration number (등록번호)');
	if (!businessNumberChecksumValid(digits)) {
		return unchecked(
			'The registration number fails its check digit, so it was misread or is not real; Check Business Status was not called',
		);
	}
	// The recognition is paid for already: a failed status call leaves it standing, with the reason on the document.
	const looked = await lookUpBusinessStatus(item, digits).then(
		(found) => ({ found }),
		(failure: unknown) => ({ failure }),
	);
	if ('failure' in looked) return unchecked(statusFailure(item, looked.failure));
	const status = looked.found;
	const raw =
		typeof result.raw === 'object' && result.raw !== null
			? { ...(result.raw as object), businessStatus: status.raw }
			: result.raw;
	return {
		...result,
		raw,
		document: withExtras(document, { ...status.document.extras, statusChecked: true }),
	};
}

/** Why the status call failed, in the error's own words (cleaned as every text that leaves the node). */
function statusFailure(item: ItemRun<NhnParameters>, failure: unknown): string {
	const error = failure instanceof OcrError ? failure : undefined;
	const said = error?.message ?? (failure instanceof Error ? failure.message : 'an unknown error');
	return redactSecrets(
		item.n8n,
		`Check Business Status failed, so the status was not checked (the recognition is kept): ${said}`,
	);
}

function withExtras(document: OcrDocument, extras: Record<string, unknown>): OcrDocument {
	return { ...document, extras: { ...document.extras, ...extras } };
}

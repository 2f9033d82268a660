import type { IExecuteFunctions } from 'n8n-workflow';
import { fromNhnBusinessStatus } from '../../normalise/document';
import type { OcrDocument } from '../../../core/model/document';
import { nhnBusinessStatusResult } from '../../schemas';
import { callNhn } from '../../calls';

/** One paid `/business/status` call for a 10-digit number already checked: Check Business Status and Verify Business share it. */
export async function lookUpBusinessStatus(
	ctx: IExecuteFunctions,
	itemIndex: number,
	digits: string,
): Promise<{ document: OcrDocument; raw: unknown }> {
	const { result, raw } = await callNhn(
		ctx,
		itemIndex,
		'/business/status',
		{ kind: 'json', json: { businessNumber: digits } },
		nhnBusinessStatusResult,
	);
	return { document: fromNhnBusinessStatus(result, digits), raw };
}

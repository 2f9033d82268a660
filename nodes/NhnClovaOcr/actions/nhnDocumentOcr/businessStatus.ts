import type { IExecuteFunctions } from 'n8n-workflow';
import { fromNhnBusinessStatus } from '../../model/nhnDocument';
import type { OcrDocument } from '../../model/document';
import { nhnBusinessStatusResult } from '../../parse/nhn';
import { callNhn } from '../../transport/nhn';

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

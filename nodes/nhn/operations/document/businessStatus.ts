import type { ItemRun } from '../../../core/node/operation';
import type { OcrDocument } from '../../../core/model/document';
import type { NhnParameters } from '../../authentication';
import { callNhn } from '../../calls';
import { fromNhnBusinessStatus } from '../../normalise/document';
import { nhnBusinessStatusResult } from '../../schemas';

/** One paid `/business/status` call for a 10-digit number already checked: Check Business Status and Verify Business share it. */
export async function lookUpBusinessStatus(
	item: ItemRun<NhnParameters>,
	digits: string,
): Promise<{ document: OcrDocument; raw: unknown }> {
	const { result, raw } = await callNhn(
		item,
		'/business/status',
		{ kind: 'json', json: { businessNumber: digits } },
		nhnBusinessStatusResult,
	);
	return { document: fromNhnBusinessStatus(result, digits), raw };
}

import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../core/description/output';
import { inputError } from '../../core/errors';
import { asTextList } from '../../core/values/parameters';
import { clovaTemplateLimits } from '../limits';
import { fromClova } from '../normalise/general';
import { clovaResponse } from '../schemas';
import type { OcrResult } from '../../core/output';
import { sourceOf } from '../../core/output/source';
import { clovaOptions, sendToClova } from './request';

const properties: INodeProperties[] = [
	...inputProperties(
		'JPG or PNG up to 20 MB; PDF or TIFF (up to 5 pages) up to 50 MB',
		'CLOVA downloads the file itself; the URL must be public',
	),
	{
		displayName: 'Template IDs',
		name: 'templateIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 390, 391',
		description:
			'IDs of released templates to match, separated by commas; empty matches every template released in the domain',
	},
	outputProperty(['fields', 'document', 'raw']),
	optionsCollection([...clovaOptions, minConfidenceOption, includeBoxesOption, keepBinaryOption]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['clovaOcr'], operation: ['recognizeTemplate'] } },
	properties,
);

/** "390, 391" (or a number, or an array from an expression) → [390, 391]. */
function parseTemplateIds(ctx: IExecuteFunctions, itemIndex: number): number[] {
	const parts = asTextList(ctx, itemIndex, ctx.getNodeParameter('templateIds', itemIndex, ''), {
		displayName: 'Template IDs',
		expects: 'template IDs separated by commas, e.g. 390, 391 (or a list of them)',
	});
	const ids = parts.map(Number);
	const wrong = parts.filter((_, index) => !Number.isInteger(ids[index]) || ids[index] <= 0);
	if (wrong.length) {
		throw inputError(
			ctx,
			itemIndex,
			`"${wrong.join(', ')}" is not a template ID`,
			'Template IDs are whole numbers shown in the CLOVA OCR template builder, e.g. 390, 391.',
		);
	}
	return ids;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const templateIds = parseTemplateIds(this, itemIndex);
	const { input, reply } = await sendToClova(
		this,
		itemIndex,
		'infer',
		clovaTemplateLimits,
		{ templateIds },
		clovaResponse,
	);
	return { document: fromClova(reply.result, 'infer'), raw: reply.raw, source: sourceOf(input) };
}

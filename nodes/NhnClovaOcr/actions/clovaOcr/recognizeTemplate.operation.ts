import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../description/output';
import { inputError } from '../../errors';
import { clovaTemplateLimits } from '../../input/clovaLimits';
import { fromClova } from '../../model/clova';
import { clovaResponse } from '../../parse/clova';
import type { OcrResult } from '../../output';
import { sourceOf } from '../source';
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
		placeholder: '390, 391',
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
	const value = ctx.getNodeParameter('templateIds', itemIndex, '') as unknown;
	const parts = (Array.isArray(value) ? value.join(',') : String(value ?? ''))
		.split(/[\s,;]+/)
		.filter(Boolean);
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

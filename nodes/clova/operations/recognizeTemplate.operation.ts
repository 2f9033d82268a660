import type { INodeProperties } from 'n8n-workflow';
import { inputProperties } from '../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	markdownConfidencesOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../core/description/output';
import { inputError } from '../../core/errors';
import { asTextList } from '../../core/values/read';
import { defineOperation } from '../../core/node/operation';
import type { OutputShape } from '../../core/output/options';
import { clovaTemplateLimits } from '../limits';
import { fromClova } from '../normalise/general';
import { clovaResponse } from '../schemas';
import { sourceOf } from '../../core/output/source';
import { checkClovaUrl, clovaOptions, readClovaOptions, sendToClova } from './request';

const outputs: OutputShape[] = ['fields', 'document', 'markdown', 'raw'];

const properties: INodeProperties[] = [
	...inputProperties(
		clovaTemplateLimits,
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
	outputProperty(outputs),
	optionsCollection([
		...clovaOptions,
		minConfidenceOption,
		includeBoxesOption,
		keepBinaryOption,
		markdownConfidencesOption,
	]),
];

/** "390, 391" (or a number, or an array from an expression) → [390, 391]. */
function readTemplateIds(value: unknown): number[] {
	const parts = asTextList(value, {
		displayName: 'Template IDs',
		expects: 'template IDs separated by commas, e.g. 390, 391 (or a list of them)',
	});
	const ids = parts.map(Number);
	const wrong = parts.filter((_, index) => !Number.isInteger(ids[index]) || ids[index] <= 0);
	if (wrong.length) {
		const shown = wrong.join(', ');
		throw inputError(
			`"${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}" is not a template ID`,
			'Template IDs are whole numbers shown in the CLOVA OCR template builder, e.g. 390, 391.',
		);
	}
	return ids;
}

export const recognizeTemplate = defineOperation({
	properties,
	outputs,
	input: { limits: clovaTemplateLimits, urls: 'provider', checkUrl: checkClovaUrl },
	readOwn: (values) => ({
		clova: readClovaOptions(values),
		templateIds: readTemplateIds(values.node('templateIds', '')),
	}),
	async run(item) {
		const { input, reply } = await sendToClova(
			item,
			'infer',
			{ templateIds: item.params.own.templateIds },
			clovaResponse,
		);
		return { document: fromClova(reply.result, 'infer'), raw: reply.raw, source: sourceOf(input) };
	},
});

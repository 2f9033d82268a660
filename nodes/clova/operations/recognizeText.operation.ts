import { inputProperties } from '../../core/description/input';
import {
	headerRowOption,
	includeBoxesOption,
	keepBinaryOption,
	markdownConfidencesOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../core/description/output';
import { clovaGeneralLimits } from '../limits';
import { asBoolean } from '../../core/values/read';
import { defineOperation } from '../../core/node/operation';
import type { OutputShape } from '../../core/output/options';
import { fromClova } from '../normalise/general';
import { clovaResponse } from '../schemas';
import { sourceOf } from '../../core/output/source';
import { checkClovaUrl, clovaOptions, readClovaOptions, sendToClova } from './request';

const outputs: OutputShape[] = ['fields', 'document', 'tableRows', 'markdown', 'raw'];

const properties = [
	...inputProperties(
		clovaGeneralLimits,
		'JPG, PNG, PDF (up to 10 pages) or TIFF, up to 50 MB',
		'CLOVA downloads the file itself; the URL must be public',
	),
	outputProperty(outputs),
	optionsCollection([
		...clovaOptions,
		{
			displayName: 'Extract Tables',
			name: 'enableTableDetection',
			type: 'boolean',
			default: false,
			description:
				'Whether to recognize tables as rows and cells (the domain must have "Table extraction" turned on)',
		},
		headerRowOption,
		minConfidenceOption,
		includeBoxesOption,
		keepBinaryOption,
		markdownConfidencesOption,
	]),
];

export const recognizeText = defineOperation({
	properties,
	outputs,
	input: { limits: clovaGeneralLimits, urls: 'provider', checkUrl: checkClovaUrl },
	readOwn: (values) => ({
		clova: readClovaOptions(values),
		tables: asBoolean(values.option('enableTableDetection'), 'Extract Tables', false),
	}),
	async run(item) {
		const { input, reply } = await sendToClova(
			item,
			'general',
			{ enableTableDetection: item.params.own.tables ? true : undefined },
			clovaResponse,
		);
		return {
			document: fromClova(reply.result, 'general'),
			raw: reply.raw,
			source: sourceOf(input),
		};
	},
});

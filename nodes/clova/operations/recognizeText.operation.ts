import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../core/description/input';
import {
	headerRowOption,
	includeBoxesOption,
	keepBinaryOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../core/description/output';
import { clovaGeneralLimits } from '../limits';
import { asBoolean, readOptions } from '../../core/values/parameters';
import { fromClova } from '../normalise/general';
import { clovaResponse } from '../schemas';
import type { OcrResult } from '../../core/output';
import { sourceOf } from '../../core/output/source';
import { clovaOptions, sendToClova } from './request';

const properties = [
	...inputProperties(
		'JPG, PNG, PDF (up to 10 pages) or TIFF, up to 50 MB',
		'CLOVA downloads the file itself; the URL must be public',
	),
	outputProperty(['fields', 'document', 'tableRows', 'raw']),
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
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['clovaOcr'], operation: ['recognizeText'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const tables = asBoolean(
		this,
		itemIndex,
		readOptions(this, itemIndex).enableTableDetection,
		'Extract Tables',
		false,
	);
	const { input, reply } = await sendToClova(
		this,
		itemIndex,
		'general',
		clovaGeneralLimits,
		{ enableTableDetection: tables === true ? true : undefined },
		clovaResponse,
	);
	return {
		document: fromClova(reply.result, 'general'),
		raw: reply.raw,
		source: sourceOf(input),
	};
}

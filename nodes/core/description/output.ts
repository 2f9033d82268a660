import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { OutputShape } from '../output/options';
import { itemsInParallelOption } from './itemsInParallel';
import { requestOptions } from './request';

const shapes: Record<OutputShape, INodePropertyOptions> = {
	fields: {
		name: 'One Item per Field',
		value: 'fields',
		description: 'One item per recognized text, key-value or table cell — easy to filter and map',
	},
	document: {
		name: 'One Item per Document',
		value: 'document',
		description:
			'The full text with line breaks, pages, key-values as an object and tables as rows — good for mail',
	},
	tableRows: {
		name: 'One Item per Table Row',
		value: 'tableRows',
		description:
			'Each table row as an item with one column per key — good for Google Sheets or Excel',
	},
	markdown: {
		name: 'Markdown',
		value: 'markdown',
		description:
			'The document as Markdown text, tables as Markdown tables, one item per file — for AI models, chains and RAG',
	},
	raw: {
		name: 'Raw Response',
		value: 'raw',
		description: 'The answer of the OCR service as it was received',
	},
};

/** The Output parameter: the shapes an operation offers, the first being the default. */
export function outputProperty(available: OutputShape[]): INodeProperties {
	const [first] = available;
	return {
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: available.map((shape) => shapes[shape]),
		default: first,
	};
}

export const minConfidenceOption: INodeProperties = {
	displayName: 'Minimum Confidence',
	name: 'minConfidence',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
	default: 0,
	description: 'Leave out text recognized with a lower confidence (0 to 1)',
};

export const includeBoxesOption: INodeProperties = {
	displayName: 'Include Bounding Boxes',
	name: 'includeBoundingBoxes',
	type: 'boolean',
	default: false,
	description:
		"Whether to add the corner coordinates (x1, y1 … x4, y4) of each field to the 'One Item per Field' output",
};

export const keepBinaryOption: INodeProperties = {
	displayName: 'Keep Input File',
	name: 'keepBinary',
	type: 'boolean',
	default: false,
	description:
		"Whether to pass the input file on with the 'One Item per Document' output, e.g. to attach it to a mail",
};

export const maskCardNumberOption: INodeProperties = {
	displayName: 'Mask Card Number',
	name: 'maskCardNumber',
	type: 'boolean',
	default: true,
	description:
		'Whether to replace all but the last four digits of the card number with * in every output',
};

export const maskPersonalDataOption: INodeProperties = {
	displayName: 'Mask Personal Data',
	name: 'maskPersonalData',
	type: 'boolean',
	default: true,
	description:
		"Whether to mask Korean resident and foreigner registration numbers (kept: birth date and first back digit, e.g. 900101-1******), driver's licence numbers (kept: the region) and passport numbers (kept: the type letter) in every output, the raw response, Markdown, review reasons and errors. Company registration numbers (법인등록번호), phone and account numbers stay. Turning it off is your own responsibility under Korea's Personal Information Protection Act.",
};

export const headerRowOption: INodeProperties = {
	displayName: 'Use First Row as Column Names',
	name: 'headerRow',
	type: 'boolean',
	default: true,
	description:
		"Whether the 'One Item per Table Row' output uses the texts of a table's first row as keys (otherwise column1, column2…)",
};

export const markdownConfidencesOption: INodeProperties = {
	displayName: 'Include Confidences in Markdown',
	name: 'markdownConfidences',
	type: 'boolean',
	default: false,
	description:
		"Whether the Markdown (the 'Markdown' output, and the markdown field of 'One Item per Document') says after each value how sure the OCR was, e.g. \"(confidence 0.97)\"",
};

/** The operation's options, plus the request options every operation has (retries, timeout). */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...options, ...requestOptions, itemsInParallelOption].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	};
}

/**
 * After every Output parameter that offers "One Item per Field", a one-line notice shown while it is chosen: the
 * next node runs once per item, so a mail node after it would send one mail per word.
 */
export function withFieldsNotice(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const offersFields = ((property.options ?? []) as INodePropertyOptions[]).some(
			(option) => option.value === 'fields',
		);
		if (property.name !== 'output' || !offersFields) return [property];
		const notice: INodeProperties = {
			displayName:
				"The next node runs once per recognized word or field. For one mail or one sheet row per file, choose 'One Item per Document'.",
			name: 'fieldsNotice',
			type: 'notice',
			default: '',
			displayOptions: {
				...property.displayOptions,
				show: { ...property.displayOptions?.show, output: ['fields'] },
			},
		};
		return [property, notice];
	});
}

import type { IExecuteFunctions } from 'n8n-workflow';
import { urlLabel } from '../description/input';
import { DEFAULT_ITEMS_IN_PARALLEL, MAX_ITEMS_IN_PARALLEL } from '../description/itemsInParallel';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../description/request';
import type { OutputShape, ShapeOptions } from '../output/options';
import { outputShapeNames } from '../output/options';
import type { ReviewRules } from '../review/reasons';
import { shortEcho } from '../privacy/secrets';
import { isToolMode } from '../tool/mode';
import {
	asBoolean,
	asChoice,
	asNumber,
	asOptions,
	asText,
	asTextList,
	isUnset,
} from '../values/read';
import type { FileLimits } from '../input/limits';
import type { InputParameters } from '../input/readInput';

/**
 * The one module that reads node parameters: an item's values are read once, when its work is prepared, into one
 * typed value that the rest of the way receives. Every value is checked whatever an expression gave it, and unset
 * means the default the panel shows.
 */

/** An item's parameter values as an operation reads its own: raw values, to be checked by the core's readers. */
export interface ParameterSource {
	/** A top-level parameter's value as n8n gives it (expressions resolved); `fallback` when it is not shown. */
	node(name: string, fallback?: unknown): unknown;
	/** An option of the Options collection; undefined when not set. */
	option(name: string): unknown;
	/** Whether the node runs as an AI Agent's tool. */
	tool: boolean;
}

export type SkipMode = 'skip' | 'readAgain' | 'forgetAll';

export interface ItemParameters<Own = unknown> {
	resource: string;
	operation: string;
	/** As an AI Agent's tool: arguments come from the model and the answer goes back to it. */
	tool: boolean;
	/** Undefined for operations that read no document. */
	input?: InputParameters;
	output: { shape: OutputShape } & ShapeOptions;
	request: { maxRetries: number; timeoutMs: number };
	review: ReviewRules;
	skipFiles: { enabled: boolean; mode: SkipMode };
	/** Mask Personal Data and Mask Card Number (operations that read a document; see core/privacy/protect.ts). */
	privacy: { personalData: boolean; cardNumbers: boolean };
	own: Own;
}

/** What holds for the whole run: read from the first item, as n8n evaluates the node's outputs once. */
export interface RunParameters {
	/** As an AI Agent's tool (the node's type says so, for the whole run). */
	tool: boolean;
	itemsInParallel: number;
	needsReviewOutput: boolean;
}

/** The entry n8n adds to the operation list of nodes whose credentials can authenticate any request. */
export const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

export function readRunParameters(ctx: IExecuteFunctions): RunParameters {
	const options = asOptions(ctx.getNodeParameter('options', 0, {}));
	return {
		// Read once: n8n's getNode() copies the whole node on every call.
		tool: isToolMode(ctx.getNode().type),
		itemsInParallel: asNumber(options.itemsInParallel, {
			displayName: 'Items in Parallel',
			min: 1,
			max: MAX_ITEMS_IN_PARALLEL,
			fallback: DEFAULT_ITEMS_IN_PARALLEL,
			integer: true,
		}),
		needsReviewOutput: asBoolean(
			ctx.getNodeParameter('needsReviewOutput', 0, false),
			'Needs Review Output',
			false,
		),
	};
}

/** The resource and operation an item asks for, as names (the node's operation table is checked by the caller). */
export function readOperationName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fallbackResource: string,
): { resource: string; operation: string } {
	// Names, never `[object Object]`: a value that is not text is described (and then found in no list).
	const name = (value: unknown) => (typeof value === 'string' ? value : shortEcho(value));
	const resource = name(ctx.getNodeParameter('resource', itemIndex, fallbackResource));
	const operation =
		resource === CUSTOM_API_CALL
			? CUSTOM_API_CALL
			: name(ctx.getNodeParameter('operation', itemIndex, ''));
	return { resource, operation };
}

function readInputParameters(values: ParameterSource, label: string): InputParameters {
	// As a tool: the model passes a URL, or (File From an Expression) the user's expression gives a file.
	const type = values.tool
		? asChoice<'binary' | 'url'>(values.node('inputType', 'url'), {
				displayName: 'Input Type',
				choices: { url: 'Image URL From the Model', binary: 'File From an Expression' },
				fallback: 'url',
			})
		: asChoice<'binary' | 'url'>(values.node('inputType', 'binary'), {
				displayName: 'Input Type',
				choices: { binary: 'Binary File', url: label },
				fallback: 'binary',
			});
	if (type === 'binary') {
		// Unset means the default the panel shows, as for every parameter (a tool's File has none).
		const field = values.node('binaryPropertyName', values.tool ? '' : 'data');
		return { type, field: isUnset(field) && !values.tool ? 'data' : field };
	}
	return {
		type,
		url: asText(values.node('imageUrl', ''), {
			displayName: values.tool ? 'Image URL' : label,
			expects: 'a web address such as https://example.com/receipt.jpg',
		}),
		// Tool mode only: whether the model may pass addresses inside the network n8n runs in.
		allowInternal:
			values.tool &&
			asBoolean(values.node('allowInternalAddresses', false), 'Allow Internal Addresses', false),
	};
}

const NO_REVIEW: ReviewRules = { belowConfidence: 0, requiredKeys: [] };

function readReviewRules(values: ParameterSource): ReviewRules {
	return {
		belowConfidence: asNumber(values.node('reviewBelowConfidence', 0.8), {
			displayName: 'Review Below Confidence',
			min: 0,
			max: 1,
			fallback: 0.8,
		}),
		requiredKeys: asTextList(values.node('reviewRequiredKeys', ''), {
			displayName: 'Required Keys',
			expects: 'keys separated by commas, e.g. registrationNumber, companyName',
		}),
	};
}

/** What the reading needs to know of an operation (see operation.ts). */
interface OperationParameters<Own> {
	outputs: OutputShape[];
	input?: { limits: Pick<FileLimits, 'formats'> };
	readOwn(values: ParameterSource): Own;
}

/** Reads and checks every parameter one item uses, for `operation`. */
export function readItemParameters<Own>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	names: { resource: string; operation: string },
	operation: OperationParameters<Own>,
	run: RunParameters,
): ItemParameters<Own> {
	const options = asOptions(ctx.getNodeParameter('options', itemIndex, {}));
	const values: ParameterSource = {
		node: (name, fallback) => ctx.getNodeParameter(name, itemIndex, fallback),
		option: (name) => options[name],
		tool: run.tool,
	};
	const [defaultShape] = operation.outputs;
	const offered = Object.fromEntries(
		operation.outputs.map((shape) => [shape, outputShapeNames[shape]]),
	) as Record<OutputShape, string>;
	const input = operation.input
		? readInputParameters(values, urlLabel(operation.input.limits))
		: undefined;
	const skipFiles =
		input?.type === 'binary' &&
		!values.tool &&
		asBoolean(values.node('skipFilesAlreadyRead', false), 'Skip Files Already Read', false);
	return {
		...names,
		tool: values.tool,
		input,
		output: {
			shape: values.tool
				? 'document'
				: asChoice(values.node('output', defaultShape), {
						displayName: 'Output',
						choices: offered,
						fallback: defaultShape,
					}),
			minConfidence: asNumber(options.minConfidence, {
				displayName: 'Minimum Confidence',
				min: 0,
				max: 1,
				fallback: 0,
			}),
			includeBoxes: asBoolean(options.includeBoundingBoxes, 'Include Bounding Boxes', false),
			keepBinary: asBoolean(options.keepBinary, 'Keep Input File', false),
			headerRow: asBoolean(options.headerRow, 'Use First Row as Column Names', true),
			markdownConfidences: asBoolean(
				options.markdownConfidences,
				'Include Confidences in Markdown',
				false,
			),
			problemsInReview: run.needsReviewOutput && !values.tool,
		},
		request: {
			maxRetries: asNumber(options.maxRetries, {
				displayName: 'Max Retries',
				min: 0,
				max: 10,
				fallback: DEFAULT_MAX_RETRIES,
				integer: true,
			}),
			timeoutMs: asNumber(options.timeout, {
				displayName: 'Timeout',
				min: 1,
				max: 3_600_000,
				fallback: DEFAULT_TIMEOUT_MS,
			}),
		},
		review: run.needsReviewOutput ? readReviewRules(values) : NO_REVIEW,
		skipFiles: {
			enabled: skipFiles,
			mode: skipFiles
				? asChoice<SkipMode>(values.node('filesReadBefore', 'skip'), {
						displayName: 'Files Read Before',
						choices: {
							skip: 'Skip Them',
							readAgain: 'Read Them Again',
							forgetAll: 'Forget All, Then Read',
						},
						fallback: 'skip',
					})
				: 'skip',
		},
		privacy: {
			personalData:
				!!operation.input && asBoolean(options.maskPersonalData, 'Mask Personal Data', true),
			cardNumbers: asBoolean(options.maskCardNumber, 'Mask Card Number', true),
		},
		own: operation.readOwn(values),
	};
}

import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { FileLimits } from '../input/limits';
import type { OcrInput, UrlInput } from '../input/readInput';
import type { OcrResult } from '../model/result';
import type { OutputShape } from '../output/options';
import type { RequestPolicy } from '../transport/policy';
import type { ItemParameters, ParameterSource } from './parameters';

/** What an operation reads: a file or its URL, checked against the documented limits before any paid call. */
export interface DocumentInput {
	limits: FileLimits;
	/** Who downloads a URL: the provider itself, or the node (for APIs that take uploads only). */
	urls: 'provider' | 'node';
	/** A rule of the provider's for URLs it downloads itself, checked before the call. */
	checkUrl?(input: UrlInput): void;
}

/** One item as an operation gets it: its parameters (read once), its input (checked) and its deadline. */
export interface ItemRun<Own = unknown> {
	index: number;
	params: ItemParameters<Own>;
	/** The item's file or URL, read and checked; undefined for operations that read none. */
	input?: OcrInput;
	/** The item's retries and deadline, counted from the start of its work: downloads and calls share them. */
	policy: RequestPolicy;
	/** n8n's helpers, for requests only: every request leaves through the core's transport. */
	n8n: IExecuteFunctions;
}

/**
 * One operation of a provider. Its file holds what it shows (`properties`), what it reads (`input`, `readOwn`) and
 * what it does for one item (`run`); the core does the rest: the item loop, parameters, input, output, review.
 */
export interface Operation<Own = unknown> {
	/** Its parameters in the panel, in order (the provider adds the rules that show them for this operation). */
	properties: INodeProperties[];
	/** The outputs it offers; the first is the default. */
	outputs: OutputShape[];
	input?: DocumentInput;
	/** Its own parameters, read from the item's parameter values into one typed value, before anything is sent. */
	readOwn(values: ParameterSource): Own;
	run(item: ItemRun<Own>): Promise<OcrResult>;
}

/** The identity function, typed: an operation file exports `defineOperation({ … })`. */
export function defineOperation<Own>(operation: Operation<Own>): Operation<Own> {
	return operation;
}

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../description/request';
import { inputError } from '../errors';

/** How one item's call is sent: how often it may be retried and when it must be over. */
export interface RequestPolicy {
	maxRetries: number;
	timeoutMs: number;
	/** Milliseconds since the epoch after which the item fails as timed out. */
	deadline: number;
}

function numberOption(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fallback: number,
	check: { name: string; min: number; max: number; integer: boolean; example: string },
): number {
	if (value === undefined || value === null || value === '') return fallback;
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	if (
		Number.isFinite(number) &&
		number >= check.min &&
		number <= check.max &&
		(!check.integer || Number.isInteger(number))
	)
		return number;
	throw inputError(
		ctx,
		itemIndex,
		`The ${check.name} option is "${String(value)}", which is not a valid value`,
		`Set ${check.name} to ${check.integer ? 'a whole number' : 'a number'} from ${check.min} to ${check.max}, e.g. ${check.example}.`,
	);
}

/** Read once per item when its call starts: the Timeout counts from here, retries included. */
export function requestPolicy(ctx: IExecuteFunctions, itemIndex: number): RequestPolicy {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const maxRetries = numberOption(ctx, itemIndex, options.maxRetries, DEFAULT_MAX_RETRIES, {
		name: 'Max Retries',
		min: 0,
		max: 10,
		integer: true,
		example: String(DEFAULT_MAX_RETRIES),
	});
	const timeoutMs = numberOption(ctx, itemIndex, options.timeout, DEFAULT_TIMEOUT_MS, {
		name: 'Timeout',
		min: 1,
		max: 3_600_000,
		integer: false,
		example: String(DEFAULT_TIMEOUT_MS),
	});
	return { maxRetries, timeoutMs, deadline: Date.now() + timeoutMs };
}

import type { INodeProperties } from 'n8n-workflow';

export const DEFAULT_ITEMS_IN_PARALLEL = 4;
export const MAX_ITEMS_IN_PARALLEL = 32;

/**
 * Neither provider publishes a number: CLOVA limits calls in flight per domain (error 0025) and NHN limits calls
 * per plan (error 4000006, "contact customer service"); the panel's words name neither, as each single-service
 * package shows them. A small default gains most of the speed while staying
 * near one user's share; the transport halves the pressure by itself when either service says it is busy.
 */
export const itemsInParallelOption: INodeProperties = {
	displayName: 'Items in Parallel',
	name: 'itemsInParallel',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_ITEMS_IN_PARALLEL, numberPrecision: 0 },
	default: DEFAULT_ITEMS_IN_PARALLEL,
	description: `How many items to send at once. Output order is the same as one at a time. ${DEFAULT_ITEMS_IN_PARALLEL} by default: the service limits calls at the same time (per domain or per plan) without saying how many, and when it answers that it is busy the node slows down by itself. Use 1 for the strict order of calls, more if your plan allows it.`,
};

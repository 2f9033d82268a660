import type { IDataObject } from 'n8n-workflow';
import type { Source } from '../model/result';

export type { InputSource, Source } from '../model/result';

export type OutputShape = 'fields' | 'document' | 'tableRows' | 'markdown' | 'raw';

/** Each output as the panel names it. */
export const outputShapeNames: Record<OutputShape, string> = {
	fields: 'One Item per Field',
	document: 'One Item per Document',
	tableRows: 'One Item per Table Row',
	markdown: 'Markdown',
	raw: 'Raw Response',
};

export interface ShapeOptions {
	minConfidence: number;
	includeBoxes: boolean;
	keepBinary: boolean;
	headerRow: boolean;
	/** Markdown (the output and the document item's `markdown`): each value's confidence after it. */
	markdownConfidences?: boolean;
	/** Extract Fields: the problems go to the Needs Review output's `review`, not onto the item as `problems`. */
	problemsInReview?: boolean;
}

/** Confidence filter: a value without a confidence always passes. */
export function passes(confidence: number | undefined, options: ShapeOptions): boolean {
	return confidence === undefined || confidence >= options.minConfidence;
}

export function withSource(source: Source, page?: number, extra: IDataObject = {}): IDataObject {
	const result: IDataObject = { ...(source as unknown as IDataObject) };
	if (page !== undefined) result.page = page;
	return dropUndefined(Object.assign(result, extra));
}

export function dropUndefined(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const key in object) if (object[key] !== undefined) result[key] = object[key];
	return result;
}

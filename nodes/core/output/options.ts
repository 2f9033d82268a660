import type { IDataObject } from 'n8n-workflow';
import type { Source } from '../model/result';

export type { InputSource, Source } from '../model/result';

export type OutputShape = 'fields' | 'document' | 'tableRows' | 'raw';

/** Each output as the panel names it. */
export const outputShapeNames: Record<OutputShape, string> = {
	fields: 'One Item per Field',
	document: 'One Item per Document',
	tableRows: 'One Item per Table Row',
	raw: 'Raw Response',
};

export interface ShapeOptions {
	minConfidence: number;
	includeBoxes: boolean;
	keepBinary: boolean;
	headerRow: boolean;
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

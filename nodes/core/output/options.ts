import { asBoolean, asNumber, readChoice, readOptions } from '../values/parameters';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { MatchedTemplate } from '../model/document';

export type OutputShape = 'fields' | 'document' | 'tableRows' | 'raw';

export interface ShapeOptions {
	minConfidence: number;
	includeBoxes: boolean;
	keepBinary: boolean;
	headerRow: boolean;
}

export interface Source {
	fileName?: string;
	mimeType?: string;
	url?: string;
	resource: string;
	operation: string;
	/** CLOVA Template: the template the document matched, so every item says which form it came from. */
	template?: MatchedTemplate;
}

/** What an operation knows of its input; the router completes it into a Source. */
export type InputSource = Pick<Source, 'fileName' | 'mimeType' | 'url'>;

export function readShapeOptions(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { shape: OutputShape; options: ShapeOptions } {
	const shape = readChoice<OutputShape>(ctx, itemIndex, 'output', {
		displayName: 'Output',
		choices: {
			fields: 'One Item per Field',
			document: 'One Item per Document',
			tableRows: 'One Item per Table Row',
			raw: 'Raw Response',
		},
		fallback: 'fields',
	});
	const options = readOptions(ctx, itemIndex);
	return {
		shape,
		options: {
			minConfidence: asNumber(ctx, itemIndex, options.minConfidence, {
				displayName: 'Minimum Confidence',
				min: 0,
				max: 1,
				fallback: 0,
			}),
			includeBoxes: asBoolean(
				ctx,
				itemIndex,
				options.includeBoundingBoxes,
				'Include Bounding Boxes',
				false,
			),
			keepBinary: asBoolean(ctx, itemIndex, options.keepBinary, 'Keep Input File', false),
			headerRow: asBoolean(
				ctx,
				itemIndex,
				options.headerRow,
				'Use First Row as Column Names',
				false,
			),
		},
	};
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

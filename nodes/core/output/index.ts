import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { BINARY_IN_JSON_PROPERTY } from 'n8n-workflow';
import { isToolMode, toolAnswer } from '../tool/toolMode';
import type { OcrDocument } from '../model/document';
import { documentItem } from './document';
import { fieldItems } from './fields';
import { readShapeOptions, withSource, type InputSource, type Source } from './options';
import { receiptRowItems } from './receipt';
import { tableRowItems } from './tableRows';
import { answerItems } from './answer';

export type { InputSource, Source } from './options';

/** What an operation gives for one input item. */
export interface OcrResult {
	document: OcrDocument;
	/** The provider's answer as received (already masked where the operation masks). */
	raw: unknown;
	source: InputSource;
}

/** An operation's result with the source the router completed. */
export interface ShapedResult extends OcrResult {
	source: Source;
}

/** What a shape gives for a document with nothing in it, so that no input item disappears from the output. */
function emptyItem(source: Source, message: string): IDataObject {
	return { kind: 'empty', text: '', message, source: withSource(source) };
}

export function shapeOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	result: ShapedResult,
): INodeExecutionData[] {
	const { shape, options } = readShapeOptions(ctx, itemIndex);
	const { document, source } = result;
	const pairedItem = { item: itemIndex };
	const wrap = (json: IDataObject): INodeExecutionData => ({ json, pairedItem });

	if (isToolMode(ctx)) return [wrap(toolAnswer(result))];

	if (shape === 'raw') {
		const raw =
			typeof result.raw === 'object' && result.raw !== null && !Array.isArray(result.raw)
				? (result.raw as IDataObject)
				: { response: result.raw as IDataObject };
		return [wrap({ ...raw, source: withSource(source) })];
	}
	if (document.answer) {
		const items = answerItems(document.answer, source);
		return items.length
			? items.map(wrap)
			: [wrap(emptyItem(source, 'The JSON in the answer is an empty array.'))];
	}
	if (shape === 'document') {
		const item = wrap(documentItem(document, source, options));
		if (options.keepBinary) keepInputFiles(item, ctx.getInputData()[itemIndex]);
		return [item];
	}
	if (shape === 'tableRows' && document.receipt) {
		const rows = receiptRowItems(document.receipt, source);
		return rows.length
			? rows.map(wrap)
			: [wrap(emptyItem(source, 'No line items were recognized on this receipt.'))];
	}
	if (shape === 'tableRows') {
		const rows = tableRowItems(document, source, options);
		return rows.length
			? rows.map(wrap)
			: [
					wrap(
						emptyItem(
							source,
							'No table was found in this document. For CLOVA OCR, turn on the "Extract Tables" option.',
						),
					),
				];
	}
	const fields = fieldItems(document, source, options);
	if (fields.length) return fields.map(wrap);
	return [
		wrap(
			emptyItem(
				source,
				options.minConfidence > 0
					? `No text was recognized with a confidence of at least ${options.minConfidence}.`
					: 'No text was recognized.',
			),
		),
	];
}

/** The input's files, wherever the binary mode keeps them: `binary`, or `json._files` in n8n's v2 combined mode. */
function keepInputFiles(item: INodeExecutionData, input: INodeExecutionData | undefined): void {
	if (input?.binary) item.binary = input.binary;
	const files = input?.json?.[BINARY_IN_JSON_PROPERTY];
	if (files !== undefined) item.json[BINARY_IN_JSON_PROPERTY] = files;
}

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { BINARY_IN_JSON_PROPERTY } from 'n8n-workflow';
import type { ShapedResult } from '../model/result';
import { answerItems } from './answer';
import { documentItem } from './document';
import { extractionItems } from './extraction';
import { fieldItems } from './fields';
import { markdownItem } from './markdownItem';
import { withSource, type OutputShape, type ShapeOptions, type Source } from './options';
import { receiptRowItems } from './receipt';
import { tableRowItems } from './tableRows';

/** What a shape gives for a document with nothing in it, so that no input item disappears from the output. */
function emptyItem(source: Source, message: string): IDataObject {
	return { kind: 'empty', text: '', message, source: withSource(source) };
}

/** One document's output items in the shape the user chose (without pairedItem: the item loop adds it). */
export function shapeOutput(
	result: ShapedResult,
	output: { shape: OutputShape } & ShapeOptions,
	inputItem: INodeExecutionData | undefined,
): INodeExecutionData[] {
	const { document, source } = result;
	const wrap = (json: IDataObject): INodeExecutionData => ({ json });

	if (output.shape === 'raw') {
		const raw =
			typeof result.raw === 'object' && result.raw !== null && !Array.isArray(result.raw)
				? (result.raw as IDataObject)
				: { response: result.raw as IDataObject };
		return [wrap({ ...raw, source: withSource(source) })];
	}
	if (document.extraction)
		return extractionItems(document.extraction, output.shape, source, output).map(wrap);
	if (output.shape === 'markdown') return [wrap(markdownItem(document, source, output))];
	if (document.answer) {
		const items = answerItems(document.answer, source);
		return items.length
			? items.map(wrap)
			: [wrap(emptyItem(source, 'The JSON in the answer is an empty array.'))];
	}
	if (output.shape === 'document') {
		const item = wrap(documentItem(document, source, output));
		if (output.keepBinary) keepInputFiles(item, inputItem);
		return [item];
	}
	if (output.shape === 'tableRows' && document.receipt) {
		const rows = receiptRowItems(document.receipt, source);
		return rows.length
			? rows.map(wrap)
			: [wrap(emptyItem(source, 'No line items were recognized on this receipt.'))];
	}
	if (output.shape === 'tableRows') {
		const rows = tableRowItems(document, source, output);
		return rows.length
			? rows.map(wrap)
			: [
					wrap(
						emptyItem(
							source,
							"No table was found in this document. If the operation has an 'Extract Tables' option, turn it on.",
						),
					),
				];
	}
	const fields = fieldItems(document, source, output);
	if (fields.length) return fields.map(wrap);
	return [
		wrap(
			emptyItem(
				source,
				output.minConfidence > 0
					? `No text was recognized with a confidence of at least ${output.minConfidence}.`
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

import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeError, NodeOperationError } from 'n8n-workflow';
import { shapeOutput, type ShapedResult } from '../output';
import { needsReview, withReviewOutput } from '../review/review';
import * as clovaOcr from '../../clova/operations';
import { inParallel, itemsInParallel } from './inParallel';
import type { NhnClovaOcrType, OcrResource, OperationsOf } from '../../NhnClovaOcr/operations.type';
import * as nhnDocumentOcr from '../../nhn/operations/document';
import * as nhnGeneralOcr from '../../nhn/operations/general';
import type { OcrOperation } from './operation';
import { isSkipped, readOnce } from './skipFiles';

/** The entry n8n adds to the operation list of nodes whose credentials can authenticate any request. */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

const resources: { [R in OcrResource]: OperationsOf<R> } = {
	nhnGeneralOcr: nhnGeneralOcr.operations,
	nhnDocumentOcr: nhnDocumentOcr.operations,
	clovaOcr: clovaOcr.operations,
};

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error instanceof NodeError) {
		if (error.description) json.description = error.description;
		if (error.context.providerCode) json.code = error.context.providerCode as string;
		if ('httpCode' in error && error.httpCode) json.httpCode = error.httpCode as string;
	}
	return { json, pairedItem: { item: itemIndex } };
}

function pickOperation(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { name: NhnClovaOcrType; operation: OcrOperation } {
	const resource = ctx.getNodeParameter('resource', itemIndex) as string;
	const operationName =
		resource === CUSTOM_API_CALL
			? CUSTOM_API_CALL
			: (ctx.getNodeParameter('operation', itemIndex) as string);
	const operations = resources[resource as OcrResource] as Record<string, OcrOperation> | undefined;
	const operation = operations?.[operationName];
	if (operation)
		return { name: { resource, operation: operationName } as NhnClovaOcrType, operation };
	if (operationName === CUSTOM_API_CALL) {
		throw new NodeOperationError(ctx.getNode(), 'This node makes only the OCR calls in its list', {
			itemIndex,
			description:
				'For other API calls, use the HTTP Request node: set Authentication to "Predefined Credential Type" and choose this credential.',
		});
	}
	throw new NodeOperationError(
		ctx.getNode(),
		`The operation "${operationName}" is not supported for "${resource}"`,
		{
			itemIndex,
			description: 'Choose one of the operations in the list.',
		},
	);
}

type Outcome = { items: INodeExecutionData[]; needsReview?: boolean } | { error: NodeError };

async function runItem(ctx: IExecuteFunctions, itemIndex: number): Promise<Outcome> {
	try {
		const { name, operation } = pickOperation(ctx, itemIndex);
		const result = await readOnce(
			ctx,
			itemIndex,
			async () => await operation.execute.call(ctx, itemIndex),
		);
		if (isSkipped(result)) return { items: [result.skipped] };
		const shaped: ShapedResult = {
			...result,
			source: {
				...result.source,
				resource: name.resource,
				operation: name.operation,
				template: result.document.matchedTemplate,
			},
		};
		const items = shapeOutput(ctx, itemIndex, shaped);
		return { items, needsReview: needsReview(ctx, itemIndex, shaped, items) };
	} catch (caught) {
		const error =
			caught instanceof NodeError
				? caught
				: new NodeOperationError(ctx.getNode(), caught as Error, { itemIndex });
		error.context.itemIndex ??= itemIndex;
		return { error };
	}
}

/**
 * The item loop lives here once: every input item yields output items, or an error item under Continue On Fail.
 * Up to Items in Parallel items are in flight; the output keeps the input order, and without Continue On Fail the
 * run fails with the error of the first failing item, as one at a time would.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const count = this.getInputData().length;
	if (count === 0) return [[]];
	const continueOnFail = this.continueOnFail();
	const outcomes = await inParallel(
		count,
		itemsInParallel(this),
		async (itemIndex) => await runItem(this, itemIndex),
		(outcome) => !continueOnFail && 'error' in outcome,
	);
	const output: INodeExecutionData[] = [];
	const reviewOutput: INodeExecutionData[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (!outcome) return;
		if ('error' in outcome) {
			if (!continueOnFail) throw outcome.error;
			output.push(errorItem(outcome.error, itemIndex));
			return;
		}
		const target = outcome.needsReview ? reviewOutput : output;
		for (const item of outcome.items) target.push(item);
	});
	return withReviewOutput(this, output, reviewOutput);
}

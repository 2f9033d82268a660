import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeError, NodeOperationError } from 'n8n-workflow';
import { shapeOutput } from '../output';
import { needsReview, withReviewOutput } from '../output/review';
import * as clovaOcr from './clovaOcr';
import * as nhnDocumentOcr from './nhnDocumentOcr';
import * as nhnGeneralOcr from './nhnGeneralOcr';
import type { OcrOperation } from './operation';
import { isSkipped, readOnce } from './skipFilesRead';

/** The entry n8n adds to the operation list of nodes whose credentials can authenticate any request. */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

const resources: Record<string, Record<string, OcrOperation>> = {
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

function pickOperation(ctx: IExecuteFunctions, itemIndex: number): OcrOperation {
	const resource = ctx.getNodeParameter('resource', itemIndex) as string;
	const operationName =
		resource === CUSTOM_API_CALL
			? CUSTOM_API_CALL
			: (ctx.getNodeParameter('operation', itemIndex) as string);
	const operation = resources[resource]?.[operationName];
	if (operation) return operation;
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

/** The item loop lives here once: every input item yields output items, or an error item under Continue On Fail. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	const reviewOutput: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const operation = pickOperation(this, itemIndex);
			const result = await readOnce(
				this,
				itemIndex,
				async () => await operation.execute.call(this, itemIndex),
			);
			if (isSkipped(result)) {
				output.push(result.skipped);
				continue;
			}
			const shaped = shapeOutput(this, itemIndex, result);
			(needsReview(this, itemIndex, result, shaped) ? reviewOutput : output).push(...shaped);
		} catch (caught) {
			const error =
				caught instanceof NodeError
					? caught
					: new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
			if (this.continueOnFail()) {
				output.push(errorItem(error, itemIndex));
				continue;
			}
			error.context.itemIndex ??= itemIndex;
			throw error;
		}
	}
	return withReviewOutput(this, output, reviewOutput);
}

import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeError, NodeOperationError } from 'n8n-workflow';
import { shapeOutput } from '../output';
import * as clovaOcr from './clovaOcr';
import * as nhnDocumentOcr from './nhnDocumentOcr';
import * as nhnGeneralOcr from './nhnGeneralOcr';
import type { OcrOperation } from './operation';

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

/** The item loop lives here once: every input item yields output items, or an error item under Continue On Fail. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const resource = this.getNodeParameter('resource', itemIndex) as string;
			const operationName = this.getNodeParameter('operation', itemIndex) as string;
			const operation = resources[resource]?.[operationName];
			if (!operation) {
				throw new NodeOperationError(this.getNode(), `The operation "${operationName}" is not supported for "${resource}"`, { itemIndex });
			}
			const result = await operation.execute.call(this, itemIndex);
			output.push(...shapeOutput(this, itemIndex, result));
		} catch (caught) {
			const error = caught instanceof NodeError ? caught : new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
			if (this.continueOnFail()) {
				output.push(errorItem(error, itemIndex));
				continue;
			}
			error.context.itemIndex ??= itemIndex;
			throw error;
		}
	}
	return [output];
}

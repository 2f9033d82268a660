import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	NodeParameterValueType,
} from 'n8n-workflow';

export const node: INode = {
	id: 'unit-node',
	name: 'NHN & CLOVA OCR',
	type: 'n8n-nodes-nhn-clova-ocr.nhnClovaOcr',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/**
 * The few execute-function members that parse → model → output and the error builders use, without the engine:
 * unit tests feed them parameters and input items directly (as n8n's own node tests do with a mocked context).
 */
export function executeFunctions(
	parameters: Record<string, NodeParameterValueType | IDataObject> = {},
	inputData: INodeExecutionData[] = [{ json: {} }],
): IExecuteFunctions {
	const context = {
		getNode: () => node,
		getInputData: () => inputData,
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) =>
			name in parameters ? parameters[name] : fallback,
	};
	return context as unknown as IExecuteFunctions;
}

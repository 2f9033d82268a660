import type { IDataObject, INode, INodeType, INodeTypes } from 'n8n-workflow';
import { NodeHelpers, UnexpectedError } from 'n8n-workflow';

/** The throwaway node the server resolves credential expressions on. */
export const mockNode: INode = {
	id: 'mock',
	name: '',
	typeVersion: 1,
	type: 'mock',
	position: [0, 0],
	parameters: {},
};

/** As the server's `createMockNodeTypes`: a registry holding only `mock`. */
export function createMockNodeTypes(): INodeTypes {
	const mock = { description: { properties: [] } } as unknown as INodeType;
	return {
		getKnownTypes: (): IDataObject => ({}),
		getByName: (nodeType: string) => (nodeType === 'mock' ? mock : (undefined as never)),
		getByNameAndVersion: (nodeType: string, version?: number) => {
			if (nodeType !== 'mock') {
				throw new UnexpectedError('The node type is not known', { tags: { nodeType } });
			}
			return NodeHelpers.getVersionedNodeType(mock, version);
		},
	};
}

import type {
	INodeCredentialDescription,
	INodeProperties,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { withFieldsNotice } from '../description/output';
import { reviewOutputsExpression, reviewProperties } from '../description/review';
import { skipFilesReadProperties } from '../description/skipFiles';
import { subtitleFor } from '../description/subtitle';
import { toolHintTable } from '../tool/hints';
import { withToolMode } from '../tool/properties';
import type { OperationTable } from './prepare';
import type { Provider } from './provider';
import { resourceProperties } from './resource';

function resourceProperty(providers: Provider[]): INodeProperties {
	const resources = providers.flatMap((provider) => provider.resources);
	const first = resources[0].value;
	const property: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map(({ name, value, description }) => ({ name, value, description })),
		default: first,
	};
	// A node of one resource has nothing to choose: the list would only repeat the node's name.
	return resources.length > 1 ? property : { ...property, type: 'hidden', options: undefined };
}

function credentialsOf(providers: Provider[]): INodeCredentialDescription[] {
	return providers.flatMap((provider) => {
		const resource = provider.resources.map((entry) => entry.value);
		return provider.credentials.map((credential) => ({
			...credential,
			displayOptions: {
				...credential.displayOptions,
				show: { resource, ...credential.displayOptions?.show },
			},
		}));
	});
}

/**
 * What a node's description has from its providers — parameters, credentials and the canvas subtitle — the same
 * way for the combined node and each single-service node. The node file writes the rest itself.
 */
export function ocrNodeParts(providers: Provider[]): Pick<
	INodeTypeDescription,
	'properties' | 'credentials' | 'outputs' | 'inputs'
> & {
	subtitle: string;
} {
	const properties = withToolMode(
		withFieldsNotice([
			resourceProperty(providers),
			...providers.flatMap((provider) => provider.properties),
			...providers.flatMap((provider) => provider.resources.flatMap(resourceProperties)),
			...reviewProperties,
			...skipFilesReadProperties,
		]),
		toolHintTable(providers),
	);
	return {
		subtitle: subtitleFor(properties),
		inputs: [NodeConnectionTypes.Main],
		outputs: reviewOutputsExpression,
		credentials: credentialsOf(providers),
		properties,
	};
}

/** resource → operation → what it does, for the item loop. */
export function operationTable(providers: Provider[]): OperationTable {
	return Object.fromEntries(
		providers.flatMap((provider) =>
			provider.resources.map((resource) => [
				resource.value,
				Object.fromEntries(
					Object.entries(resource.operations).map(([name, listed]) => [name, listed.operation]),
				),
			]),
		),
	);
}

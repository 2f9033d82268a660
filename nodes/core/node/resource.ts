import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { Operation } from './operation';

/** An operation as the Operation list shows it. */
export interface ListedOperation {
	name: string;
	description: string;
	action: string;
	operation: Operation<unknown>;
}

/** One resource of a provider (NHN General OCR, NHN Document OCR, CLOVA OCR) and its operations, in list order. */
export interface Resource {
	value: string;
	name: string;
	description: string;
	operations: Record<string, ListedOperation>;
}

/** The Operation list of a resource, then each operation's parameters, shown only for it. */
export function resourceProperties(resource: Resource): INodeProperties[] {
	const entries = Object.entries(resource.operations);
	const [[first]] = entries;
	const picker: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: entries.map(([value, listed]) => ({
			name: listed.name,
			value,
			description: listed.description,
			action: listed.action,
		})),
		default: first,
	};
	return [
		picker,
		...entries.flatMap(([value, listed]) =>
			updateDisplayOptions(
				{ show: { resource: [resource.value], operation: [value] } },
				listed.operation.properties,
			),
		),
	];
}

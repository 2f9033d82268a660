import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { maskPersonalDataOption } from '../description/output';
import type { ToolArguments } from '../tool/hints';
import type { Operation } from './operation';

/** An operation as the Operation list shows it. */
export interface ListedOperation {
	name: string;
	description: string;
	/** Also what an AI Agent's model reads as the tool's description: "<action> in <node name>". */
	action: string;
	/** As an AI Agent's tool: what the model is told about the file or prompt it passes (core/tool/hints.ts). */
	tool?: ToolArguments;
	operation: Operation<unknown>;
}

/** One resource of a provider (NHN General OCR, NHN Document OCR, CLOVA OCR) and its operations, in list order. */
export interface Resource {
	value: string;
	name: string;
	description: string;
	operations: Record<string, ListedOperation>;
}

/**
 * An operation that reads a document offers Mask Personal Data (on by default) in its Options: added here, once,
 * so that every such operation has it, whoever wrote it.
 */
function withPrivacyOption(operation: Operation<unknown>): INodeProperties[] {
	if (!operation.input) return operation.properties;
	return operation.properties.map((property) => {
		if (property.name !== 'options' || property.type !== 'collection') return property;
		const options = (property.options ?? []) as INodeProperties[];
		if (options.some((option) => option.name === maskPersonalDataOption.name)) return property;
		return {
			...property,
			options: [...options, maskPersonalDataOption].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			),
		};
	});
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
				withPrivacyOption(listed.operation),
			),
		),
	];
}

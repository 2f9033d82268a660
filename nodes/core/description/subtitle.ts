import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

type Names = Record<string, string>;

function optionNames(property: INodeProperties): Names {
	return Object.fromEntries(
		((property.options ?? []) as INodePropertyOptions[]).map((option) => [
			String(option.value),
			option.name,
		]),
	);
}

/**
 * The canvas subtitle, "Recognize Text · NHN General OCR": the display names of the chosen operation and resource
 * (not their internal values), read from the description itself so that operations added later are named too.
 */
export function subtitleFor(properties: INodeProperties[]): string {
	const resourceProperty = properties.find((property) => property.name === 'resource');
	const resources = resourceProperty ? optionNames(resourceProperty) : {};
	const operations: Record<string, Names> = {};
	for (const property of properties.filter((candidate) => candidate.name === 'operation')) {
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[])
			operations[resource] = { ...operations[resource], ...optionNames(property) };
	}
	return (
		`={{ [((${JSON.stringify(operations)})[$parameter["resource"]] ?? {})[$parameter["operation"]], ` +
		`(${JSON.stringify(resources)})[$parameter["resource"]]].filter(Boolean).join(" · ") }}`
	);
}

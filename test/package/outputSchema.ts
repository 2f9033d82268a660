/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The JSON Schema of what an operation really outputs, in the form n8n's own nodes ship under
// __schema__/v<version>/<resource>/<operation>.json (n8n serves it to the editor, which previews the fields of
// a node that has not run yet, and to its AI workflow builder).
import { basename, join } from 'node:path';
import type { INodeExecutionData } from 'n8n-workflow';
import type { OperationSpec } from './operations';

export interface JsonSchema {
	type: string | string[];
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
}

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function union(a: string | string[], b: string | string[]): string | string[] {
	const types = [...new Set([a, b].flat())].sort();
	return types.length === 1 ? types[0] : types;
}

function schemaOfValue(value: unknown): JsonSchema {
	const type = typeOf(value);
	if (type === 'array') {
		const items = (value as unknown[])
			.map(schemaOfValue)
			.reduce<
				JsonSchema | undefined
			>((merged, next) => (merged ? merge(merged, next) : next), undefined);
		return items ? { type, items } : { type };
	}
	if (type === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
			a.localeCompare(b),
		);
		return {
			type,
			properties: Object.fromEntries(entries.map(([key, inner]) => [key, schemaOfValue(inner)])),
		};
	}
	return { type };
}

/** Two samples of the same place: every property either has, the types of both. */
function merge(a: JsonSchema, b: JsonSchema): JsonSchema {
	const result: JsonSchema = { type: union(a.type, b.type) };
	if (a.properties || b.properties) {
		const keys = [
			...new Set([...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})]),
		].sort();
		result.properties = Object.fromEntries(
			keys.map((key) => {
				const left = a.properties?.[key];
				const right = b.properties?.[key];
				return [key, left && right ? merge(left, right) : (left ?? right)!];
			}),
		);
	}
	if (a.items || b.items)
		result.items = a.items && b.items ? merge(a.items, b.items) : (a.items ?? b.items);
	return result;
}

/** The schema of a run's items: the union of every item's JSON. */
export function schemaOfItems(items: INodeExecutionData[]): JsonSchema {
	return items
		.map((item) => schemaOfValue(item.json))
		.reduce((merged, next) => merge(merged, next), { type: 'object', properties: {} });
}

/** The repository (also when this file runs compiled from .build/test/package, as `npm run schemas` does). */
const above = join(__dirname, '..', '..');
export const REPOSITORY = basename(above) === '.build' ? join(above, '..') : above;

export const SCHEMA_ROOT = join(REPOSITORY, 'nodes', 'NhnClovaOcr', '__schema__');

/** n8n looks the schema up by the node's version as x.y.z, then resource and operation. */
export function schemaPath(spec: OperationSpec, version = '1.0.0'): string {
	return join(SCHEMA_ROOT, `v${version}`, spec.resource, `${spec.operation}.json`);
}

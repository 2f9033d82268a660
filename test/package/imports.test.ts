/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The product code's import graph: no circle, and every import goes with the flow. A node file uses its
// providers, a provider the core, the core's folders only the ones below them (model at the bottom, the item loop
// at the top); credentials use nothing but the core's service-URL, redirect and secret rules; the two providers
// never use each other, so that each single-service package holds one provider.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The core's folders, lowest first: a folder may import only from folders before it (and from itself). */
const CORE_ORDER = [
	'model',
	'privacy',
	'errors',
	'values',
	'parse',
	'input',
	'transport',
	'output',
	'review',
	'tool',
	'description',
	'node',
];

/** What credentials may import from the core: rules that hold for the credential's Test and the node alike. */
const CREDENTIAL_IMPORTS = [
	'nodes/core/transport/redirects.ts',
	'nodes/core/transport/serviceUrl.ts',
	'nodes/core/privacy/secrets.ts',
];

function productFiles(): string[] {
	return execFileSync(
		'git',
		['ls-files', '-co', '--exclude-standard', 'nodes', 'credentials', 'packages'],
		{
			cwd: ROOT,
			encoding: 'utf8',
		},
	)
		.split('\n')
		.filter(
			(file) =>
				(file.endsWith('.ts') && !file.startsWith('packages/')) ||
				/^packages\/[^/]+\/nodes\/[^/]+\/[^/]+\.node\.ts$/.test(file),
		);
}

function resolveImport(from: string, specifier: string): string | undefined {
	const base = resolve(ROOT, dirname(from), specifier);
	for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base])
		if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
	return undefined;
}

/** Every relative import of the product code, as [importer, imported] paths from the repository's root. */
function edges(): Array<[string, string]> {
	return productFiles().flatMap((file) =>
		[
			...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g),
		].map(([, specifier]): [string, string] => {
			const target = resolveImport(file, specifier);
			if (!target) throw new Error(`${file}: cannot resolve ${specifier}`);
			// A single-service node's links into the repository's sources are the sources themselves.
			return [file, target.replace(/^packages\/[^/]+\/(nodes|credentials)\//, '$1/')];
		}),
	);
}

type Place = { kind: 'node' | 'provider' | 'core' | 'credentials'; name: string };

function placeOf(file: string): Place {
	const parts = file.split('/');
	if (parts[0] === 'credentials') return { kind: 'credentials', name: 'credentials' };
	if (parts[0] === 'packages') return { kind: 'node', name: parts[3] };
	if (parts[1] === 'core') return { kind: 'core', name: parts[2] };
	if (parts[1] === 'nhn' || parts[1] === 'clova') return { kind: 'provider', name: parts[1] };
	return { kind: 'node', name: parts[1] };
}

/** Why `from` may not import `to`, or undefined when it may. */
function againstTheFlow(from: string, to: string): string | undefined {
	const a = placeOf(from);
	const b = placeOf(to);
	if (a.kind === 'credentials')
		return b.kind === 'credentials' || CREDENTIAL_IMPORTS.includes(to)
			? undefined
			: 'credentials use only the core’s URL, redirect and secret rules';
	if (b.kind === 'credentials') return 'node code never imports a credential file';
	if (a.kind === 'core') {
		if (b.kind !== 'core') return 'the core imports no provider and no node';
		const [ia, ib] = [CORE_ORDER.indexOf(a.name), CORE_ORDER.indexOf(b.name)];
		if (ia < 0 || ib < 0) return `core folder missing from CORE_ORDER: ${ia < 0 ? a.name : b.name}`;
		return ib <= ia ? undefined : `core/${a.name} is below core/${b.name}`;
	}
	if (a.kind === 'provider') {
		if (b.kind === 'node') return 'a provider imports no node file';
		if (b.kind === 'provider' && b.name !== a.name) return 'the providers never import each other';
	}
	return undefined;
}

describe('the import graph of the product code', () => {
	const graph = edges();

	it('has no import against the flow', () => {
		const wrong = graph
			.map(([from, to]) => ({ from, to, why: againstTheFlow(from, to) }))
			.filter((edge) => edge.why);
		expect(wrong).toEqual([]);
	});

	it('has no circle', () => {
		const next = new Map<string, string[]>();
		for (const [from, to] of graph) next.set(from, [...(next.get(from) ?? []), to]);
		const state = new Map<string, 'open' | 'done'>();
		const circles: string[][] = [];
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				circles.push([...path.slice(path.indexOf(file)), file]);
				return;
			}
			state.set(file, 'open');
			for (const to of next.get(file) ?? []) visit(to, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of next.keys()) visit(file, []);
		expect(circles).toEqual([]);
	});

	it('gives each single-service node one provider and its credentials only', () => {
		const reach = (start: string) => {
			const seen = new Set<string>();
			const stack = [start];
			while (stack.length) {
				const file = stack.pop()!;
				if (seen.has(file)) continue;
				seen.add(file);
				for (const [from, to] of graph) if (from === file) stack.push(to);
			}
			return [...seen];
		};
		const nhn = reach('packages/n8n-nodes-nhn-cloud-ocr/nodes/NhnCloudOcr/NhnCloudOcr.node.ts');
		const clova = reach('packages/n8n-nodes-clova-ocr/nodes/ClovaOcr/ClovaOcr.node.ts');
		expect(nhn.filter((file) => file.startsWith('nodes/clova/'))).toEqual([]);
		expect(clova.filter((file) => file.startsWith('nodes/nhn/'))).toEqual([]);
		expect(nhn.some((file) => file.startsWith('nodes/nhn/'))).toBe(true);
		expect(clova.some((file) => file.startsWith('nodes/clova/'))).toBe(true);
	});
});

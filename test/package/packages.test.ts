/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The single-service packages' folders (packages/*): each a complete community package of its own, made of its own
// files and links to the repository's sources, at the combined package's version. The e2e suite builds, lints and
// packs them (scripts/packages.mjs) and installs them into real n8n; these checks keep the folders honest in between.
import {
	existsSync,
	lstatSync,
	readFileSync,
	readdirSync,
	readlinkSync,
	realpathSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { INodeType } from 'n8n-workflow';

const ROOT = join(__dirname, '..', '..');
const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const N8N_DEFAULT_CONFIG = join(
	ROOT,
	'node_modules/@n8n/node-cli/dist/template/templates/shared/default/eslint.config.mjs',
);
const normalised = (path: string) => readFileSync(path, 'utf8').replace(/\s+/g, ' ').trim();

const folders = readdirSync(join(ROOT, 'packages')).filter((name) =>
	existsSync(join(ROOT, 'packages', name, 'package.json')),
);

/** Every path below `dir`, links included (not followed). */
function entries(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return lstatSync(path).isDirectory() ? [path, ...entries(path)] : [path];
	});
}

describe.each(folders)('packages/%s', (folder) => {
	const dir = join(ROOT, 'packages', folder);
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	const source = (distPath: string) =>
		join(dir, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));

	it('is named after its folder, at the combined package’s version, and released as it is', () => {
		expect(pkg.name).toBe(folder);
		expect(pkg.name).toMatch(/^n8n-nodes-/);
		expect(pkg.version).toBe(root.version);
		for (const field of ['license', 'author', 'bugs', 'publishConfig', 'peerDependencies', 'files'])
			expect([field, pkg[field]]).toEqual([field, root[field]]);
		expect(pkg.repository).toEqual({ ...root.repository, directory: `packages/${folder}` });
		expect(pkg.dependencies).toBeUndefined();
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain(`## ${pkg.version}`);
		expect(existsSync(join(dir, 'README.md'))).toBe(true);
	});

	it('is eligible for n8n Cloud: strict mode and n8n’s default lint configuration', () => {
		expect(pkg.n8n.strict).toBe(true);
		expect(normalised(join(dir, 'eslint.config.mjs'))).toBe(normalised(N8N_DEFAULT_CONFIG));
	});

	it('registers one node and the credentials that node uses, from sources it has', () => {
		expect(pkg.n8n.nodes).toHaveLength(1);
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials])
			expect([file, existsSync(source(file))]).toEqual([file, true]);
		const [nodeFile] = pkg.n8n.nodes;
		const classOf = (path: string) =>
			Object.values(require(path) as object).find((value) => typeof value === 'function');
		const NodeClass = classOf(source(nodeFile)) as new () => INodeType;
		const used = new NodeClass().description.credentials?.map((credential) => credential.name);
		const registered = pkg.n8n.credentials.map((file: string) => {
			const CredentialClass = classOf(source(file)) as new () => { name: string };
			return new CredentialClass().name;
		});
		expect([...new Set(used)].sort()).toEqual(registered.sort());
	});

	it('links to the repository’s sources only, and every link resolves', () => {
		const links = entries(dir).filter((path) => lstatSync(path).isSymbolicLink());
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			const target = realpathSync(link);
			const inRepository = relative(ROOT, target);
			expect([relative(dir, link), inRepository.startsWith('..')]).toEqual([
				relative(dir, link),
				false,
			]);
			expect(inRepository.startsWith('packages/')).toBe(false);
			expect(readlinkSync(link).startsWith('/')).toBe(false);
		}
	});

	it('has every icon its node and credentials name', () => {
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			const text = readFileSync(source(file), 'utf8');
			for (const [, icon] of text.matchAll(/'file:([^']+\.svg)'/g))
				expect([icon, existsSync(join(dirname(source(file)), icon))]).toEqual([icon, true]);
		}
	});
});

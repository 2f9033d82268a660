/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// `npm ci` on a fresh clone (GitHub Actions, another machine) installs exactly what package-lock.json lists and
// fails when the lockfile and package.json disagree — also for a platform binding the lockfile left out. And the
// README's `npm install` leaves the lockfile as it is: npm writes it with package.json's indentation (tabs here,
// Prettier's), so a lockfile reformatted by hand would be rewritten whole by the next install.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const pkgText = readFileSync(join(ROOT, 'package.json'), 'utf8');
const lockText = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');
const pkg = JSON.parse(pkgText);
const lock = JSON.parse(lockText) as {
	packages: Record<string, { optionalDependencies?: Record<string, string>; version?: string }>;
};

/** Where Node (and npm) would find `name` from the package installed at `location`: its own node_modules, then up. */
function resolves(location: string, name: string): boolean {
	let base = location;
	for (;;) {
		if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
		if (!base) return false;
		const index = base.lastIndexOf('/node_modules/');
		base = index === -1 ? '' : base.slice(0, index);
	}
}

describe('package-lock.json', () => {
	it("matches package.json's dependencies (what npm ci checks first)", () => {
		const root = lock.packages[''] as Record<string, unknown>;
		expect(root.name).toBe(pkg.name);
		expect(root.version).toBe(pkg.version);
		expect(root.devDependencies).toEqual(pkg.devDependencies);
		expect(root.peerDependencies).toEqual(pkg.peerDependencies);
		expect(pkg.dependencies).toBeUndefined();
	});

	it("lists every platform's optional binding, not only this machine's", () => {
		// A lockfile written over an existing node_modules once kept only linux-x64's @unrs/resolver-binding-*:
		// npm ci then fails on every other machine with "Missing: … from lock file".
		const missing = Object.entries(lock.packages).flatMap(([location, entry]) =>
			Object.keys(entry.optionalDependencies ?? {})
				.filter((name) => !resolves(location, name))
				.map((name) => `${location || '(root)'} → ${name}`),
		);
		expect(missing).toEqual([]);
	});

	it('is formatted as npm writes it: indented like package.json, one newline at the end', () => {
		const indent = (text: string) => /^\{\r?\n([ \t]+)"/.exec(text)?.[1];
		expect(indent(pkgText)).toBeDefined();
		expect(JSON.stringify(lock, null, indent(pkgText)) + '\n').toBe(lockText);
	});
});

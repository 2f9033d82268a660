// `npm version <patch|minor|major>` runs this (package.json's "version" script) after it has set the new version and
// before it commits: the single-service packages in packages/ take the same version, as the three are released
// together from one tag (they share their credential types, which must stay identical).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const name of readdirSync(join(root, 'packages'))) {
	const file = join(root, 'packages', name, 'package.json');
	if (!existsSync(file)) continue;
	const manifest = JSON.parse(readFileSync(file, 'utf8'));
	manifest.version = version;
	writeFileSync(file, `${JSON.stringify(manifest, null, '\t')}\n`);
	process.stdout.write(`${manifest.name}@${version}\n`);
}

// `prepublishOnly`: after `n8n-node prerelease` (which refuses an `npm publish` not started by `npm run release`),
// refuse a publish that would go out without npm provenance. n8n verifies community packages only when they
// were published from GitHub Actions with a provenance statement (required since 2026-05-01), so a package
// published from a laptop could never be verified. (package.json's publishConfig.provenance makes npm itself
// refuse outside GitHub Actions too, also when .npmrc's ignore-scripts skips this script.) The GitHub owner placeholder must be replaced first too:
// provenance ties the package to the repository named in package.json.
import { readFileSync, readdirSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const pkg = read('../package.json');
// The three packages are released together: the single-service ones' manifests and the credentials they share
// must be ready too before the first of them goes out.
const singles = readdirSync(new URL('../packages/', import.meta.url)).map((name) =>
	read(`../packages/${name}/package.json`),
);
const problems = [];
if (![process.env.npm_config_provenance, process.env.NPM_CONFIG_PROVENANCE].includes('true'))
	problems.push('npm provenance is off (npm run release in GitHub Actions turns it on)');
if (process.env.GITHUB_ACTIONS !== 'true')
	problems.push(
		'this is not a GitHub Actions run (.github/workflows/publish.yml publishes on a version tag)',
	);
const placeholder = /GITHUB-OWNER/;
for (const manifest of [pkg, ...singles]) {
	for (const [field, value] of [
		['repository.url', manifest.repository?.url],
		['homepage', manifest.homepage],
		['bugs.url', manifest.bugs?.url],
		['author.email', manifest.author?.email],
	]) {
		if (!value || placeholder.test(value))
			problems.push(
				`${manifest.name}'s package.json ${field} still has the GITHUB-OWNER placeholder`,
			);
	}
	if (manifest.version !== pkg.version)
		problems.push(
			`${manifest.name} is at ${manifest.version}, not ${pkg.version}: run npm version again`,
		);
}
for (const name of readdirSync(new URL('../credentials/', import.meta.url)))
	if (placeholder.test(readFileSync(new URL(`../credentials/${name}`, import.meta.url), 'utf8')))
		problems.push(`credentials/${name} still has the GITHUB-OWNER placeholder (documentationUrl)`);
if (problems.length) {
	console.error(`Refusing to publish ${pkg.name}@${pkg.version}:\n- ${problems.join('\n- ')}`);
	console.error('Release with a version tag: see "Releasing" in CONTRIBUTING.md.');
	process.exit(1);
}

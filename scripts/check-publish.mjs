// `prepublishOnly`: after `n8n-node prerelease` (which refuses an `npm publish` not started by `npm run release`),
// refuse a publish that would go out without npm provenance. n8n verifies community packages only when they
// were published from GitHub Actions with a provenance statement (required since 2026-05-01), so a package
// published from a laptop could never be verified. (package.json's publishConfig.provenance makes npm itself
// refuse outside GitHub Actions too, also when .npmrc's ignore-scripts skips this script.) The GitHub owner placeholder must be replaced first too:
// provenance ties the package to the repository named in package.json.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const problems = [];
if (![process.env.npm_config_provenance, process.env.NPM_CONFIG_PROVENANCE].includes('true'))
	problems.push('npm provenance is off (npm run release in GitHub Actions turns it on)');
if (process.env.GITHUB_ACTIONS !== 'true')
	problems.push(
		'this is not a GitHub Actions run (.github/workflows/publish.yml publishes on a version tag)',
	);
const placeholder = /GITHUB-OWNER/;
for (const [field, value] of [
	['repository.url', pkg.repository?.url],
	['homepage', pkg.homepage],
	['bugs.url', pkg.bugs?.url],
	['author.email', pkg.author?.email],
]) {
	if (!value || placeholder.test(value))
		problems.push(`package.json ${field} still has the GITHUB-OWNER placeholder`);
}
if (problems.length) {
	console.error(`Refusing to publish ${pkg.name}@${pkg.version}:\n- ${problems.join('\n- ')}`);
	console.error('Release with a version tag: see "Releasing" in README.md.');
	process.exit(1);
}

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The output schemas the package ships (nodes/NhnClovaOcr/__schema__, copied into dist by the build; the e2e cli
// suite finds every one in the packed package) are what each operation really outputs with its default Output:
// regenerate them with `npm run schemas`.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closeHarness } from '../harness';
import { useEmulator } from '../node/setup';
import { schemaOfItems, schemaPath } from './outputSchema';
import { description, operationSpecs, runSample } from './operations';

const emulator = useEmulator();
afterAll(closeHarness);
const ROOT = join(__dirname, '..', '..');

describe('output schemas (__schema__/v1.0.0/<resource>/<operation>.json)', () => {
	it('the node has one version, 1 → v1.0.0', () => {
		expect(description.version).toBe(1);
	});

	it.each(operationSpecs().map((spec) => [`${spec.resource}/${spec.operation}`, spec] as const))(
		'%s: the shipped schema is what the operation outputs',
		async (_title, spec) => {
			const path = schemaPath(spec);
			const shown = relative(ROOT, path);
			if (!existsSync(path))
				throw new Error(`${shown} is missing: run "npm run schemas" and commit the file`);
			const run = await runSample(emulator(), spec, { output: spec.defaultOutput });
			expect(run.error).toBeUndefined();
			const shipped = JSON.parse(readFileSync(path, 'utf8'));
			expect({ file: shown, schema: schemaOfItems(run.items) }).toEqual({
				file: shown,
				schema: shipped,
			});
		},
	);
});

/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// `npm run schemas`: runs every operation against the emulator with its default output and writes what it
// really outputs as nodes/NhnClovaOcr/__schema__/v1.0.0/<resource>/<operation>.json. An operation added later
// is covered on the next run; test/package/outputSchema.test.ts fails while a file is missing or out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { startEmulator } from '../emulator';
import { closeHarness } from '../harness';
import { schemaOfItems, schemaPath } from './outputSchema';
import { operationSpecs, runSample } from './operations';

async function main() {
	const emulator = await startEmulator();
	try {
		for (const spec of operationSpecs()) {
			const run = await runSample(emulator, spec, { output: spec.defaultOutput });
			if (run.error) throw new Error(`${spec.resource}.${spec.operation}: ${run.error.message}`);
			const path = schemaPath(spec);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, `${JSON.stringify(schemaOfItems(run.items), null, '\t')}\n`);
			console.log(`wrote ${relative(process.cwd(), path)} (${run.items.length} items)`);
		}
	} finally {
		await emulator.close();
		await closeHarness();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

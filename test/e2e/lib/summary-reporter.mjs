// A node:test reporter that writes what run.sh prints at the end: one line per test file with the time it took
// ("time cli.test.mjs 241 s"), then the plain closing line "N passed, N failed[, N skipped]" (always the last line).
// Suites are not counted, only tests; a test file that crashes outside any test counts as one failure.
import { basename } from 'node:path';

export default async function* summary(source) {
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	/** Seconds per test file: the sum of its top-level suites and tests (their hooks included). */
	const seconds = new Map();
	for await (const event of source) {
		if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
		const { details, skip, todo, nesting, file } = event.data;
		if (nesting === 0 && file) {
			const name = basename(file);
			seconds.set(name, (seconds.get(name) ?? 0) + (details?.duration_ms ?? 0) / 1000);
		}
		if (details?.type === 'suite') {
			// A suite's tests are counted one by one (those cancelled by a failed hook count as failed);
			// a suite that threw while being defined has no tests to count, so it counts once.
			if (event.type === 'test:fail' && details.error?.failureType === 'testCodeFailure') failed++;
			continue;
		}
		if (skip || todo) skipped++;
		else if (event.type === 'test:pass') passed++;
		else failed++;
	}
	for (const [name, total] of seconds) yield `time ${name} ${Math.round(total)} s\n`;
	yield `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}

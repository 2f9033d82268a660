// A node:test reporter that writes the plain closing line run.sh prints: "N passed, N failed[, N skipped]".
// Suites are not counted, only tests; a test file that crashes outside any test counts as one failure.
export default async function* summary(source) {
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	for await (const event of source) {
		if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
		const { details, skip, todo } = event.data;
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
	yield `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}

// Debian's chromium (/usr/bin/chromium), driven by playwright-core; never a browser build of playwright's own.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { WORK_DIR } from './paths.mjs';
import { playwright } from './tools.mjs';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * A fresh profile (--user-data-dir) each time. Requests to anything but loopback are aborted and recorded:
 * the editor asks the npm registry about community packages, which must not leave the machine.
 */
export async function launchBrowser(name = 'chromium-profile') {
	const userDataDir = join(WORK_DIR, name);
	await rm(userDataDir, { recursive: true, force: true });
	await mkdir(userDataDir, { recursive: true });
	const { chromium } = playwright();
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM,
		headless: true,
		args: ARGS,
		viewport: { width: 1440, height: 900 },
		locale: 'en-US',
		timezoneId: 'UTC',
	});
	const blocked = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (
			['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) ||
			url.protocol === 'data:' ||
			url.protocol === 'blob:'
		) {
			return route.continue();
		}
		blocked.push(url.href);
		return route.abort('blockedbyclient');
	});
	context.setDefaultTimeout(20_000);
	playwright().selectors.setTestIdAttribute('data-test-id');
	return { context, blocked };
}

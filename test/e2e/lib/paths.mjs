// Paths and names shared by the end-to-end suites.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = dirname(dirname(E2E_DIR));
/** The pinned n8n install (install.sh); E2E_N8N_DIR points at another install of the same manifest. */
export const N8N_DIR = process.env.E2E_N8N_DIR || join(E2E_DIR, 'n8n');
export const N8N_BIN = join(N8N_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
export const WORK_DIR = join(E2E_DIR, '.work');
export const SCREENSHOT_DIR = join(E2E_DIR, 'screenshots');
export const FIXTURE_FILES = join(ROOT, 'test', 'fixtures', 'files');
/** The emulator and the fixture catalog, compiled by run.sh (test/e2e/tsconfig.tools.json); `npm run bench` points
 * E2E_TOOLS_DIR at its own build (.build). */
export const TOOLS_DIR = process.env.E2E_TOOLS_DIR || join(WORK_DIR, 'tools');

export const PACKAGE_NAME = 'n8n-nodes-nhn-clova-ocr';
export const NODE_NAME = 'nhnClovaOcr';
export const NODE_TYPE = `${PACKAGE_NAME}.${NODE_NAME}`;
export const NODE_DISPLAY_NAME = 'NHN & CLOVA OCR';
export const N8N_VERSION = '2.41.1';

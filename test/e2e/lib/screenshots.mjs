// The README's screenshots. A run of the editor suite writes every screenshot to test/e2e/screenshots/ (never to
// docs/) and compares each README screenshot with the committed one in docs/; `npm run screenshots`
// (E2E_UPDATE_SCREENSHOTS=1, the editor suite alone) writes them to docs/ instead.
//
// The comparison: the same size, and the same picture at the scale of a few pixels — the image reduced to a grid of
// 48 × 30 cells (30 × 30 px at 1440 × 900), each its mean grey. What differs from run to run in the same editor state
// (an emulator's port, a duration, a chat session id, anti-aliasing) moves a cell by a few grey levels: measured over
// runs of the suite, 14.6 at most (the emulator's port in a Base URL), no cell over CELL_TOLERANCE (another port may
// push a cell or two over it, hence MAX_CHANGED_CELLS). A panel, a node, an output, a toast, a notice or a dialog
// that is not where the committed picture has it moves many cells by far more: the output panel as committed before
// (another credential name, a toast) differs in 35 cells, the workflow with one node painted out in 30. A word
// changed inside a line is below what this sees: the tests assert texts themselves.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cellGrid, decodePng } from './png.mjs';
import { ROOT, SCREENSHOT_DIR } from './paths.mjs';

export const DOCS_DIR = join(ROOT, 'docs');
/** `npm run screenshots`: the README's screenshots are written to docs/ rather than compared with it. */
export const UPDATE = process.env.E2E_UPDATE_SCREENSHOTS === '1';
export const README_SHOT_DIR = join(SCREENSHOT_DIR, 'readme');

const GRID = { columns: 48, rows: 30 };
/** A cell whose mean grey moved by more than this has changed. */
const CELL_TOLERANCE = 16;
/** More changed cells than this (of 1,440), and the picture is no longer the committed one. */
const MAX_CHANGED_CELLS = 6;

/** How two PNG files differ: { sameSize, sizes, changedCells, largest } (cells compared only at the same size). */
export function difference(taken, committed) {
	const a = decodePng(taken);
	const b = decodePng(committed);
	const sizes = `${a.width}×${a.height} now, ${b.width}×${b.height} committed`;
	if (a.width !== b.width || a.height !== b.height) return { sameSize: false, sizes };
	const gridA = cellGrid(a, GRID.columns, GRID.rows);
	const gridB = cellGrid(b, GRID.columns, GRID.rows);
	const changed = [];
	let largest = 0;
	gridA.forEach((grey, index) => {
		const delta = Math.abs(grey - gridB[index]);
		largest = Math.max(largest, delta);
		if (delta > CELL_TOLERANCE) changed.push({ index, delta });
	});
	return {
		sameSize: true,
		sizes,
		changedCells: changed.length,
		largest: Math.round(largest * 10) / 10,
		// Where the changes are, as rows and columns of the grid (row 0 at the top).
		where: changed
			.slice(0, 8)
			.map(({ index }) => `r${Math.floor(index / GRID.columns)}c${index % GRID.columns}`)
			.join(' '),
	};
}

/**
 * Takes one of the README's screenshots (of the page, or of the part `clip` names: a dialog) into
 * test/e2e/screenshots/readme/<name>.png, then either writes it to docs/<name>.png (`npm run screenshots`) or
 * asserts that docs/<name>.png still shows the same picture. Returns the path of the screenshot taken.
 */
export async function readmeShot(page, name, { clip } = {}) {
	mkdirSync(README_SHOT_DIR, { recursive: true });
	const taken = join(README_SHOT_DIR, `${name}.png`);
	await page.screenshot({ path: taken, animations: 'disabled', caret: 'hide', clip });
	console.log(`screenshot (README): ${taken}`);
	const committed = join(DOCS_DIR, `${name}.png`);
	if (UPDATE) {
		copyFileSync(taken, committed);
		console.log(`  written to ${relative(ROOT, committed)}`);
		return taken;
	}
	const update = 'look at it, then run `scripts/node24 npm run screenshots` and commit docs/';
	assert.ok(
		existsSync(committed),
		`${relative(ROOT, committed)} is not committed; the editor shows ${relative(ROOT, taken)}: ${update}`,
	);
	const diff = difference(taken, committed);
	console.log(
		`  compared with ${relative(ROOT, committed)}: ${diff.sameSize ? `${diff.changedCells} cells changed, the largest change ${diff.largest} grey levels` : diff.sizes}`,
	);
	assert.ok(
		diff.sameSize && diff.changedCells <= MAX_CHANGED_CELLS,
		`${relative(ROOT, committed)} no longer matches what the editor shows (${relative(ROOT, taken)}): ` +
			(diff.sameSize
				? `${diff.changedCells} of ${GRID.columns * GRID.rows} cells changed (at most ${MAX_CHANGED_CELLS} may), by up to ${diff.largest} grey levels, e.g. at ${diff.where}`
				: `a different size, ${diff.sizes}`) +
			`; ${update}`,
	);
	return taken;
}

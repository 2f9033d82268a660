const { rmSync } = require('fs');
const { src, dest } = require('gulp');

// A build starts from an empty dist/, so a file whose source was moved or deleted is not packed with the rest.
function clean(done) {
	rmSync('dist', { recursive: true, force: true });
	done();
}

// tsc compiles only TypeScript; the icons, the codex (*.node.json: aliases, categories) and the output schemas
// (__schema__/v1.0.0/<resource>/<operation>.json, served by n8n for the editor's preview) are copied beside it.
function copyAssets() {
	return src(
		[
			'nodes/**/*.{png,svg}',
			'nodes/**/*.node.json',
			'nodes/**/__schema__/**/*.json',
			'credentials/**/*.{png,svg}',
			'icons/**/*.{png,svg}',
		],
		{ base: '.', encoding: false },
	).pipe(dest('dist'));
}

exports.clean = clean;
exports['build:icons'] = copyAssets;

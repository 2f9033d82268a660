const { src, dest } = require('gulp');

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

exports['build:icons'] = copyAssets;

const { src, dest } = require('gulp');

// tsc compiles only TypeScript; the icons (and the codex .node.json) are copied beside the output.
function copyAssets() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}', 'icons/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = copyAssets;

const fs = require('fs');
const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

// dist/ starts empty on every build: nothing a previous build left (e.g. declaration files) is packed.
task('clean', function clean(done) {
	fs.rmSync(path.resolve('dist'), { recursive: true, force: true });
	done();
});

// n8n resolves `file:` icons relative to the compiled node and credential files, and reads each node's
// codex (`<Node>.node.json`) beside it.
function copyIcons() {
	const nodeSource = path.resolve('nodes', '**', '*.{png,svg,node.json}');
	const nodeDestination = path.resolve('dist', 'nodes');
	src(nodeSource, { encoding: false }).pipe(dest(nodeDestination));

	const iconSource = path.resolve('icons', '*.{png,svg}');
	src(iconSource, { encoding: false }).pipe(dest(path.resolve('dist', 'icons')));

	const credSource = path.resolve('credentials', '**', '*.{png,svg}');
	return src(credSource, { encoding: false }).pipe(dest(path.resolve('dist', 'credentials')));
}

/**
 * Imported first by a process that runs workflows as a given n8n release does. With `BENCH_N8N_MODULES` set (the
 * `node_modules` folder of an n8n install), every `require` of n8n-core, n8n-workflow or n8n-nodes-base in this
 * process, the built Seam node's included, loads that install's copy instead of this repository's
 * devDependencies: the way n8n itself makes a community package's `require('n8n-workflow')` find n8n's own copy (it
 * puts its `node_modules` on NODE_PATH at start-up, load-nodes-and-credentials.js). NODE_PATH cannot do it here,
 * because this repository's `node_modules` would be found first. Without the variable, nothing is redirected.
 */
import '../test/harness/user-folder';

import Module from 'node:module';
import { dirname } from 'node:path';

const N8N_PACKAGE = /^(n8n-core|n8n-workflow|n8n-nodes-base)(\/|$)/;

const n8nModules = process.env.BENCH_N8N_MODULES;
if (n8nModules) {
	type Resolve = (request: string, parent: unknown, isMain: boolean, options?: { paths?: string[] }) => string;
	const loader = Module as unknown as { _resolveFilename: Resolve };
	const resolve = loader._resolveFilename;
	// `paths` is where a lookup starts: the folder holding `node_modules`, as for a file of the n8n install.
	const from = { paths: [dirname(n8nModules)] };
	loader._resolveFilename = function (request, parent, isMain, options) {
		return resolve.call(this, request, parent, isMain, N8N_PACKAGE.test(request) ? from : options);
	};
}

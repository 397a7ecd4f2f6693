import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const INSTALL_SCRIPT = join(__dirname, '..', 'scripts', 'e2e', 'install-n8n.sh');

/** How to get the n8n install that the comparison with n8n's own nodes needs. */
export const N8N_MISSING =
	'n8n 2.8.4 is not installed: the HTTP Request rows (5c, 5d) were skipped, and the Seam node rows ran on this ' +
	'repository\'s n8n-core devDependency. Install n8n once (about 3-4 minutes, 2.3 GB, ' +
	'into ~/.cache/n8n-nodes-seam-e2e or $N8N_E2E_CACHE) with `bash scripts/e2e/install-n8n.sh` ' +
	'(`npm run test:e2e` does the same), then run the bench again.';

/**
 * The `node_modules` folder of the n8n that `npm run test:e2e` installs (n8n 2.8.4 with its n8n-core, n8n-workflow
 * and n8n-nodes-base), found by the install script itself without installing anything; undefined when absent.
 */
export function cachedN8nModules(): string | undefined {
	const found = spawnSync('bash', [INSTALL_SCRIPT, '--if-installed'], { encoding: 'utf8' });
	if (found.status !== 0) return undefined;
	// The script prints <install>/node_modules/.bin/n8n.
	return dirname(dirname(found.stdout.trim()));
}

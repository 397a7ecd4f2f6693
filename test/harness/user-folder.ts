/**
 * Imported first by a script that loads n8n-core outside jest (demo, bench): n8n-core reads and writes its user
 * folder when it loads, so give it a throwaway one, removed when the process exits, instead of the user's ~/.n8n.
 * Under jest, global-setup.ts has set one already.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import '../setup-env';

if (!process.env.N8N_USER_FOLDER) {
	const userFolder = mkdtempSync(join(tmpdir(), 'n8n-seam-script-'));
	process.env.N8N_USER_FOLDER = userFolder;
	const remove = () => rmSync(userFolder, { recursive: true, force: true });
	process.once('exit', remove);
	// 'exit' does not fire on Ctrl-C or a kill: remove the folder, then end as the signal would.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			remove();
			process.kill(process.pid, signal);
		});
	}
}

import { makeRunFolder, removeFoldersOfEndedRuns, removeRunFolder } from './run-folder';

/**
 * One throwaway n8n user folder for the whole run (see run-folder.ts). Jest's workers inherit the environment set
 * here; global-teardown.ts removes the folder at the end of a run, failed test files included. A run cut short skips
 * global teardown: on process.exit (e.g. a test calling it) and on SIGINT/SIGTERM/SIGHUP (Ctrl-C, a timeout's kill)
 * the handlers below remove it instead, and a SIGKILL's folder goes at the next run's start.
 */
export default function globalSetup(): void {
	removeFoldersOfEndedRuns();
	// A folder the caller chose is used as it is, and never removed (nor one an enclosing jest run named).
	delete process.env.N8N_SEAM_TEST_FOLDER;
	if (process.env.N8N_USER_FOLDER) return;

	const folder = makeRunFolder();
	process.env.N8N_USER_FOLDER = folder;
	process.env.N8N_SEAM_TEST_FOLDER = folder;

	process.once('exit', () => removeRunFolder(folder));
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			removeRunFolder(folder);
			// This handler was the signal's only one (jest installs none outside watch mode): raised again, it ends
			// the process as it would have without us.
			process.kill(process.pid, signal);
		});
	}
}

import { removeRunFolder } from './run-folder';

/** Removes the run's n8n user folder made by global-setup.ts (only that one, never a folder the caller chose). */
export default function globalTeardown(): void {
	const folder = process.env.N8N_SEAM_TEST_FOLDER;
	if (folder) removeRunFolder(folder);
}

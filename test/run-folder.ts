import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The jest run's throwaway n8n user folder (n8n-core reads its user folder when it loads: keep tests out of ~/.n8n).
// Its name carries the pid of the jest process that made it, `n8n-seam-test-<pid>-XXXXXX`: a run that was killed
// before it could remove its folder leaves a pid that no longer runs, and the next run removes that folder.

export const RUN_FOLDER_PREFIX = 'n8n-seam-test-';
const OWNER = new RegExp(`^${RUN_FOLDER_PREFIX}(\\d+)-`);

/** A new folder in the temp folder, owned by this process. */
export function makeRunFolder(): string {
	return mkdtempSync(join(tmpdir(), `${RUN_FOLDER_PREFIX}${process.pid}-`));
}

export function removeRunFolder(folder: string): void {
	rmSync(folder, { recursive: true, force: true });
}

/** Removes the run folders in the temp folder whose jest process no longer runs; returns their names. */
export function removeFoldersOfEndedRuns(): string[] {
	const ended = readdirSync(tmpdir()).filter((name) => {
		const owner = OWNER.exec(name)?.[1];
		return owner !== undefined && !isRunning(Number(owner));
	});
	for (const name of ended) removeRunFolder(join(tmpdir(), name));
	return ended;
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

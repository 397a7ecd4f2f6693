import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One throwaway n8n user folder for the whole run (n8n-core reads its user folder when it loads: keep tests out of
 * ~/.n8n). Jest's workers inherit the environment set here; global-teardown.ts removes the folder.
 */
export default function globalSetup(): void {
	process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-seam-test-'));
	process.env.N8N_SEAM_TEST_FOLDER = process.env.N8N_USER_FOLDER;
}

import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { RUN_FOLDER_PREFIX } from '../run-folder';

// Run by run-folder.test.ts in a jest run of its own, with a temp folder of its own: how this run ends is
// RUN_FOLDER_PROBE's choice (`fail`, `exit`, or `hang` until the test stops it).

test('the run has its n8n user folder in the temp folder', () => {
	const folder = process.env.N8N_USER_FOLDER ?? '';
	expect(folder.startsWith(join(tmpdir(), RUN_FOLDER_PREFIX))).toBe(true);
	expect(existsSync(folder)).toBe(true);
	// What n8n-core writes there when it loads.
	writeFileSync(join(folder, 'config'), '{}');
});

test('the run ends as the probe was told', async () => {
	const end = process.env.RUN_FOLDER_PROBE;
	if (end === 'exit') process.exit(1);
	if (end === 'hang') {
		writeFileSync(join(process.env.N8N_USER_FOLDER ?? '', 'ready'), '');
		await new Promise(() => undefined);
	}
	expect(end).not.toBe('fail');
});

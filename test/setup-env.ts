import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core reads its user folder when it loads: keep each test run out of ~/.n8n.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-seam-test-'));
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
// A fixed key for the throwaway folder, so n8n-core does not generate and announce one on every run.
process.env.N8N_ENCRYPTION_KEY ??= 'n8n-nodes-seam-tests-only';

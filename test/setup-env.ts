// N8N_USER_FOLDER comes from global-setup.ts: one throwaway folder per run, removed at its end.
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
// A fixed key for the throwaway folder, so n8n-core does not generate and announce one on every run.
process.env.N8N_ENCRYPTION_KEY ??= 'n8n-nodes-seam-tests-only';

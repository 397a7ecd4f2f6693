/**
 * What the Seam node and the Seam Trigger say about themselves: the same words. n8n's node panel merges a trigger
 * named `<node>Trigger` into `<node>` as one "Seam" entry, actions and triggers together, and shows the trigger's
 * description on it (n8n's editor, useActionsGeneration.ts: "default to trigger description"); with one text for
 * both, the panel shows the action node's own description.
 */
export const SEAM_APP_DESCRIPTION =
	'Give guests and staff mobile keys, PIN codes and cards, lock and unlock doors, and start workflows when Seam reports a key issued or a door opened';

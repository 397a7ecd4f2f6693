const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is shaped as Seam's IDs are (a UUID). */
export function isSeamId(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

/**
 * The value chosen in a resource locator: `value` of the `{ __rl, mode, value }` n8n stores, or the plain value an
 * expression gave instead; text trimmed. Every reader of a picker (Seam IDs, webhook IDs, trigger filters, pickers
 * that depend on another) goes through here, so they all accept the same things.
 */
export function locatorValue(value: unknown): unknown {
	const chosen = typeof value === 'object' && value !== null && '__rl' in value ? (value as { value?: unknown }).value : value;
	return typeof chosen === 'string' ? chosen.trim() : chosen;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is shaped as Seam's IDs are (a UUID). */
export function isSeamId(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

/** Comma-separated text, or a list from an expression, as trimmed non-empty strings. */
export function toList(value: unknown): string[] {
	const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
	return values.map((entry) => String(entry ?? '').trim()).filter(Boolean);
}

/** Whether two timestamps are the same moment (Seam may write them differently than n8n does). */
export function sameInstant(a: unknown, b: unknown): boolean {
	return typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);
}

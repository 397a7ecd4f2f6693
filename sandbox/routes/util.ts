/** Seam's `search`: a case-insensitive partial match on any of the fields (no search: everything). */
export function matchesSearch(search: string | undefined, fields: Array<string | null | undefined>): boolean {
	if (search === undefined || search === '') return true;
	const needle = search.toLowerCase();
	return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle));
}

/** `created_before` filter: objects created strictly before the timestamp. */
export const createdBefore = (createdAt: string, before: string | Date | undefined): boolean =>
	before === undefined || Date.parse(createdAt) < new Date(before).getTime();

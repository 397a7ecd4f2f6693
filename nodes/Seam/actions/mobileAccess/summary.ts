import type { IDataObject } from 'n8n-workflow';

// What the front desk reads first in a Provision item: who, where, when, the key link and each way in, in words.
// Seam's whole objects follow under their own names.

const METHOD_NAMES: Record<string, string> = { mobile_key: 'Mobile key', code: 'PIN code', card: 'Card', cloud_key: 'Cloud key' };

/** One access method's state in words: "Mobile key: ready", "PIN code: 1234", "Card: to write at the front desk". */
function methodState(method: IDataObject): string {
	const name = METHOD_NAMES[method.mode as string] ?? String(method.mode);
	if (method.mode === 'code' && method.code) return `${name}: ${method.code as string}${method.is_issued === true ? '' : ' (being set on the lock)'}`;
	if (method.is_issued === true) return `${name}: ready`;
	if (method.mode === 'card') return `${name}: to write at the front desk`;
	return `${name}: being issued by Seam`;
}

const namesOf = (objects: unknown, field: string): string[] =>
	((objects as IDataObject[] | undefined) ?? []).map((object) => String(object[field] ?? object.name ?? ''));

/**
 * The summary of an Access Grant mode item. Access methods Seam has not made yet (a new grant) are named from what
 * was requested, as being issued.
 */
export function grantSummary(item: IDataObject): IDataObject {
	const grant = item.access_grant as IDataObject;
	const identity = item.user_identity as IDataObject;
	const made = (item.access_methods as IDataObject[]) ?? [];
	const requested = ((grant.requested_access_methods as IDataObject[] | undefined) ?? []).filter(
		(request) => !made.some((method) => method.mode === request.mode),
	);
	return {
		guest: identity.full_name ?? identity.display_name ?? null,
		guest_key: identity.user_identity_key ?? null,
		doors: [...namesOf(item.spaces, 'name'), ...namesOf(item.acs_entrances, 'display_name'), ...namesOf(item.devices, 'display_name')],
		starts_at: grant.starts_at ?? null,
		ends_at: grant.ends_at ?? null,
		key_link: grant.instant_key_url ?? null,
		access: [...made.map(methodState), ...requested.map((request) => methodState({ mode: request.mode }))],
	};
}

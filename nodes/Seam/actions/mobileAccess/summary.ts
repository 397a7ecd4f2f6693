import type { AccessGrant, AccessMethod, AcsEntrance, Device, Space, UserIdentity } from '@seamapi/types/connect';
import type { IDataObject } from 'n8n-workflow';

// What the front desk reads first in a Provision item: who, where, when, the key link and each way in, in words.
// Seam's whole objects follow under their own names.

const METHOD_NAMES: Record<string, string> = { mobile_key: 'Mobile key', code: 'PIN code', card: 'Card', cloud_key: 'Cloud key' };

/** An access method as the summary tells it: one Seam has made, or one only requested so far (its mode). */
type MethodShown = Pick<AccessMethod, 'mode'> & Partial<Pick<AccessMethod, 'code' | 'is_issued'>>;

/** One access method's state in words: "Mobile key: ready", "PIN code: 1234", "Card: to write at the front desk". */
function methodState(method: MethodShown): string {
	const name = METHOD_NAMES[method.mode] ?? method.mode;
	if (method.mode === 'code' && method.code) return `${name}: ${method.code}${method.is_issued === true ? '' : ' (being set on the lock)'}`;
	if (method.is_issued === true) return `${name}: ready`;
	if (method.mode === 'card') return `${name}: to write at the front desk`;
	return `${name}: being issued by Seam`;
}

/** What the summary reads of an Access Grant mode item: Seam's objects under their own names. */
export type GrantItem = {
	/** Seam's user identity, or (a person Provision creates with the grant) the details sent for them. */
	user_identity: Partial<Pick<UserIdentity, 'full_name' | 'display_name' | 'user_identity_key'>> | IDataObject;
	access_grant: AccessGrant;
	access_methods: AccessMethod[];
	acs_entrances: AcsEntrance[];
	devices: Device[];
	spaces?: Space[];
};

/**
 * The summary of an Access Grant mode item. Access methods Seam has not made yet (a new grant) are named from what
 * was requested, as being issued.
 */
export function grantSummary(item: GrantItem): IDataObject {
	const { access_grant: grant, user_identity: identity, access_methods: made } = item;
	const requested = (grant.requested_access_methods ?? []).filter((request) => !made.some((method) => method.mode === request.mode));
	return {
		guest: identity.full_name ?? identity.display_name ?? null,
		guest_key: identity.user_identity_key ?? null,
		doors: [
			...(item.spaces ?? []).map((space) => space.name),
			...item.acs_entrances.map((entrance) => entrance.display_name),
			...item.devices.map((device) => device.display_name),
		],
		starts_at: grant.starts_at ?? null,
		ends_at: grant.ends_at ?? null,
		key_link: grant.instant_key_url ?? null,
		access: [...made.map(methodState), ...requested.map((request) => methodState({ mode: request.mode }))],
	};
}

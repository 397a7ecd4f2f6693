import type { SandboxStore } from '../../sandbox';

/** How many of each thing the sandbox holds: equal before and after a run means the run created nothing. */
export function storeCounts(store: SandboxStore): Record<string, number> {
	return {
		userIdentities: store.userIdentities.size,
		acsUsers: store.acsUsers.size,
		credentials: store.credentials.size,
		memberships: [...store.acsUsers.values()].reduce((sum, user) => sum + user.acs_access_group_ids.length, 0),
		phones: store.phones.size,
	};
}

/** Copies beyond the first of each key. */
function extraCopies(keys: Iterable<string>): number {
	const seen = new Set<string>();
	let extra = 0;
	for (const key of keys) {
		if (seen.has(key)) extra += 1;
		seen.add(key);
	}
	return extra;
}

/**
 * What a provision must never leave twice: a user identity per key, an ACS user per identity and system, a
 * membership per ACS user and access group, a mobile key per ACS user. All zero when nothing is duplicated.
 */
export function duplicates(store: SandboxStore): Record<string, number> {
	const users = [...store.acsUsers.values()];
	return {
		userIdentities: extraCopies(
			[...store.userIdentities.values()].flatMap((identity) => identity.user_identity_key ?? []),
		),
		acsUsers: extraCopies(users.flatMap((user) => (user.user_identity_id ? `${user.user_identity_id}/${user.acs_system_id}` : []))),
		memberships: users.reduce((sum, user) => sum + extraCopies(user.acs_access_group_ids), 0),
		mobileKeys: extraCopies(
			[...store.credentials.values()].flatMap((credential) =>
				credential.access_method === 'mobile_key' && credential.acs_user_id ? credential.acs_user_id : [],
			),
		),
	};
}

export const noDuplicates = { userIdentities: 0, acsUsers: 0, memberships: 0, mobileKeys: 0 };

import { assertEndsAt, assertUniqueIdentity } from '../domain';
import { badRequest, invalidParam, notFound } from '../errors';
import { lockOf, renderDevice } from '../devices';
import { renderEntrance, renderUserIdentity } from '../factories';
import { accessMethodsOf, createAccessMethod, deleteAccessMethod, loseDoors, renderAccessGrant, renderAccessMethod } from '../grants';
import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { AccessGrantRecord, UserIdentityRecord } from '../records';
import { checkReservation, reservationEntranceIds } from '../reservations';
import { spacesNamed } from './spaces';
import type { SandboxStore } from '../store';
import type { Params, RouteMap } from '../types';

type CreateParams = Params<'access_grants/create'>;

/** The grant's person: an existing user identity, or (`user_identity`) a new one made from the details given. */
function grantee(store: SandboxStore, params: CreateParams): UserIdentityRecord {
	if ('user_identity_id' in params) return lookup.userIdentity(store, params.user_identity_id);
	const fields = {
		user_identity_key: params.user_identity.user_identity_key ?? null,
		email_address: params.user_identity.email_address ?? null,
		phone_number: params.user_identity.phone_number ?? null,
		full_name: params.user_identity.full_name ?? null,
	};
	assertUniqueIdentity(store, fields);
	const identity: UserIdentityRecord = { ...store.stamp(), user_identity_id: store.nextId(), ...fields };
	store.userIdentities.set(identity.user_identity_id, identity);
	return identity;
}

/** Entrances named directly, through spaces, or through the deprecated `location` (`location_ids` are not modelled). */
function entranceIdsOf(store: SandboxStore, params: CreateParams): string[] {
	if (params.location_ids?.length) throw notFound('space_not_found', 'Space not found');
	const fromSpaces = spacesNamed(store, params).flatMap((space) => space.acs_entrance_ids);
	const ids = [...new Set([...(params.acs_entrance_ids ?? []), ...(params.location?.acs_entrance_ids ?? []), ...fromSpaces])];
	for (const id of ids) lookup.entrance(store, id);
	return ids;
}

/** Smart locks named directly, through spaces, or through the deprecated `location` (`device_not_found` for unknown ones). */
function deviceIdsOf(store: SandboxStore, params: CreateParams): string[] {
	const fromSpaces = spacesNamed(store, params).flatMap((space) => space.device_ids);
	const ids = [...new Set([...(params.device_ids ?? []), ...(params.location?.device_ids ?? []), ...fromSpaces])];
	for (const id of ids) lockOf(store, id);
	return ids;
}

function grantByIdOrKey(
	store: SandboxStore,
	params: { access_grant_id?: string; access_grant_key?: string },
): AccessGrantRecord {
	if (params.access_grant_id !== undefined) return lookup.accessGrant(store, params.access_grant_id);
	if (params.access_grant_key === undefined) {
		throw invalidParam('access_grant_id', 'Must specify either access_grant_id or access_grant_key');
	}
	const grant = [...store.accessGrants.values()].find((g) => g.access_grant_key === params.access_grant_key);
	return lookup.accessGrant(store, grant?.access_grant_id);
}

/** A timestamp parameter as ISO 8601 (access_grants/create takes `starts_at`/`ends_at` as plain strings). */
function isoOf(value: string | null | undefined, param: string): string | undefined {
	if (value === null || value === undefined) return undefined;
	const time = Date.parse(value);
	if (Number.isNaN(time)) throw invalidParam(param, 'Invalid datetime');
	return new Date(time).toISOString();
}

function grantEvent(
	store: SandboxStore,
	grant: AccessGrantRecord,
	eventType: 'access_grant.created' | 'access_grant.deleted',
): void {
	store.addEvent({ event_type: eventType, access_grant_id: grant.access_grant_id }, grant.user_identity_id);
}

export const accessGrantRoutes = {
	'access_grants/create': ({ store, params }) => {
		const entranceIds = entranceIdsOf(store, params);
		const deviceIds = deviceIdsOf(store, params);
		if (params.customization_profile_id !== undefined) {
			throw notFound('customization_profile_not_found', 'Customization profile not found');
		}
		const key = params.access_grant_key;
		if (key !== undefined && [...store.accessGrants.values()].some((g) => g.access_grant_key === key)) {
			throw badRequest('access_grant_key_already_in_use', 'An access grant with this access_grant_key already exists');
		}
		const startsAt = isoOf(params.starts_at, 'starts_at') ?? store.nowIso();
		const endsAt = isoOf(params.ends_at, 'ends_at') ?? null;
		if (endsAt !== null) assertEndsAt(store, endsAt, startsAt, 'ends_at');
		const overridden = checkReservation(store, {
			reservation_key: params.reservation_key,
			acs_entrance_ids: entranceIds,
			starts_at: startsAt,
			ends_at: endsAt,
		});
		const identity = grantee(store, params);

		const grant: AccessGrantRecord = {
			...store.stamp(),
			access_grant_id: store.nextId(),
			access_grant_key: key,
			reservation_key: params.reservation_key,
			user_identity_id: identity.user_identity_id,
			name: params.name ?? null,
			acs_entrance_ids: entranceIds,
			device_ids: deviceIds,
			space_ids: spacesNamed(store, params).map((space) => space.space_id),
			starts_at: startsAt,
			ends_at: endsAt,
			requested_access_methods: params.requested_access_methods.map((requested) => ({
				...requested,
				created_at: store.nowIso(),
				created_access_method_ids: [],
			})),
			lost_acs_entrance_ids: [],
		};
		const reservationDoors = reservationEntranceIds(store, entranceIds);
		for (const other of overridden) loseDoors(store, other, reservationDoors);
		store.accessGrants.set(grant.access_grant_id, grant);
		grantEvent(store, grant, 'access_grant.created');
		for (const requested of grant.requested_access_methods) createAccessMethod(store, grant, requested);
		return { access_grant: renderAccessGrant(store, grant) };
	},

	'access_grants/get': ({ store, params }) => ({
		access_grant: renderAccessGrant(store, grantByIdOrKey(store, params)),
	}),

	// Only what the sandbox has of a grant's related objects: its entrances, access methods and user identities.
	'access_grants/get_related': ({ store, params }) => {
		const keys = params.access_grant_keys ?? [];
		const grants = [...store.accessGrants.values()].filter(
			(g) =>
				(params.access_grant_ids ?? []).includes(g.access_grant_id) ||
				(g.access_grant_key !== undefined && keys.includes(g.access_grant_key)),
		);
		const wanted = (kind: 'acs_entrances' | 'access_methods' | 'user_identities' | 'devices') =>
			(params.include === undefined || params.include.includes(kind)) && !(params.exclude ?? []).includes(kind);
		const unique = <T>(values: T[]) => [...new Set(values)];
		return {
			batch: {
				...(wanted('acs_entrances')
					? {
							acs_entrances: unique(grants.flatMap((g) => g.acs_entrance_ids)).map((id) =>
								renderEntrance(store, lookup.entrance(store, id)),
							),
						}
					: {}),
				...(wanted('devices')
					? { devices: unique(grants.flatMap((g) => g.device_ids)).map((id) => renderDevice(store, lockOf(store, id))) }
					: {}),
				...(wanted('access_methods')
					? { access_methods: grants.flatMap((g) => accessMethodsOf(store, g.access_grant_id)).map((m) => renderAccessMethod(store, m)) }
					: {}),
				...(wanted('user_identities')
					? {
							user_identities: unique(grants.map((g) => g.user_identity_id)).map((id) =>
								renderUserIdentity(store, lookup.userIdentity(store, id)),
							),
						}
					: {}),
			},
		};
	},

	'access_grants/list': ({ store, params, route, baseUrl }) => {
		const ids = params.access_grant_ids;
		const grants = [...store.accessGrants.values()].filter((g) => {
			const systemIds = g.acs_entrance_ids.map((id) => store.entrances.get(id)?.acs_system_id);
			return (
				(ids === undefined || ids.includes(g.access_grant_id)) &&
				(params.user_identity_id === undefined || g.user_identity_id === params.user_identity_id) &&
				(params.acs_system_id === undefined || systemIds.includes(params.acs_system_id)) &&
				(params.acs_entrance_id === undefined || g.acs_entrance_ids.includes(params.acs_entrance_id)) &&
				// null asks for grants without a key.
				(params.access_grant_key === undefined || (g.access_grant_key ?? null) === params.access_grant_key) &&
				(params.reservation_key === undefined || g.reservation_key === params.reservation_key) &&
				(params.device_id === undefined || g.device_ids.includes(params.device_id)) &&
				(params.space_id === undefined || g.space_ids.includes(params.space_id)) &&
				// The sandbox has no customers: that filter matches nothing.
				params.location_id === undefined &&
				params.access_code_id === undefined &&
				params.customer_key === undefined
			);
		});
		const { page, pagination } = paginate(grants, { params, route, baseUrl });
		return { access_grants: page.map((g) => renderAccessGrant(store, g)), pagination };
	},

	'access_grants/update': ({ store, params }) => {
		const grant = grantByIdOrKey(store, params);
		const startsAt = isoOf(params.starts_at, 'starts_at') ?? grant.starts_at;
		const endsAt = params.ends_at === undefined ? grant.ends_at : (isoOf(params.ends_at, 'ends_at') ?? null);
		const timesChanged = startsAt !== grant.starts_at || endsAt !== grant.ends_at;
		if (timesChanged && endsAt !== null) assertEndsAt(store, endsAt, startsAt, 'ends_at');
		if (params.name !== undefined) grant.name = params.name;
		grant.starts_at = startsAt;
		grant.ends_at = endsAt;
		if (timesChanged) {
			store.addEvent(
				{
					event_type: 'access_grant.access_times_changed',
					access_grant_id: grant.access_grant_id,
					starts_at: grant.starts_at,
					...(grant.ends_at !== null ? { ends_at: grant.ends_at } : {}),
					...(grant.access_grant_key !== undefined ? { access_grant_key: grant.access_grant_key } : {}),
				},
				grant.user_identity_id,
			);
		}
		return {};
	},

	// managing-access-methods.mdx: "add new access methods to an existing Access Grant without changing the grant
	// itself"; each requested method is made as at create time, the grant's others untouched.
	'access_grants/request_access_methods': ({ store, params }) => {
		const grant = lookup.accessGrant(store, params.access_grant_id);
		for (const method of params.requested_access_methods) {
			const requested = { ...method, created_at: store.nowIso(), created_access_method_ids: [] };
			grant.requested_access_methods.push(requested);
			createAccessMethod(store, grant, requested);
		}
		return { access_grant: renderAccessGrant(store, grant) };
	},

	'access_grants/delete': ({ store, params }) => {
		const grant = lookup.accessGrant(store, params.access_grant_id);
		for (const method of accessMethodsOf(store, grant.access_grant_id)) deleteAccessMethod(store, method);
		store.accessGrants.delete(grant.access_grant_id);
		grantEvent(store, grant, 'access_grant.deleted');
		return {};
	},
} satisfies RouteMap;

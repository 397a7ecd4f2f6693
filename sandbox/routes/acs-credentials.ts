import { brandOf } from '../brands';
import {
	acsUserForIdentity,
	assertEndsAt,
	credentialEntranceIds,
	credentialIdentityId,
	deleteCredential,
	identityHasPhone,
	issuePendingMobileKeys,
	issueCredential,
} from '../domain';
import { badRequest, invalidParam } from '../errors';
import { renderCredential, renderEntrance } from '../factories';
import { lookup, resolveAcsUser } from '../lookup';
import { newestFirst, paginate } from '../pagination';
import type { AcsSystemRecord, AcsUserRecord, CredentialRecord } from '../records';
import type { SandboxStore } from '../store';
import type { Params, RouteMap } from '../types';
import type { AccessMethod } from '../seam-objects';
import { assertVisionlineCredential } from '../visionline';
import { createdBefore, matchesSearch } from './util';

type CreateParams = Params<'acs/credentials/create'>;

export const acsCredentialRoutes = {
	'acs/credentials/create': ({ store, params }) => {
		const method = params.access_method;
		const system = targetSystem(store, params);
		const brand = brandOf(system.external_type);
		if (!brand.accessMethods.includes(method)) {
			throw badRequest('access_method_not_supported', `${brand.displayName} does not support the ${method} access method`);
		}
		const manager = credentialManager(store, system, params);
		const entranceIds = [...new Set(params.allowed_acs_entrance_ids ?? [])];
		for (const id of entranceIds) {
			if (lookup.entrance(store, id).acs_system_id !== system.acs_system_id) {
				throw badRequest('acs_system_mismatch', 'The ACS entrance belongs to another access system');
			}
		}
		// "Visionline is a credential-based access control system … Within these credentials, you specify the set of
		// entrances" (likewise Latch): a key without entrances would open no door. The refusal itself is a guess.
		if (brand.doorsOn === 'credential' && method !== 'code' && entranceIds.length === 0) {
			throw invalidParam('allowed_acs_entrance_ids', `${brand.displayName} credentials must name the entrances they open`);
		}
		// "When creating a Seam mobile key for a Visionline ACS, you must set this property to `true`."
		if (system.external_type === 'visionline_system' && method === 'mobile_key' && params.is_multi_phone_sync_credential !== true) {
			throw invalidParam('is_multi_phone_sync_credential', 'Visionline mobile keys must be multi-phone sync credentials');
		}
		if (params.code !== undefined && method !== 'code') throw invalidParam('code', 'code is only allowed with access_method code');
		if (params.ends_at !== undefined) assertEndsAt(store, params.ends_at, params.starts_at, 'ends_at');

		const user = credentialOwner(store, params, system);
		assertCredentialLimit(store, system, user, method);
		if (system.external_type === 'visionline_system') {
			assertVisionlineCredential(store, method, params.visionline_metadata, user.user_identity_id);
		}

		const id = store.nextId();
		const identityId = user.user_identity_id;
		const code = method === 'code' ? (params.code ?? digitsOf(id, 6)) : null;
		const cardNumber = method === 'card' ? digitsOf(id, 8) : null;
		const credential: CredentialRecord = {
			...store.stamp(),
			acs_credential_id: id,
			acs_system_id: system.acs_system_id,
			acs_user_id: user.acs_user_id,
			user_identity_id: identityId,
			credential_manager_acs_system_id: manager?.acs_system_id,
			access_method: method,
			is_multi_phone_sync_credential: params.is_multi_phone_sync_credential ?? false,
			code,
			card_number: cardNumber,
			starts_at: params.starts_at,
			ends_at: params.ends_at,
			is_issued: false,
			issued_at: null,
			allowed_acs_entrance_ids: entranceIds,
			display_name: displayName(method, code, cardNumber, params.is_multi_phone_sync_credential ?? false),
			...(system.external_type === 'visionline_system'
				? {
						visionline_metadata: {
							card_function_type: params.visionline_metadata?.card_function_type ?? 'guest',
							auto_join: params.visionline_metadata?.auto_join ?? false,
							joiner_acs_credential_ids: params.visionline_metadata?.joiner_acs_credential_ids ?? [],
							guest_acs_entrance_ids: entranceIds,
							common_acs_entrance_ids: [],
							is_valid: true,
							credential_id: digitsOf(id, 6),
						},
					}
				: {}),
		};
		store.credentials.set(id, credential);
		// Codes and cloud keys work at once; a mobile key is issued once its identity has a phone; a card waits for encoding.
		if (method === 'code' || method === 'cloud_key') issueCredential(store, credential);
		if (method === 'mobile_key' && identityId !== undefined && identityHasPhone(store, identityId)) issuePendingMobileKeys(store, identityId);
		return { acs_credential: renderCredential(store, credential) };
	},

	'acs/credentials/get': ({ store, params }) => ({
		acs_credential: renderCredential(store, lookup.credential(store, params.acs_credential_id)),
	}),

	'acs/credentials/list': ({ store, params, route, baseUrl }) => {
		const filters = params as typeof params & { acs_user_id?: string; acs_system_id?: string; user_identity_id?: string };
		const credentials = [...store.credentials.values()].filter(
			(c) =>
				(filters.acs_user_id === undefined || c.acs_user_id === filters.acs_user_id) &&
				(filters.acs_system_id === undefined ||
					c.acs_system_id === filters.acs_system_id ||
					c.credential_manager_acs_system_id === filters.acs_system_id) &&
				(filters.user_identity_id === undefined || credentialIdentityId(store, c) === filters.user_identity_id) &&
				(params.is_multi_phone_sync_credential === undefined ||
					c.is_multi_phone_sync_credential === params.is_multi_phone_sync_credential) &&
				createdBefore(c.created_at, params.created_before) &&
				matchesSearch(params.search, [c.display_name, c.code, c.card_number, c.acs_user_id, c.acs_credential_id]),
		);
		const { page, pagination } = paginate(credentials, { params, route, baseUrl });
		return { acs_credentials: page.map((c) => renderCredential(store, c)), pagination };
	},

	'acs/credentials/update': ({ store, params }) => {
		const credential = lookup.credential(store, params.acs_credential_id);
		if (params.code !== undefined) {
			if (credential.access_method !== 'code') throw invalidParam('code', 'code is only allowed with access_method code');
			credential.code = params.code;
			credential.display_name = params.code;
		}
		if (params.ends_at !== undefined) {
			assertEndsAt(store, params.ends_at, credential.starts_at, 'ends_at');
			credential.ends_at = params.ends_at;
		}
		return { acs_credential: renderCredential(store, credential) };
	},

	'acs/credentials/delete': ({ store, params }) => {
		deleteCredential(store, lookup.credential(store, params.acs_credential_id));
		return {};
	},

	/** Gives the credential to an ACS user (the identity's, found or created, as Seam does); a waiting mobile key is issued if they have a phone. */
	'acs/credentials/assign': ({ store, params }) => {
		const credential = lookup.credential(store, params.acs_credential_id);
		const system = lookup.acsSystem(store, credential.acs_system_id);
		const identityId = identityParam(params);
		const user =
			identityId === undefined
				? resolveAcsUser(store, { acs_user_id: params.acs_user_id }, { inSystem: system.acs_system_id })
				: acsUserForIdentity(store, lookup.userIdentity(store, identityId), system.acs_system_id);
		if (credential.acs_user_id !== user.acs_user_id) {
			assertCredentialLimit(store, system, user, credential.access_method);
			credential.acs_user_id = user.acs_user_id;
			credential.user_identity_id = user.user_identity_id;
		}
		if (credential.access_method === 'mobile_key' && user.user_identity_id !== undefined && identityHasPhone(store, user.user_identity_id)) {
			issuePendingMobileKeys(store, user.user_identity_id);
		}
		return { acs_credential: renderCredential(store, credential) };
	},

	'acs/credentials/unassign': ({ store, params }) => {
		const credential = lookup.credential(store, params.acs_credential_id);
		const user = resolveAcsUser(store, { acs_user_id: params.acs_user_id, user_identity_id: identityParam(params) }, {
			inSystem: credential.acs_system_id,
		});
		if (credential.acs_user_id !== user.acs_user_id) {
			throw badRequest('acs_credential_not_assigned', 'The credential is not assigned to this ACS user');
		}
		credential.acs_user_id = undefined;
		credential.user_identity_id = undefined;
		return { acs_credential: renderCredential(store, credential) };
	},

	'acs/credentials/list_accessible_entrances': ({ store, params }) => {
		const ids = credentialEntranceIds(store, lookup.credential(store, params.acs_credential_id));
		return { acs_entrances: newestFirst(ids.map((id) => lookup.entrance(store, id))).map((e) => renderEntrance(store, e)) };
	},
} satisfies RouteMap;

/** The `user_identity_id` of assign/unassign (undefined: `acs_user_id` names the user); Seam takes exactly one of the two. */
function identityParam(params: { acs_user_id?: string; user_identity_id?: string }): string | undefined {
	if (params.acs_user_id !== undefined && params.user_identity_id !== undefined) {
		throw invalidParam('user_identity_id', 'You can only provide one of acs_user_id or user_identity_id');
	}
	if (params.acs_user_id === undefined && params.user_identity_id === undefined) {
		throw invalidParam('acs_user_id', 'Must specify either acs_user_id or user_identity_id');
	}
	return params.user_identity_id;
}

/** Some systems allow only so many credentials of a kind per ACS user (Salto Space: one mobile key, one card). */
function assertCredentialLimit(store: SandboxStore, system: AcsSystemRecord, user: AcsUserRecord, method: AccessMethod): void {
	const brand = brandOf(system.external_type);
	const limit = brand.maxCredentialsPerUser[method];
	if (limit !== undefined && credentialsOf(store, user, method).length >= limit) {
		throw badRequest(
			'credential_limit_exceeded',
			`${brand.displayName} allows at most ${limit} ${method} credential${limit === 1 ? '' : 's'} per ACS user`,
		);
	}
}

const MISSING_OWNER = 'Must specify either acs_user_id or both user_identity_id and acs_system_id';

/** The access system of a new credential: `acs_system_id`, or the ACS user's. */
function targetSystem(store: SandboxStore, params: CreateParams): AcsSystemRecord {
	if (params.acs_system_id !== undefined) return lookup.acsSystem(store, params.acs_system_id);
	if (params.acs_user_id !== undefined) return lookup.acsSystem(store, lookup.acsUser(store, params.acs_user_id).acs_system_id);
	throw invalidParam('acs_user_id', MISSING_OWNER);
}

/**
 * The ACS user a new credential belongs to: `acs_user_id`, or the user identity's ACS user in
 * `acs_system_id` (found, or created, as Seam does).
 */
function credentialOwner(store: SandboxStore, params: CreateParams, system: AcsSystemRecord): AcsUserRecord {
	if (params.acs_user_id !== undefined) {
		const user = lookup.acsUser(store, params.acs_user_id);
		if (user.acs_system_id !== system.acs_system_id) {
			throw badRequest('acs_system_mismatch', 'The ACS user belongs to another access system');
		}
		return user;
	}
	if (params.user_identity_id !== undefined && params.acs_system_id !== undefined) {
		return acsUserForIdentity(store, lookup.userIdentity(store, params.user_identity_id), system.acs_system_id);
	}
	throw invalidParam('acs_user_id', MISSING_OWNER);
}

/**
 * The credential manager that issues the credential: the one asked for (which must be compatible
 * with the system), or, for systems whose mobile keys need one, the system's default.
 */
function credentialManager(
	store: SandboxStore,
	system: AcsSystemRecord,
	params: CreateParams,
): AcsSystemRecord | undefined {
	const requested = params.credential_manager_acs_system_id;
	if (requested !== undefined) {
		const manager = lookup.acsSystem(store, requested);
		if (!system.compatible_credential_manager_acs_system_ids.includes(manager.acs_system_id)) {
			throw badRequest(
				'incompatible_credential_manager',
				`${manager.name} is not a compatible credential manager for ${system.name}`,
			);
		}
		return manager;
	}
	if (params.access_method !== 'mobile_key' || !brandOf(system.external_type).mobileKeyNeedsCredentialManager) {
		return undefined;
	}
	const fallback = system.default_credential_manager_acs_system_id;
	if (fallback === null) {
		throw invalidParam('credential_manager_acs_system_id', `${system.name} issues mobile keys through a credential manager`);
	}
	return lookup.acsSystem(store, fallback);
}

const credentialsOf = (store: SandboxStore, user: AcsUserRecord, method: AccessMethod): CredentialRecord[] =>
	[...store.credentials.values()].filter((c) => c.acs_user_id === user.acs_user_id && c.access_method === method);

function displayName(method: AccessMethod, code: string | null, cardNumber: string | null, multiPhone: boolean): string {
	if (method === 'code' && code) return code;
	if (method === 'card' && cardNumber) return `Card ${cardNumber}`;
	if (method === 'mobile_key') return multiPhone ? 'Multi Phone Sync Credential' : 'Mobile Key';
	return 'Cloud Key';
}

/** `length` decimal digits derived from an id (deterministic, like the id). */
export function digitsOf(id: string, length: number): string {
	const digits = BigInt(`0x${id.replace(/-/g, '').slice(0, 12)}`).toString().padStart(length, '0');
	return digits.slice(-length);
}

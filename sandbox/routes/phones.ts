import { credentialIdentityId, issuePendingMobileKeys } from '../domain';
import { renderPhone } from '../factories';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import type { PhoneRecord } from '../records';
import type { RouteMap } from '../types';

export const phoneRoutes = {
	'phones/list': ({ store, params }) => {
		const owner =
			params.acs_credential_id !== undefined
				? credentialIdentityId(store, lookup.credential(store, params.acs_credential_id))
				: undefined;
		const phones = newestFirst(store.phones.values()).filter(
			(p) =>
				(params.owner_user_identity_id === undefined || p.owner_user_identity_id === params.owner_user_identity_id) &&
				(params.acs_credential_id === undefined || p.owner_user_identity_id === owner),
		);
		return { phones: phones.map((p) => renderPhone(store, p)) };
	},

	'phones/get': ({ store, params }) => ({ phone: renderPhone(store, lookup.phone(store, params.device_id)) }),

	'phones/deactivate': ({ store, params }) => {
		const phone = lookup.phone(store, params.device_id);
		store.phones.delete(phone.device_id);
		store.addEvent({ event_type: 'phone.deactivated', device_id: phone.device_id }, phone.owner_user_identity_id);
		return {};
	},

	/** Registers a phone for the identity, which issues its mobile keys that were waiting for one. */
	'phones/simulate/create_sandbox_phone': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		const phoneMetadata = params.phone_metadata ?? {};
		const assaAbloy = params.assa_abloy_metadata ?? {};
		const id = store.nextId();
		const phone: PhoneRecord = {
			...store.stamp(),
			device_id: id,
			owner_user_identity_id: identity.user_identity_id,
			operating_system: phoneMetadata.operating_system ?? 'android',
			device_manufacturer: phoneMetadata.device_manufacturer ?? 'Samsung',
			device_model: phoneMetadata.device_model ?? 'Samsung Galaxy S10',
			os_version: phoneMetadata.os_version ?? '10',
			custom_sdk_installation_id: params.custom_sdk_installation_id,
			ble_capability: assaAbloy.ble_capability ?? true,
			nfc_capability: assaAbloy.nfc_capability ?? false,
			hce_capability: assaAbloy.hce_capability ?? false,
			endpoint_id: `sandbox-endpoint-${id.slice(0, 8)}`,
		};
		store.phones.set(id, phone);
		issuePendingMobileKeys(store, identity.user_identity_id);
		return { phone: renderPhone(store, phone) };
	},
} satisfies RouteMap;

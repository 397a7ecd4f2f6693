import { badRequest } from '../errors';
import type { CustomerRecord } from '../records';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';

// Reservation Automations (docs `mintlify-docs/capability-guides/reservation-automations.mdx`): a booking system
// pushes reservations and people for a customer; Seam issues, updates and revokes access from the workspace's
// automation settings. What an automation then creates (access grants, codes) is not documented: **guess**, so the
// sandbox creates nothing and only keeps what was pushed (`store.customers`).

function customerOf(store: SandboxStore, customerKey: string): CustomerRecord {
	let customer = store.customers.get(customerKey);
	if (!customer) {
		customer = { ...store.stamp(), customer_key: customerKey, reservations: new Map(), user_identities: new Map() };
		store.customers.set(customerKey, customer);
	}
	return customer;
}

export const customerRoutes = {
	'customers/push_data': ({ store, params }) => {
		const customer = customerOf(store, params.customer_key);
		// "Call it again with the same reservation_key to update times or other details" (the guide, step 3).
		for (const person of params.user_identities ?? []) customer.user_identities.set(person.user_identity_key, person);
		for (const reservation of params.reservations ?? []) customer.reservations.set(reservation.reservation_key, reservation);
		// "push_data accepts a spaces array, it only creates a lightweight resource reference — it does not assign
		// devices or entrances to the space … The call still returns ok: true" (the guide's warning).
		for (const { space_key, name } of params.spaces ?? []) {
			if ([...store.spaces.values()].some((space) => space.space_key === space_key)) continue;
			const space_id = store.nextId();
			const empty = { space_id, space_key, name, acs_entrance_ids: [], device_ids: [], customer_key: params.customer_key };
			store.spaces.set(space_id, { ...store.stamp(), ...empty });
		}
		// Unknown space keys and taken email addresses are not refused: "push_data returns a success response even
		// when automations cannot act on the data" (the guide, Troubleshooting).
		return {};
	},

	'customers/delete_data': ({ store, params }) => {
		// The guide, step 5: a reservation key cancels that reservation, a user identity key removes what is tied to
		// that person (their reservations: how far that reaches is a **guess**), a customer key "offboard[s] an
		// entire customer and clear[s] all their spaces, users, and settings".
		const reservations = new Set(params.reservation_keys ?? []);
		const people = new Set(params.user_identity_keys ?? []);
		for (const customerKey of params.customer_keys ?? []) {
			store.customers.delete(customerKey);
			for (const space of store.spaces.values()) if (space.customer_key === customerKey) store.spaces.delete(space.space_id);
		}
		for (const customer of store.customers.values()) {
			for (const key of people) customer.user_identities.delete(key);
			for (const [key, reservation] of customer.reservations) {
				const ofPerson = reservation.user_identity_key !== undefined && people.has(reservation.user_identity_key);
				if (reservations.has(key) || ofPerson) customer.reservations.delete(key);
			}
		}
		return {};
	},

	'customers/create_portal': ({ store, params, baseUrl }) => {
		// The link's address and lifetime: **guess** (OpenAPI `customer_portal` / `magic_link` name only the fields).
		// Without a customer the portal has nothing to show: refused as invalid input (**guess**).
		const customerKey = params.customer_data?.customer_key;
		if (customerKey === undefined) throw badRequest('invalid_input', 'customer_data.customer_key is required');
		const created_at = store.nowIso();
		const link = {
			customer_key: customerKey,
			url: `${baseUrl}/_sandbox/portals/${store.nextId()}`,
			created_at,
			expires_at: new Date(Date.parse(created_at) + 24 * 3600_000).toISOString(),
			workspace_id: store.workspace.workspace_id,
		};
		return { customer_portal: link, magic_link: link };
	},
} satisfies RouteMap;

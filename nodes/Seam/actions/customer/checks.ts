import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { perRun, SharedReads } from '../../helpers/perRun';
import { seamApiList } from '../../../shared/transport';

// Seam's guide (capability-guides/reservation-automations.mdx, Troubleshooting): "push_data returns a success response
// even when automations cannot act on the data": a space that does not exist or has no devices or entrances, and a
// guest whose email address is already taken ("the reservation is silently skipped"). These checks find them first.

/** Spaces and people read once per run: a night's bookings name the same rooms again and again. */
const readsOf = perRun(() => new SharedReads());

async function spaceWithKey(context: IExecuteFunctions, spaceKey: string, itemIndex: number): Promise<IDataObject | undefined> {
	const spaces = await readsOf(context).get(`space:${spaceKey}`, async () =>
		await seamApiList(context, { route: 'spaces/list', body: { space_key: spaceKey }, itemIndex }),
	);
	return spaces.find((space) => space.space_key === spaceKey);
}

/** Every space key names a space in Seam with at least one door or lock. */
export async function checkSpaces(context: IExecuteFunctions, spaceKeys: string[], itemIndex: number): Promise<void> {
	for (const spaceKey of spaceKeys) {
		const space = await spaceWithKey(context, spaceKey, itemIndex);
		if (!space) {
			throw new NodeOperationError(context.getNode(), `There is no space "${spaceKey}" in Seam`, {
				itemIndex,
				description: `Seam would accept this reservation and give the guest nothing. Create the space first (Space → Create, with Space Key "${spaceKey}" and the doors or locks of the room), or correct the space key. Nothing was sent.`,
			});
		}
		if (Number(space.acs_entrance_count ?? 0) + Number(space.device_count ?? 0) === 0) {
			throw new NodeOperationError(context.getNode(), `The space "${String(space.name)}" (${spaceKey}) has no doors or locks`, {
				itemIndex,
				description:
					'Seam would accept this reservation and give the guest nothing to open. Add the room’s doors (Space → Add Entrances) or smart locks (Space → Add Devices), then run again. Nothing was sent.',
			});
		}
	}
}

/** Seam's automation setting "Allow shared email and phone across guests" (the guide, step 2) lifts the contact checks. */
export const sharedContactsOption: INodeProperties = {
	displayName: 'Guests May Share Email or Phone',
	name: 'sharedContacts',
	type: 'boolean',
	default: false,
	description:
		'Whether several guests may have the same email address or phone number, because your workspace’s automation settings allow it (Seam Console → Developer → Automations → "Allow shared email and phone across guests"). Off: a guest whose email or phone is another person’s fails, as Seam would skip them.',
};

const contactsShared = (context: IExecuteFunctions, itemIndex: number): boolean =>
	context.getNodeParameter('options.sharedContacts', itemIndex, false) === true;

/** The person in Seam whose email address or phone number is exactly this (Seam's search also matches parts). */
async function personWith(context: IExecuteFunctions, value: string, itemIndex: number): Promise<IDataObject | undefined> {
	const found = await readsOf(context).get(`person:${value.toLowerCase()}`, async () =>
		await seamApiList(context, { route: 'user_identities/list', body: { search: value }, itemIndex }),
	);
	const same = (other: unknown) => typeof other === 'string' && other.toLowerCase() === value.toLowerCase();
	return found.find((person) => same(person.email_address) || same(person.phone_number));
}

/** The guest's email address and phone number belong to no other person in Seam (one with another User Identity Key). */
export async function checkContacts(context: IExecuteFunctions, guest: IDataObject, itemIndex: number): Promise<void> {
	if (contactsShared(context, itemIndex)) return;
	for (const [label, value] of [
		['email address', guest.email_address],
		['phone number', guest.phone_number],
	] as const) {
		if (typeof value !== 'string') continue;
		const other = await personWith(context, value, itemIndex);
		if (other && other.user_identity_key !== guest.user_identity_key) {
			const who = String(other.display_name ?? other.full_name ?? other.user_identity_id);
			const key = typeof other.user_identity_key === 'string' ? ` (User Identity Key "${other.user_identity_key}")` : '';
			throw new NodeOperationError(context.getNode(), `The ${label} ${value} belongs to another person in Seam: ${who}`, {
				itemIndex,
				description: `Seam would skip this reservation without saying so: each guest's email address and phone number must be their own. If this guest is ${who}, give their User Identity Key${key}; otherwise use the guest's own ${label}, or leave it empty. Nothing was sent.`,
			});
		}
	}
}

/** Which guest (User Identity Key) each email address and phone number was given to in this run. */
const contactsOf = perRun(() => new Map<string, string>());

/**
 * The guest's email address and phone number are given to no other guest of this run: Seam skips a reservation
 * whose email address "already exists from a previous call" (the guide, "Before you begin"), and its people list
 * need not show pushed guests, so the run remembers them. Claimed in item order.
 */
export function claimContacts(context: IExecuteFunctions, guest: IDataObject, itemIndex: number): void {
	if (contactsShared(context, itemIndex)) return;
	const claimed = contactsOf(context);
	const contacts = [guest.email_address, guest.phone_number].filter((value) => typeof value === 'string').map((value) => String(value).toLowerCase());
	for (const contact of contacts) {
		const other = claimed.get(contact);
		if (other !== undefined && other !== guest.user_identity_key) {
			throw new NodeOperationError(context.getNode(), `${contact} is given to two guests in this run: ${other} and ${String(guest.user_identity_key)}`, {
				itemIndex,
				description: `Seam would skip the second reservation without saying so. If both are the same person, give them the same User Identity Key; otherwise correct the email address or phone number of one. This reservation was not sent.`,
			});
		}
	}
	for (const contact of contacts) claimed.set(contact, String(guest.user_identity_key));
}

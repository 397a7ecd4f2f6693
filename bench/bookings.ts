import type { INodeParameters } from 'n8n-workflow';

import { SEED } from '../sandbox';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A hotel booking as a PMS would send it: the input item of the node, and what the SDK script reads. */
export interface Booking {
	[key: string]: string | string[];
	booking_id: string;
	guest_name: string;
	email: string;
	phone: string;
	access_group_ids: string[];
	check_in: string;
	check_out: string;
}

/** The Salto Space system of the seed and its three access groups ("Guest Rooms Floor 1", "Lobby", "Gym"). */
export const HOTEL = {
	acsSystemId: SEED.saltoSpace.acsSystemId,
	accessGroupIds: Object.values(SEED.saltoSpace.accessGroups),
};

/** Phone numbers stay unique across every batch of the run (Seam allows each on one user identity only). */
let phonesGiven = 0;

/** `count` distinct bookings (keys, emails and phones unique), each with every access group of the hotel. */
export function bookings(count: number, prefix: string): Booking[] {
	const checkIn = new Date(Date.now() + DAY_MS).toISOString();
	const checkOut = new Date(Date.now() + 4 * DAY_MS).toISOString();
	return Array.from({ length: count }, (_, i) => ({
		booking_id: `${prefix}-${i + 1}`,
		guest_name: `Guest ${prefix} ${i + 1}`,
		email: `guest-${prefix}-${i + 1}@example.com`,
		phone: `+1415${String(1_000_000 + phonesGiven++)}`,
		access_group_ids: HOTEL.accessGroupIds,
		check_in: checkIn,
		check_out: checkOut,
	}));
}

/** `mobileAccess.provision` mapped from a booking, as a user would set it up in the editor. */
export const PROVISION: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'provision',
	acsSystemId: { __rl: true, mode: 'list', value: HOTEL.acsSystemId },
	fullName: '={{ $json.guest_name }}',
	userIdentityKey: '={{ $json.booking_id }}',
	emailAddress: '={{ $json.email }}',
	phoneNumber: '={{ $json.phone }}',
	accessGroupIds: '={{ $json.access_group_ids }}',
	startsAt: '={{ $json.check_in }}',
	endsAt: '={{ $json.check_out }}',
};

import type { INodeParameters } from 'n8n-workflow';

import { SEED } from '../sandbox';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A hotel booking as a PMS would send it: the input item of the node, and what the SDK scripts read. */
export interface Booking {
	[key: string]: string | string[];
	booking_id: string;
	/** The guest (person) of the booking, as the PMS knows them: kept apart from the booking (Access Grant mode). */
	guest_id: string;
	guest_name: string;
	email: string;
	phone: string;
	access_group_ids: string[];
	/** The booking's room and the lobby (Access Grant mode). */
	entrance_ids: string[];
	check_in: string;
	check_out: string;
}

const { saltoSpace } = SEED;

/**
 * The Salto Space system of the seed: its three access groups ("Guest Rooms Floor 1", "Lobby", "Gym") for ACS
 * Credential mode; a guest room (Room 101, which takes part in reservations) and the lobby door (Main Entrance,
 * which does not) for Access Grant mode.
 */
export const HOTEL = {
	acsSystemId: saltoSpace.acsSystemId,
	accessGroupIds: Object.values(saltoSpace.accessGroups),
	room: saltoSpace.entrances.room101,
	lobby: saltoSpace.entrances.mainEntrance,
};

/** Phone numbers stay unique across every batch of the run (Seam allows each on one user identity only). */
let phonesGiven = 0;

/**
 * `count` distinct bookings (keys, emails and phones unique), each with every access group of the hotel and, for
 * Access Grant mode, a room of `rooms` (one each while they last) and the lobby.
 */
export function bookings(count: number, prefix: string, rooms: readonly string[] = [HOTEL.room]): Booking[] {
	const checkIn = new Date(Date.now() + DAY_MS).toISOString();
	const checkOut = new Date(Date.now() + 4 * DAY_MS).toISOString();
	return Array.from({ length: count }, (_, i) => ({
		booking_id: `${prefix}-${i + 1}`,
		guest_id: `guest-${prefix}-${i + 1}`,
		guest_name: `Guest ${prefix} ${i + 1}`,
		email: `guest-${prefix}-${i + 1}@example.com`,
		phone: `+1415${String(1_000_000 + phonesGiven++)}`,
		access_group_ids: HOTEL.accessGroupIds,
		entrance_ids: [rooms[i % rooms.length], HOTEL.lobby],
		check_in: checkIn,
		check_out: checkOut,
	}));
}

/**
 * `mobileAccess.provision` in ACS Credential mode (the ACS user, its access groups and a mobile key, step by step),
 * mapped from a booking as a user would set it up in the editor.
 */
export const PROVISION: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'provision',
	mode: 'acsCredential',
	acsSystemId: { __rl: true, mode: 'list', value: HOTEL.acsSystemId },
	fullName: '={{ $json.guest_name }}',
	userIdentityKey: '={{ $json.booking_id }}',
	emailAddress: '={{ $json.email }}',
	phoneNumber: '={{ $json.phone }}',
	accessGroupIds: '={{ $json.access_group_ids }}',
	startsAt: '={{ $json.check_in }}',
	endsAt: '={{ $json.check_out }}',
};

/**
 * `mobileAccess.provision` in Access Grant mode, as the hotel check-in example sets it up: the guest as the person
 * (User Identity Key), the booking as the reservation, the booking's room and the lobby as entrances.
 */
export const PROVISION_GRANT: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'provision',
	mode: 'accessGrant',
	acsSystemId: { __rl: true, mode: 'list', value: HOTEL.acsSystemId },
	fullName: '={{ $json.guest_name }}',
	userIdentityKey: '={{ $json.guest_id }}',
	emailAddress: '={{ $json.email }}',
	phoneNumber: '={{ $json.phone }}',
	acsEntranceIds: '={{ $json.entrance_ids }}',
	reservationKey: '={{ $json.booking_id }}',
	startsAt: '={{ $json.check_in }}',
	endsAt: '={{ $json.check_out }}',
};

import type { SimpleFields } from '../../helpers/list';

/** What "Simplify" keeps of an entrance (Get, Get Many). */
export const SIMPLE_ENTRANCE: SimpleFields = {
	fields: [
		'acs_entrance_id',
		'acs_system_id',
		'display_name',
		'space_ids',
		'is_locked',
		'can_unlock_with_mobile_key',
		'can_unlock_with_card',
		'can_unlock_with_code',
		'can_unlock_with_cloud_key',
		'can_belong_to_reservation',
		'errors',
		'warnings',
		'created_at',
	],
	keeps: 'the ID, system, name, spaces, whether it is locked, what opens it (mobile key, card, PIN code, cloud key), whether it can belong to a reservation, errors, warnings and creation date',
};

import type { SimpleFields } from '../../helpers/list';

/** What "Simplify" keeps of an ACS system (Get, Get Many). */
export const SIMPLE_ACS_SYSTEM: SimpleFields = {
	fields: [
		'acs_system_id',
		'name',
		'external_type',
		'external_type_display_name',
		'connected_account_id',
		'is_credential_manager',
		'default_credential_manager_acs_system_id',
		'location',
		'acs_user_count',
		'acs_access_group_count',
		'errors',
		'warnings',
		'created_at',
	],
	keeps: 'the ID, name, brand (external type), connected account, time zone (location), whether it is a credential manager and its default credential manager, the number of users and access groups, errors, warnings and creation date',
};

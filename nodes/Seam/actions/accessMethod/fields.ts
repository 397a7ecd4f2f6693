import type { SimpleFields } from '../../helpers/list';

/** What "Simplify" keeps of an access method (Get, Get Many). */
export const SIMPLE_ACCESS_METHOD: SimpleFields = {
	fields: [
		'access_method_id',
		'display_name',
		'mode',
		'code',
		'instant_key_url',
		'is_issued',
		'issued_at',
		'is_encoding_required',
		'is_ready_for_encoding',
		'errors',
		'warnings',
		'created_at',
	],
	keeps: 'the ID, name, kind (mode: mobile key, PIN code, card or cloud key), PIN code, instant key link, whether and when it was issued, whether a card must be encoded and is ready for it, errors, warnings and creation date',
};

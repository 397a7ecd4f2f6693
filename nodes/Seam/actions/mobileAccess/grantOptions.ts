import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { AccessMethodMode } from './provisionInput';
import { field, getSeamFields, type SeamField } from '../../helpers/fields';

/**
 * An option of Provision's Access Grant mode that Seam takes on one kind of access method
 * (`requested_access_methods[]` of `access_grants/create` and `access_grants/request_access_methods`). It applies
 * when that method is requested: a new grant, or a method added to one; methods already made keep theirs.
 */
export interface GrantOption {
	field: SeamField;
	method: AccessMethodMode;
}

/** Every such option, declared once: Provision shows it, reads it and sends it from here (CONTRIBUTING). */
export const GRANT_OPTIONS: GrantOption[] = [
	{
		method: 'mobile_key',
		field: field.value('instant_key_max_use_count', {
			displayName: 'Instant Key Max Use Count',
			name: 'instantKeyMaxUseCount',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description:
				'How many times the mobile key link (Instant Key) can be opened, for example 2 when two guests share a room and each installs the key. Seam’s default is once.',
		}),
	},
];

/** The options given for each wanted access method, as Seam's fields of that method. */
export function grantOptionsOf(
	context: IExecuteFunctions,
	modes: readonly AccessMethodMode[],
	itemIndex: number,
): Partial<Record<AccessMethodMode, IDataObject>> {
	const given = getSeamFields(context, 'options', GRANT_OPTIONS.map(({ field }) => field), itemIndex);
	const byMode: Partial<Record<AccessMethodMode, IDataObject>> = {};
	for (const { field, method } of GRANT_OPTIONS) {
		if (given[field.seam] === undefined || !modes.includes(method)) continue;
		byMode[method] = { ...byMode[method], [field.seam]: given[field.seam] };
	}
	return byMode;
}

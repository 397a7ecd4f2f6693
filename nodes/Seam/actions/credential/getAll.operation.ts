import { createdBeforeFilter, searchFilter } from '../../helpers/descriptions';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { multiPhoneSyncField, SIMPLE_CREDENTIAL } from './fields';
import { field } from '../../helpers/fields';
import { acsSystemLocator, acsUserLocator, userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

/** Seam lists by ACS user and/or ACS system, or by user identity alone (its request schema allows no other mix). */
function onePersonFilter(this: IExecuteFunctions, filters: IDataObject, itemIndex: number): IDataObject {
	if (filters.user_identity_id && (filters.acs_system_id || filters.acs_user_id)) {
		throw new NodeOperationError(this.getNode(), 'The User Identity filter cannot be combined with ACS System or ACS User', {
			itemIndex,
			description: 'Seam lists credentials by person (user identity) or by access system and ACS user. Keep one of them.',
		});
	}
	return filters;
}

export const { description, execute, request } = listOperation({
	resource: 'credential',
	route: 'acs/credentials/list',
	filters: [
		field.id('acs_system_id', { ...acsSystemLocator, required: false, description: 'Only the credentials of this access control system' }),
		field.id('acs_user_id', { ...acsUserLocator, required: false, description: 'Only the credentials of this ACS user' }),
		createdBeforeFilter('Only credentials created before this date and time, e.g. to clean up keys of past stays'),
		field.value('is_multi_phone_sync_credential', {
			...multiPhoneSyncField,
			default: true,
			description: 'Whether to list only multi-phone sync mobile keys (on) or only the other credentials (off)',
		}),
		searchFilter('Only credentials whose name, code, card number, ACS user ID or ID contains this text', 'e.g. 0042'),
		field.id('user_identity_id', {
			...userIdentityLocator,
			required: false,
			description: 'Only the credentials of this person in Seam. Cannot be combined with the ACS system or ACS user filter.',
		}),
	],
	shape: onePersonFilter,
	simplify: SIMPLE_CREDENTIAL,
});

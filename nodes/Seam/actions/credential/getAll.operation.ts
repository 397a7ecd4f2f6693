import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { SIMPLE_CREDENTIAL } from './fields';
import { fieldsCollection, returnAllAndLimit, simplifyOptionFromV2 } from '../../helpers/descriptions';
import { getMany, simplifyIf } from '../../helpers/list';
import { acsSystemLocator, acsUserLocator, userIdentityLocator } from '../../../shared/locators';
import { getSeamFields } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{ ...acsSystemLocator, required: false, description: 'Only the credentials of this access control system' },
		{ ...acsUserLocator, required: false, description: 'Only the credentials of this ACS user' },
		{
			displayName: 'Created Before',
			name: 'createdBefore',
			type: 'dateTime',
			default: '',
			description: 'Only credentials created before this date and time, e.g. to clean up keys of past stays',
		},
		{
			displayName: 'Multi-Phone Sync Credential',
			name: 'isMultiPhoneSyncCredential',
			type: 'boolean',
			default: true,
			description: 'Whether to list only multi-phone sync mobile keys (on) or only the other credentials (off)',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0042',
			description: 'Only credentials whose name, code, card number, ACS user ID or ID contains this text',
		},
		{
			...userIdentityLocator,
			required: false,
			description: 'Only the credentials of this person in Seam. Cannot be combined with the ACS system or ACS user filter.',
		},
	]),
	...simplifyOptionFromV2(SIMPLE_CREDENTIAL.keeps),
];

export const description = updateDisplayOptions({ show: { resource: ['credential'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = getSeamFields(this, 'filters', itemIndex);
	// Seam lists by ACS user and/or ACS system, or by user identity alone (its request schema allows no other mix).
	if (filters.user_identity_id && (filters.acs_system_id || filters.acs_user_id)) {
		throw new NodeOperationError(this.getNode(), 'The User Identity filter cannot be combined with ACS System or ACS User', {
			itemIndex,
			description: 'Seam lists credentials by person (user identity) or by access system and ACS user. Keep one of them.',
		});
	}
	const credentials = await getMany(this, itemIndex, 'acs/credentials/list', filters);
	return simplifyIf(this, itemIndex, credentials, SIMPLE_CREDENTIAL, 2);
}

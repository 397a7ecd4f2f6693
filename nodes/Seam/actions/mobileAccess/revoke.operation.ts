import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { findPersonProperties, getPersonLookup, itemsAtOnceOption, personHandle } from './fields';
import { revoke, type RevokeMode } from './revocation';
import { forPerson, itemConcurrency } from './runState';
import { acsSystemLocator } from '../../../shared/locators';
import { accessGrantKeyField, reservationKeyField } from '../accessGrant/fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { getOptionalSeamId, toText } from '../../helpers/parameters';

const system: INodeProperties = {
	...acsSystemLocator,
	required: false,
	description: 'Revoke access in this access system only. Leave empty to revoke it in every system the person has access in.',
};

const properties: INodeProperties[] = [
	...findPersonProperties,
	system,
	{
		...reservationKeyField,
		description:
			'Revoke only the access of this booking or stay (its access grants); the person keeps any other access. Leave empty to revoke all their access.',
	},
	fieldsCollection('options', [], [
		{
			...accessGrantKeyField,
			placeholder: 'e.g. BK-48213-guest-1',
			description:
				'The Access Grant Key given in Provision’s Options, if one was: that grant is revoked too, even on doors outside reservations (a lobby, a smart lock)',
		},
		{
			displayName: 'Deactivate Phones',
			name: 'deactivatePhones',
			type: 'boolean',
			default: false,
			description: 'Whether to also sign the person’s phones out of Seam, so they have to be set up again for a next stay',
		},
		{
			displayName: 'Delete User Identity',
			name: 'deleteUserIdentity',
			type: 'boolean',
			default: false,
			description: 'Whether to also delete the person from Seam, with everything they had there',
		},
		itemsAtOnceOption,
		{
			displayName: 'Revoke By',
			name: 'mode',
			type: 'options',
			options: [
				{
					name: 'Deleting Mobile Keys',
					value: 'deleteCredentials',
					description: 'Removes the mobile keys only: cards and access groups stay as they are',
				},
				{
					name: 'Deleting ACS Users',
					value: 'deleteAcsUsers',
					description: 'Removes the person from the access system, with all their keys and cards there',
				},
				{
					name: 'Suspending ACS Users',
					value: 'suspendAcsUsers',
					description: 'Blocks the person for now; giving them access again (Provision) lifts the suspension',
				},
			],
			default: 'deleteAcsUsers',
			description:
				'What happens to access given directly in the access system. The person’s access grants (Provision in Access Grant mode) are always removed.',
		},
		{
			displayName: 'Succeed If Person Not Found',
			name: 'succeedIfNotFound',
			type: 'boolean',
			default: false,
			description:
				'Whether a person Seam does not know counts as already revoked instead of an error. Useful when a checkout may be sent twice after Delete User Identity.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['mobileAccess'], operation: ['revoke'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const person = getPersonLookup(this, itemIndex);
	const request = {
		person,
		accessGrantKey: toText(this, options.accessGrantKey ?? '', itemIndex, 'Access Grant Key') || undefined,
		acsSystemId: getOptionalSeamId(this, system, itemIndex),
		reservationKey: toText(this, this.getNodeParameter('reservationKey', itemIndex, ''), itemIndex, 'Reservation Key') || undefined,
		mode: (options.mode as RevokeMode | undefined) ?? 'deleteAcsUsers',
		deactivatePhones: options.deactivatePhones === true,
		deleteUserIdentity: options.deleteUserIdentity === true,
		succeedIfNotFound: options.succeedIfNotFound === true,
	};
	return await forPerson(this, [personHandle(person.ref)], async () => await revoke(this, request, itemIndex));
}

export const concurrency = itemConcurrency;

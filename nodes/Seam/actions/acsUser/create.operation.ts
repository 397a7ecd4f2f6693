import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { accessScheduleShape, acsUserFields } from './fields';
import { fieldsCollection, fullNameField } from '../../helpers/descriptions';
import { acsSystemLocator, userIdentityLocator } from '../../../shared/locators';
import { getRequiredText, getSeamFields, getSeamId } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

const properties: INodeProperties[] = [
	{ ...acsSystemLocator, description: 'The access control system to create the user in, e.g. your Salto Space' },
	{ ...fullNameField, required: true },
	fieldsCollection('additionalFields', [
		...acsUserFields,
		{
			...userIdentityLocator,
			required: false,
			description: 'The person in Seam this account belongs to, so their keys and access can be managed together',
		},
		{
			displayName: 'Access Group Names or IDs',
			name: 'acsAccessGroupIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getAccessGroups', loadOptionsDependsOn: ['acsSystemId.value'] },
			default: [],
			description:
				'The access groups (sets of doors, such as "Guest Rooms Floor 1") of the chosen system to put the person in. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['acsUser'], operation: ['create'] } }, properties);

const withAccessSchedule = accessScheduleShape(false);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body: IDataObject = {
		acs_system_id: getSeamId(this, 'acsSystemId', itemIndex),
		full_name: getRequiredText(this, 'fullName', itemIndex, 'Full Name'),
		...withAccessSchedule.call(this, getSeamFields(this, 'additionalFields', itemIndex), itemIndex),
	};
	return await seamApiRequest(this, { route: 'acs/users/create', body, itemIndex });
}

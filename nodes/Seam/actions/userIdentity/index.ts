import type { INodeProperties } from 'n8n-workflow';

import * as addAcsUser from './addAcsUser.operation';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as generateInstantKey from './generateInstantKey.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as listAccessibleDevices from './listAccessibleDevices.operation';
import * as listAccessibleEntrances from './listAccessibleEntrances.operation';
import * as listAcsSystems from './listAcsSystems.operation';
import * as listAcsUsers from './listAcsUsers.operation';
import * as removeAcsUser from './removeAcsUser.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = {
	addAcsUser,
	create,
	delete: deleteOperation,
	generateInstantKey,
	get,
	getAll,
	listAccessibleDevices,
	listAccessibleEntrances,
	listAcsSystems,
	listAcsUsers,
	removeAcsUser,
	update,
};

export const description: INodeProperties[] = [
	operationSelector(
		'userIdentity',
		[
			{
				name: 'Add ACS User',
				value: 'addAcsUser',
				description: "Link a person's existing account in an access control system to them in Seam",
				action: 'Add an ACS user to a user identity',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a person in Seam, to give them access and mobile keys',
				action: 'Create a user identity',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a person from Seam, with their access system accounts and keys',
				action: 'Delete a user identity',
			},
			{
				name: 'Generate Instant Key',
				value: 'generateInstantKey',
				description: 'Create a link that installs a mobile key on the guest’s phone, to send by text or email',
				action: 'Generate an instant key for a user identity',
			},
			{ name: 'Get', value: 'get', description: 'Get a person by Seam ID or by your own key', action: 'Get a user identity' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the people in your Seam workspace',
				action: 'Get many user identities',
			},
			{
				name: 'List Accessible Devices',
				value: 'listAccessibleDevices',
				description: 'List the smart locks and other devices the person can use',
				action: 'List accessible devices of a user identity',
			},
			{
				name: 'List Accessible Entrances',
				value: 'listAccessibleEntrances',
				description: 'List the doors and gates the person can open',
				action: 'List accessible entrances of a user identity',
			},
			{
				name: 'List ACS Systems',
				value: 'listAcsSystems',
				description: 'List the access control systems the person has an account in',
				action: 'List ACS systems of a user identity',
			},
			{
				name: 'List ACS Users',
				value: 'listAcsUsers',
				description: "List the person's accounts in the access control systems",
				action: 'List ACS users of a user identity',
			},
			{
				name: 'Remove ACS User',
				value: 'removeAcsUser',
				description: "Unlink an access system account from the person (the account itself stays)",
				action: 'Remove an ACS user from a user identity',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a person's name, email address, phone number or key",
				action: 'Update a user identity',
			},
		],
		'create',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

import type { INodeProperties } from 'n8n-workflow';

import * as addToAccessGroup from './addToAccessGroup.operation';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as listAccessibleEntrances from './listAccessibleEntrances.operation';
import * as removeFromAccessGroup from './removeFromAccessGroup.operation';
import * as revokeAccessToAllEntrances from './revokeAccessToAllEntrances.operation';
import * as suspend from './suspend.operation';
import * as unsuspend from './unsuspend.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = {
	addToAccessGroup,
	create,
	delete: deleteOperation,
	get,
	getAll,
	listAccessibleEntrances,
	removeFromAccessGroup,
	revokeAccessToAllEntrances,
	suspend,
	unsuspend,
	update,
};

export const description: INodeProperties[] = [
	operationSelector(
		'acsUser',
		[
			{
				name: 'Add to Access Group',
				value: 'addToAccessGroup',
				description: 'Give the person the doors of an access group, such as "Lobby"',
				action: 'Add an ACS user to an access group',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a person’s account in an access control system',
				action: 'Create an ACS user',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete the account from the access control system, with its keys and cards',
				action: 'Delete an ACS user',
			},
			{ name: 'Get', value: 'get', description: 'Get one access control system account', action: 'Get an ACS user' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the accounts in your access control systems',
				action: 'Get many ACS users',
			},
			{
				name: 'List Accessible Entrances',
				value: 'listAccessibleEntrances',
				description: 'List the doors and gates the account can open',
				action: 'List accessible entrances of an ACS user',
			},
			{
				name: 'Remove From Access Group',
				value: 'removeFromAccessGroup',
				description: 'Take away the doors of an access group from the person',
				action: 'Remove an ACS user from an access group',
			},
			{
				name: 'Revoke Access to All Entrances',
				value: 'revokeAccessToAllEntrances',
				description: 'Take away every door the account can open, e.g. when a guest checks out',
				action: 'Revoke access to all entrances of an ACS user',
			},
			{
				name: 'Suspend',
				value: 'suspend',
				description: 'Block the account’s access for now, keeping it to restore later',
				action: 'Suspend an ACS user',
			},
			{
				name: 'Unsuspend',
				value: 'unsuspend',
				description: 'Restore the access of a suspended account',
				action: 'Unsuspend an ACS user',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the name, contact details or access dates of the account',
				action: 'Update an ACS user',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

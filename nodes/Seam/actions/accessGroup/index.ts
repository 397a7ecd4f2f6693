import type { INodeProperties } from 'n8n-workflow';

import * as addUser from './addUser.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as listAccessibleEntrances from './listAccessibleEntrances.operation';
import * as listUsers from './listUsers.operation';
import * as removeUser from './removeUser.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { addUser, get, getAll, listAccessibleEntrances, listUsers, removeUser };

export const description: INodeProperties[] = [
	operationSelector(
		'accessGroup',
		[
			{
				name: 'Add User',
				value: 'addUser',
				description: 'Give a person the access of a group, e.g. a guest to "Guest Rooms Floor 1"',
				action: 'Add a user to an access group',
			},
			{ name: 'Get', value: 'get', description: 'Get one access group', action: 'Get an access group' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the access groups (sets of doors) of your access control systems',
				action: 'Get many access groups',
			},
			{
				name: 'List Accessible Entrances',
				value: 'listAccessibleEntrances',
				description: 'List the doors that members of an access group can open',
				action: 'List the entrances of an access group',
			},
			{
				name: 'List Users',
				value: 'listUsers',
				description: 'List the people (ACS users) in an access group',
				action: 'List the users of an access group',
			},
			{
				name: 'Remove User',
				value: 'removeUser',
				description: "Take away a group's access from a person, e.g. at checkout",
				action: 'Remove a user from an access group',
			},
		],
		'getAll',
	),
	...addUser.description,
	...get.description,
	...getAll.description,
	...listAccessibleEntrances.description,
	...listUsers.description,
	...removeUser.description,
];

import type { INodeProperties } from 'n8n-workflow';

import * as addAcsEntrances from './addAcsEntrances.operation';
import * as addDevices from './addDevices.operation';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getRelated from './getRelated.operation';
import * as removeAcsEntrances from './removeAcsEntrances.operation';
import * as removeDevices from './removeDevices.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = {
	addAcsEntrances,
	addDevices,
	create,
	delete: deleteOperation,
	get,
	getAll,
	getRelated,
	removeAcsEntrances,
	removeDevices,
	update,
};

export const description: INodeProperties[] = [
	operationSelector(
		'space',
		[
			{
				name: 'Add Devices',
				value: 'addDevices',
				description: 'Add smart locks to a space',
				action: 'Add devices to a space',
			},
			{
				name: 'Add Entrances',
				value: 'addAcsEntrances',
				description: 'Add doors of your access control system to a space, e.g. the lobby and the elevator',
				action: 'Add entrances to a space',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Group the doors and locks a guest of one room or unit needs, e.g. Room 101 = its door, the lobby, the elevator',
				action: 'Create a space',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete a space (its doors and locks stay)', action: 'Delete a space' },
			{ name: 'Get', value: 'get', description: 'Get a space by Seam ID or by your own key', action: 'Get a space' },
			{ name: 'Get Many', value: 'getAll', description: 'List the spaces of the workspace', action: 'Get many spaces' },
			{
				name: 'Get Related',
				value: 'getRelated',
				description: 'Get the doors, locks, systems and accounts of spaces, e.g. to check what a room opens',
				action: 'Get what belongs to spaces',
			},
			{
				name: 'Remove Devices',
				value: 'removeDevices',
				description: 'Take smart locks out of a space',
				action: 'Remove devices from a space',
			},
			{
				name: 'Remove Entrances',
				value: 'removeAcsEntrances',
				description: 'Take doors of your access control system out of a space',
				action: 'Remove entrances from a space',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Rename a space, or replace all its doors and locks',
				action: 'Update a space',
			},
		],
		'create',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

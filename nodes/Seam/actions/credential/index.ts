import type { INodeProperties } from 'n8n-workflow';

import * as assign from './assign.operation';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as listAccessibleEntrances from './listAccessibleEntrances.operation';
import * as unassign from './unassign.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = {
	assign,
	create,
	delete: deleteOperation,
	get,
	getAll,
	listAccessibleEntrances,
	unassign,
	update,
};

export const description: INodeProperties[] = [
	operationSelector(
		'credential',
		[
			{
				name: 'Assign',
				value: 'assign',
				description: 'Give an existing credential (e.g. an unassigned key card) to a person',
				action: 'Assign a credential',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Issue a mobile key, key card or PIN code to a person',
				action: 'Create a credential',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Cancel a credential so it no longer opens any door',
				action: 'Delete a credential',
			},
			{ name: 'Get', value: 'get', description: 'Get one credential', action: 'Get a credential' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List mobile keys, key cards and PIN codes',
				action: 'Get many credentials',
			},
			{
				name: 'List Accessible Entrances',
				value: 'listAccessibleEntrances',
				description: 'List the doors a credential opens',
				action: 'List the entrances of a credential',
			},
			{
				name: 'Unassign',
				value: 'unassign',
				description: 'Take a credential away from a person without deleting it',
				action: 'Unassign a credential',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the PIN code or the end date of a credential',
				action: 'Update a credential',
			},
		],
		'create',
	),
	...assign.description,
	...create.description,
	...deleteOperation.description,
	...get.description,
	...getAll.description,
	...listAccessibleEntrances.description,
	...unassign.description,
	...update.description,
];

import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { create, delete: deleteOperation, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'accessGrant',
		[
			{
				name: 'Create',
				value: 'create',
				description:
					'Give a person access to doors for a period, with the mobile keys, PIN codes or cards to get in, e.g. for a guest’s stay',
				action: 'Create an access grant',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'End the access at once and remove its keys, codes and cards',
				action: 'Delete an access grant',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get an access grant by Seam ID or by your own key, such as the booking number',
				action: 'Get an access grant',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List access grants, e.g. of one person or one door',
				action: 'Get many access grants',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the name or the access period, e.g. when a guest extends their stay',
				action: 'Update an access grant',
			},
		],
		'create',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../types';

export const operations: SeamResource = { create, get };

export const description: INodeProperties[] = [
	operationSelector(
		'userIdentity',
		[
			{
				name: 'Create',
				value: 'create',
				description: 'Create a person in Seam, to give them access and mobile keys',
				action: 'Create a user identity',
			},
			{ name: 'Get', value: 'get', description: 'Get a person by Seam ID or by your own key', action: 'Get a user identity' },
		],
		'create',
	),
	...create.description,
	...get.description,
];

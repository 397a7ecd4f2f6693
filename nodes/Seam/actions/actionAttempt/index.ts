import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { get };

export const description: INodeProperties[] = [
	operationSelector(
		'actionAttempt',
		[
			{
				name: 'Get',
				value: 'get',
				description:
					'Check how an action on a door went, such as a remote unlock: pending, success or error (with the reason)',
				action: 'Get an action attempt',
			},
		],
		'get',
	),
	...get.description,
];

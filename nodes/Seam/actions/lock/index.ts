import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as lockDoor from './lockDoor.operation';
import * as unlockDoor from './unlockDoor.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { get, getAll, lockDoor, unlockDoor };

export const description: INodeProperties[] = [
	operationSelector(
		'lock',
		[
			{
				name: 'Get',
				value: 'get',
				description: 'Get one smart lock: locked or not, online or not, battery',
				action: 'Get a lock',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the smart locks of your connected accounts',
				action: 'Get many locks',
			},
			{
				name: 'Lock Door',
				value: 'lockDoor',
				description: 'Lock a smart lock remotely and, by default, wait until the lock confirms',
				action: 'Lock a door',
			},
			{
				name: 'Unlock Door',
				value: 'unlockDoor',
				description: 'Unlock a smart lock remotely and, by default, wait until the lock confirms',
				action: 'Unlock a door',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

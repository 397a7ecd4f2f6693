import type { INodeProperties } from 'n8n-workflow';

import * as deleteOperation from './delete.operation';
import * as encode from './encode.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as unlockDoor from './unlockDoor.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { delete: deleteOperation, encode, get, getAll, unlockDoor };

export const description: INodeProperties[] = [
	{
		displayName:
			'Access methods are the keys, PIN codes and cards an access grant gives, one each: Seam creates them with the access grant',
		name: 'accessMethodNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['accessMethod'] } },
	},
	operationSelector(
		'accessMethod',
		[
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove one key, code or card from its access grant, e.g. a lost card',
				action: 'Delete an access method',
			},
			{
				name: 'Encode',
				value: 'encode',
				description: 'Write a card access method onto the key card lying on an encoder and, by default, wait until the card is ready',
				action: 'Encode a card access method',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one key, code or card, e.g. to read the PIN code or the Instant Key link',
				action: 'Get an access method',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List keys, codes and cards, usually those of one access grant',
				action: 'Get many access methods',
			},
			{
				name: 'Unlock Door',
				value: 'unlockDoor',
				description: "Open one of the access grant's doors remotely with its cloud key and, by default, wait for the outcome",
				action: 'Unlock a door with an access method',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

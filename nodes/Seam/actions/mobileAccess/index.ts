import type { INodeProperties } from 'n8n-workflow';

import * as getStatus from './getStatus.operation';
import * as provision from './provision.operation';
import * as revoke from './revoke.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { provision, revoke, getStatus };

export const description: INodeProperties[] = [
	operationSelector(
		'mobileAccess',
		[
			{
				name: 'Get Status',
				value: 'getStatus',
				description: 'Whether a person has a working mobile key, in which systems, and on which phones',
				action: 'Get mobile access status',
			},
			{
				name: 'Provision',
				value: 'provision',
				description:
					'Give a person access in one step (an access grant with a mobile key, PIN code or card, or a mobile key made step by step): creates only what is missing, safe to run again',
				action: 'Provision mobile access',
			},
			{
				name: 'Revoke',
				value: 'revoke',
				description: 'Take a person’s access away, for example at checkout or when someone leaves; safe to run again',
				action: 'Revoke mobile access',
			},
		],
		'provision',
	),
	...provision.description,
	...revoke.description,
	...getStatus.description,
];

import type { INodeProperties } from 'n8n-workflow';

import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as launch from './launch.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { delete: deleteOperation, get, getAll, launch };

export const description: INodeProperties[] = [
	{
		displayName:
			'Legacy: Seam now enrolls phones with the credential manager automatically, so new workflows do not need enrollment automations. Use these operations only for setups that already rely on them.',
		name: 'enrollmentAutomationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['enrollmentAutomation'] } },
	},
	operationSelector(
		'enrollmentAutomation',
		[
			{
				name: 'Delete',
				value: 'delete',
				description: 'Stop enrolling the person’s phones (legacy)',
				action: 'Delete an enrollment automation',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one enrollment automation (legacy)',
				action: 'Get an enrollment automation',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the enrollment automations of a person (legacy)',
				action: 'Get many enrollment automations',
			},
			{
				name: 'Launch',
				value: 'launch',
				description:
					'Enroll a person’s phones with a credential manager, such as the ASSA ABLOY Credential Service (legacy)',
				action: 'Launch an enrollment automation',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

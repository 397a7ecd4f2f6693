import type { INodeProperties } from 'n8n-workflow';

import * as createSandboxPhone from './createSandboxPhone.operation';
import * as deactivate from './deactivate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { createSandboxPhone, deactivate, get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'phone',
		[
			{
				name: 'Create Sandbox Phone',
				value: 'createSandboxPhone',
				description: 'Simulate a guest’s phone in a Seam sandbox workspace, to test mobile keys',
				action: 'Create a sandbox phone',
			},
			{
				name: 'Deactivate',
				value: 'deactivate',
				description: 'Stop a lost or replaced phone from opening doors',
				action: 'Deactivate a phone',
			},
			{ name: 'Get', value: 'get', description: 'Get one phone', action: 'Get a phone' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the phones registered for mobile keys',
				action: 'Get many phones',
			},
		],
		'getAll',
	),
	...createSandboxPhone.description,
	...deactivate.description,
	...get.description,
	...getAll.description,
];

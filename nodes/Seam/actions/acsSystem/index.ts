import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as listCompatibleCredentialManagerAcsSystems from './listCompatibleCredentialManagerAcsSystems.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { get, getAll, listCompatibleCredentialManagerAcsSystems };

export const description: INodeProperties[] = [
	operationSelector(
		'acsSystem',
		[
			{ name: 'Get', value: 'get', description: 'Get one access control system', action: 'Get an ACS system' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the access control systems connected to your Seam workspace',
				action: 'Get many ACS systems',
			},
			{
				name: 'List Compatible Credential Managers',
				value: 'listCompatibleCredentialManagerAcsSystems',
				description:
					'List the systems that can issue mobile keys for this access control system, such as the ASSA ABLOY Credential Service for Visionline',
				action: 'List compatible credential managers of an ACS system',
			},
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
	...listCompatibleCredentialManagerAcsSystems.description,
];

import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getOrCreate from './getOrCreate.operation';
import * as grantAccess from './grantAccess.operation';
import * as revoke from './revoke.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = {
	create,
	delete: deleteOperation,
	get,
	getAll,
	getOrCreate,
	grantAccess,
	revoke,
};

export const description: INodeProperties[] = [
	{
		displayName:
			'A client session signs your own guest or staff app in to Seam: hand its token to the app, and the app reaches only that person’s keys and doors',
		name: 'clientSessionNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['clientSession'] } },
	},
	operationSelector(
		'clientSession',
		[
			{
				name: 'Create',
				value: 'create',
				description: 'Create a new session (with its token) for a person or an app user',
				action: 'Create a client session',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete a session', action: 'Delete a client session' },
			{
				name: 'Get',
				value: 'get',
				description: 'Get a session by Seam ID or by your own ID for the app user',
				action: 'Get a client session',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the sessions of your workspace',
				action: 'Get many client sessions',
			},
			{
				name: 'Get or Create',
				value: 'getOrCreate',
				description: 'Get the session of a person or app user, creating it the first time',
				action: 'Get or create a client session',
			},
			{
				name: 'Grant Access',
				value: 'grantAccess',
				description: 'Let an existing session reach a person’s keys and doors',
				action: 'Grant access to a client session',
			},
			{
				name: 'Revoke',
				value: 'revoke',
				description: 'Stop the session’s token from working at once, e.g. when a guest checks out early',
				action: 'Revoke a client session',
			},
		],
		'getOrCreate',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createMultiple from './createMultiple.operation';
import * as deleteOperation from './delete.operation';
import * as generateCode from './generateCode.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as pullBackupAccessCode from './pullBackupAccessCode.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = {
	create,
	createMultiple,
	delete: deleteOperation,
	generateCode,
	get,
	getAll,
	pullBackupAccessCode,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName:
			'Seam creates an access code at once and sets it on the lock in the background: the output\'s "status" says where it is (setting, set, unset), and "errors" why it failed, e.g. an offline lock',
		name: 'accessCodeNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['accessCode'] } },
	},
	operationSelector(
		'accessCode',
		[
			{
				name: 'Create',
				value: 'create',
				description: "Put a PIN code on a smart lock, e.g. for a guest's stay",
				action: 'Create an access code',
			},
			{
				name: 'Create Multiple',
				value: 'createMultiple',
				description: 'Put the same PIN code on several locks, e.g. front and back door',
				action: 'Create access codes on several locks',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove a PIN code from its lock, e.g. at check-out',
				action: 'Delete an access code',
			},
			{
				name: 'Generate Code',
				value: 'generateCode',
				description: 'Get a PIN the lock takes, without creating it',
				action: 'Generate a code',
			},
			{ name: 'Get', value: 'get', description: 'Get one PIN code and where it is', action: 'Get an access code' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the PIN codes Seam manages on a lock',
				action: 'Get many access codes',
			},
			{
				name: 'Pull Backup Access Code',
				value: 'pullBackupAccessCode',
				description: 'Hand out a spare code already on the lock when a code failed to set',
				action: 'Pull a backup access code',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a PIN code's name, PIN or dates, e.g. a late check-out",
				action: 'Update an access code',
			},
		],
		'create',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

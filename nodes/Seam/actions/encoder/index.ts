import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as scanCredential from './scanCredential.operation';
import * as scanToAssignCredential from './scanToAssignCredential.operation';
import * as simulateNextCredentialEncodeWillFail from './simulateNextCredentialEncodeWillFail.operation';
import * as simulateNextCredentialEncodeWillSucceed from './simulateNextCredentialEncodeWillSucceed.operation';
import * as simulateNextCredentialScanWillFail from './simulateNextCredentialScanWillFail.operation';
import * as simulateNextCredentialScanWillSucceed from './simulateNextCredentialScanWillSucceed.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = {
	get,
	getAll,
	scanCredential,
	scanToAssignCredential,
	simulateNextCredentialEncodeWillFail,
	simulateNextCredentialEncodeWillSucceed,
	simulateNextCredentialScanWillFail,
	simulateNextCredentialScanWillSucceed,
};

export const description: INodeProperties[] = [
	operationSelector(
		'encoder',
		[
			{ name: 'Get', value: 'get', description: 'Get one card encoder', action: 'Get an encoder' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the card encoders of an access control system, for example the one at your front desk',
				action: 'Get many encoders',
			},
			{
				name: 'Scan Credential',
				value: 'scanCredential',
				description: 'Read the key card lying on an encoder and, by default, wait for what is on it',
				action: 'Scan a card on an encoder',
			},
			{
				name: 'Scan to Assign Credential',
				value: 'scanToAssignCredential',
				description: 'Read the key card lying on an encoder and give it to a person, for cards your system registers beforehand',
				action: 'Scan a card and give it to a person',
			},
			{
				name: 'Simulate Encode Failure',
				value: 'simulateNextCredentialEncodeWillFail',
				description: 'In a Seam sandbox workspace, make the next card encoding on this encoder fail, to test your workflow',
				action: 'Simulate that the next card encoding fails',
			},
			{
				name: 'Simulate Encode Success',
				value: 'simulateNextCredentialEncodeWillSucceed',
				description: 'In a Seam sandbox workspace, make the next card encoding on this encoder succeed',
				action: 'Simulate that the next card encoding succeeds',
			},
			{
				name: 'Simulate Scan Failure',
				value: 'simulateNextCredentialScanWillFail',
				description: 'In a Seam sandbox workspace, make the next card scan on this encoder find no card',
				action: 'Simulate that the next card scan fails',
			},
			{
				name: 'Simulate Scan Success',
				value: 'simulateNextCredentialScanWillSucceed',
				description: 'In a Seam sandbox workspace, make the next card scan on this encoder read a card Seam knows',
				action: 'Simulate that the next card scan succeeds',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

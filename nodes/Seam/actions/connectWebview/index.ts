import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { create, get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'connectWebview',
		[
			{
				name: 'Create',
				value: 'create',
				description:
					"Make the link (URL) a property owner opens to connect their lock brand's account, e.g. in an onboarding email",
				action: 'Create a connect webview',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Check whether the owner has connected (status, connected account)',
				action: 'Get a connect webview',
			},
			{ name: 'Get Many', value: 'getAll', description: 'List Connect Webviews', action: 'Get many connect webviews' },
		],
		'create',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

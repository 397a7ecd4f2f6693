import type { INodeProperties } from 'n8n-workflow';

import * as convertToManaged from './convertToManaged.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { convertToManaged, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'unmanagedAccessCode',
		[
			{
				name: 'Convert to Managed',
				value: 'convertToManaged',
				description: 'Let Seam manage a code set outside Seam, so workflows can change or delete it',
				action: 'Convert an unmanaged access code to managed',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the PIN codes set on a lock outside Seam, e.g. in the brand's app",
				action: 'Get many unmanaged access codes',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];

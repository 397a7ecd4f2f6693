import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { newCodeFields, untilSetIfChosen, waitUntilSetProperties } from './fields';
import { fieldsCollection, seamIdList } from '../../helpers/descriptions';
import { lockLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { getSeamFields, getSeamIds } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('accessCode', 'createMultiple', [
	{
		...seamIdList(
			{
				displayName: 'Locks',
				name: 'deviceIds',
				description: 'The smart locks that get the same PIN, e.g. the front and back door of one rental',
			},
			lockLocator,
		),
		required: true,
	},
	fieldsCollection('additionalFields', [
		{
			displayName: 'If a Lock Cannot Take the Code',
			name: 'behaviorWhenCodeCannotBeShared',
			type: 'options',
			options: [
				{ name: 'Create Nothing (Fail)', value: 'throw', description: 'No code is created on any lock' },
				{ name: 'Give That Lock Its Own Code', value: 'create_random_code', description: 'The others still share one' },
			],
			default: 'throw',
			description: 'What Seam does when one of the locks cannot have the shared PIN (length it does not take, PIN already on it)',
		},
		...newCodeFields,
	]),
	...waitUntilSetProperties,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const deviceIds = getSeamIds(this, 'deviceIds', this.getNodeParameter('deviceIds', itemIndex, {}), itemIndex);
	const body = { device_ids: deviceIds, ...getSeamFields(this, 'additionalFields', itemIndex) };
	const codes = await seamApiRequest<IDataObject[]>(this, { route: 'access_codes/create_multiple', body, itemIndex });
	const done: IDataObject[] = [];
	for (const code of codes) done.push(await untilSetIfChosen(this, code, itemIndex));
	return done;
}

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { newCodeFields, untilSetIfChosen, waitUntilSetProperties } from './fields';
import { fieldsCollection, seamIdList } from '../../helpers/descriptions';
import { lockLocator } from '../../../shared/locators';
import { field, getSeamFields, getSeamParameters, type SeamField } from '../../helpers/fields';
import { displayed } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';
import { seamApiRequest } from '../../../shared/transport';

const locks = field.ids('device_ids', {
	...seamIdList(
		{
			displayName: 'Locks',
			name: 'deviceIds',
			description: 'The smart locks that get the same PIN, e.g. the front and back door of one rental',
		},
		lockLocator,
	),
	required: true,
});

const options: SeamField[] = [
	field.value('behavior_when_code_cannot_be_shared', {
		displayName: 'If a Lock Cannot Take the Code',
		name: 'behaviorWhenCodeCannotBeShared',
		type: 'options',
		options: [
			{ name: 'Create Nothing (Fail)', value: 'throw', description: 'No code is created on any lock' },
			{ name: 'Give That Lock Its Own Code', value: 'create_random_code', description: 'The others still share one' },
		],
		default: 'throw',
		description: 'What Seam does when one of the locks cannot have the shared PIN (length it does not take, PIN already on it)',
	}),
	...newCodeFields,
];

export const request: OperationRequest = { route: 'access_codes/create_multiple', fields: [locks, ...options] };

export const description = displayed('accessCode', 'createMultiple', [
	locks.property,
	fieldsCollection('additionalFields', options),
	...waitUntilSetProperties,
]);

/** By hand: with Wait Until Set, it reads each code again until it is on its lock. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const body = { ...getSeamParameters(this, [locks], itemIndex), ...getSeamFields(this, 'additionalFields', options, itemIndex) };
	const codes = await seamApiRequest<IDataObject[]>(this, { route: request.route, body, itemIndex });
	const done: IDataObject[] = [];
	for (const code of codes) done.push(await untilSetIfChosen(this, code, itemIndex));
	return done;
}

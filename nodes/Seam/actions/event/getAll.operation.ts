import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit } from '../../helpers/descriptions';
import { getLimit } from '../../helpers/list';
import {
	accessGrantLocator,
	acsSystemLocator,
	acsUserLocator,
	deviceLocator,
	entranceLocator,
	userIdentityLocator,
} from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { getSeamFields, toIsoDate } from '../../helpers/parameters';
import { seamEventList } from '../../../shared/eventPages';
import { ALL_EVENTS, EVENT_TYPE_OPTIONS } from '../../../shared/events';

const properties: INodeProperties[] = [
	{
		displayName: 'Since',
		name: 'since',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Only events after this date and time, e.g. {{ $now.minus({ days: 1 }) }} for the last 24 hours',
	},
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{
			displayName: 'Until',
			name: 'until',
			type: 'dateTime',
			default: '',
			description: 'Only events before this date and time (after Since). Empty: up to now.',
		},
		{
			displayName: 'Event Types',
			name: 'eventTypes',
			type: 'multiOptions',
			options: EVENT_TYPE_OPTIONS.filter((option) => option.value !== ALL_EVENTS),
			default: [],
			description: 'Only events of these kinds, e.g. "Credential: Issued" when a mobile key is ready for a guest',
		},
		{ ...acsSystemLocator, required: false, description: 'Only events of this access control system' },
		{ ...acsUserLocator, required: false, description: "Only events of this person's account in an access control system" },
		{ ...userIdentityLocator, required: false, description: 'Only events about this person' },
		{ ...entranceLocator, required: false, description: 'Only events of this door' },
		{ ...deviceLocator, required: false, description: 'Only events of this device, such as a smart lock or a phone' },
		{ ...accessGrantLocator, required: false, description: 'Only events of this access grant' },
	]),
];

export const description = displayed('event', 'getAll', properties);

/** The `events/list` window: after Since, and before Until when given (`between` excludes both ends, as Seam says). */
function eventWindow(context: IExecuteFunctions, itemIndex: number, until: unknown): IDataObject {
	const since = toIsoDate(context, context.getNodeParameter('since', itemIndex), itemIndex, 'Since');
	if (until === undefined) return { since };
	const end = toIsoDate(context, until, itemIndex, 'Until');
	if (end <= since) {
		throw new NodeOperationError(context.getNode(), 'Until is not after Since', {
			itemIndex,
			description: 'Set Until to a date and time after Since, or remove it to get events up to now.',
		});
	}
	return { between: [since, end] };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { until, ...filters } = getSeamFields(this, 'filters', itemIndex);
	const body = { ...filters, ...eventWindow(this, itemIndex, until) };
	return await seamEventList(this, { body, max: getLimit(this, itemIndex), itemIndex });
}

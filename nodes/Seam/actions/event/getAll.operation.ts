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
import { field, getSeamFields, TIME_ZONE_HINT, type SeamField } from '../../helpers/fields';
import { toIsoDate } from '../../helpers/parameters';
import type { OperationRequest } from '../../helpers/types';
import { seamEventList } from '../../../shared/eventPages';
import { ALL_EVENTS, EVENT_TYPE_OPTIONS } from '../../../shared/events';

const since: INodeProperties = {
	displayName: 'Since',
	name: 'since',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'Only events after this date and time, e.g. {{ $now.minus({ days: 1 }) }} for the last 24 hours',
	hint: TIME_ZONE_HINT,
};

const filters: SeamField[] = [
	field.value('event_types', {
		displayName: 'Event Types',
		name: 'eventTypes',
		type: 'multiOptions',
		options: EVENT_TYPE_OPTIONS.filter((option) => option.value !== ALL_EVENTS),
		default: [],
		description: 'Only events of these kinds, e.g. "Access Method (Mobile Key, PIN or Card): Issued" when a guest\'s mobile key is ready',
	}),
	field.id('acs_system_id', { ...acsSystemLocator, required: false, description: 'Only events of this access control system' }),
	field.id('acs_user_id', {
		...acsUserLocator,
		required: false,
		description: "Only events of this person's account in an access control system",
	}),
	field.id('user_identity_id', { ...userIdentityLocator, required: false, description: 'Only events about this person' }),
	field.id('acs_entrance_id', { ...entranceLocator, required: false, description: 'Only events of this door' }),
	field.id('device_id', {
		...deviceLocator,
		required: false,
		description: 'Only events of this device, such as a smart lock or a phone',
	}),
	field.id('access_grant_id', { ...accessGrantLocator, required: false, description: 'Only events of this access grant' }),
];

/** Until: events/list takes no such field; with it, the window is sent as `between` (see eventWindow). */
const until: INodeProperties = {
	displayName: 'Until',
	name: 'until',
	type: 'dateTime',
	default: '',
	description: 'Only events before this date and time (after Since). Empty: up to now.',
	hint: TIME_ZONE_HINT,
};

export const request: OperationRequest = { route: 'events/list', fields: [field.date('since', since), ...filters] };

const properties: INodeProperties[] = [since, ...returnAllAndLimit(), fieldsCollection('filters', filters, [until])];

export const description = displayed('event', 'getAll', properties);

/** The `events/list` window: after Since, and before Until when given (`between` excludes both ends, as Seam says). */
function eventWindow(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const start = toIsoDate(context, context.getNodeParameter(since.name, itemIndex), itemIndex, since.displayName);
	const end = context.getNodeParameter(`filters.${until.name}`, itemIndex, '');
	if (end === '' || end === null) return { since: start };
	const upper = toIsoDate(context, end, itemIndex, until.displayName);
	if (upper <= start) {
		throw new NodeOperationError(context.getNode(), 'Until is not after Since', {
			itemIndex,
			description: 'Set Until to a date and time after Since, or remove it to get events up to now.',
		});
	}
	return { between: [start, upper] };
}

/** By hand: events/list has no page cursor; the shared events pager (eventPages.ts) reads it, and Until makes the window `between`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const chosen = getSeamFields(this, 'filters', filters, itemIndex);
	const body = { ...chosen, ...eventWindow(this, itemIndex) };
	return await seamEventList(this, { body, max: getLimit(this, itemIndex), itemIndex });
}

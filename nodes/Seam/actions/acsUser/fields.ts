import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { SimpleFields } from '../../helpers/list';
import { accessGroupLocator } from '../../../shared/locators';
import { emailAddressField, phoneNumberField } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';

/** Fields of an ACS user shared by create and update; the access dates go into Seam's `access_schedule`. */
export const acsUserFields: SeamField[] = [
	field.text('email_address', { ...emailAddressField, description: `${emailAddressField.description}, as stored in the access control system` }),
	field.phone('phone_number', phoneNumberField),
	field.date('access_schedule.starts_at', {
		displayName: 'Access Starts At',
		name: 'startsAt',
		type: 'dateTime',
		default: '',
		description: 'When the person’s access begins, e.g. check-in time. When empty, access starts at once.',
	}),
	field.date('access_schedule.ends_at', {
		displayName: 'Access Ends At',
		name: 'endsAt',
		type: 'dateTime',
		default: '',
		description: 'When the person’s access ends, e.g. check-out time. Must be in the future.',
	}),
];

/** What "Simplify" keeps of an ACS user (Get, Get Many). */
export const SIMPLE_ACS_USER: SimpleFields = {
	fields: [
		'acs_user_id',
		'acs_system_id',
		'full_name',
		'email_address',
		'phone_number',
		'user_identity_id',
		'access_schedule',
		'is_suspended',
		'created_at',
	],
	keeps: 'the ID, system, name, contact details, user identity, access schedule and suspension',
};

/** Seam changes an ACS user's access schedule only with both dates (on create, a missing start means now). */
export function bothAccessDates(this: IExecuteFunctions, fields: IDataObject, itemIndex: number): IDataObject {
	const schedule = fields.access_schedule as IDataObject | undefined;
	if (schedule && (schedule.starts_at === undefined || schedule.ends_at === undefined)) {
		throw new NodeOperationError(this.getNode(), 'Access Starts At and Access Ends At go together', {
			itemIndex,
			description: 'To change when access starts or ends, give both Access Starts At and Access Ends At: Seam needs both.',
		});
	}
	return fields;
}

/** The access group to add the user to or remove them from: its list shows the groups of the chosen user's system. */
export const userAccessGroupLocator: INodeProperties = {
	...accessGroupLocator,
	description:
		'A set of doors in the user’s access control system, such as "Guest Rooms Floor 1" or "Lobby". The list shows the groups of the chosen user’s system.',
};

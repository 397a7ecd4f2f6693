import type { INodeProperties } from 'n8n-workflow';

import { userIdentifierKeyField } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';
import { userIdentityLocator } from '../../../shared/locators';

export const userIdentityField: INodeProperties = {
	...userIdentityLocator,
	required: false,
	description: 'The person the app signs in as: the session reaches their mobile keys and doors',
};

/** The fields client sessions are created with, by Create and Get or Create. */
export const sessionFields: SeamField[] = [
	field.id('user_identity_id', userIdentityField),
	field.text('user_identifier_key', {
		...userIdentifierKeyField,
		description: `${userIdentifierKeyField.description}. Lets you find the session again with Get.`,
	}),
	field.date('expires_at', {
		displayName: 'Expires At',
		name: 'expiresAt',
		type: 'dateTime',
		default: '',
		description: "When the session's token stops working, e.g. the guest's check-out time. Seam chooses one when empty.",
	}),
];

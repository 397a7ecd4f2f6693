import type { INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { spaceKeysField } from './fields';
import { reservationKeyField } from '../accessGrant/fields';
import { customerKeyField, userIdentityKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

/** A list of your keys, separated by commas, from the field of one key: `keysOf(reservationKeyField, 'Reservation Keys', …)`. */
const keysOf = (property: INodeProperties, displayName: string, description: string): INodeProperties => ({
	...property,
	displayName,
	name: `${property.name}s`,
	description: `${description}, separated by commas`,
});

export const { description, execute, request } = idOperation({
	resource: 'customer',
	operation: 'deleteData',
	route: 'customers/delete_data',
	fields: {
		collection: 'additionalFields',
		options: [
			field.keys('reservation_keys', keysOf(reservationKeyField, 'Reservation Keys', 'Cancelled reservations: Seam takes back their access')),
			field.keys('user_identity_keys', keysOf(userIdentityKeyField, 'User Identity Keys', 'Guests: Seam removes everything tied to them')),
			field.keys('customer_keys', keysOf(customerKeyField, 'Customer Keys', 'Customers who leave: Seam clears all their spaces, guests and settings')),
			field.keys('space_keys', { ...spaceKeysField, description: 'Spaces to remove, by your own keys, separated by commas' }),
		],
	},
	shape(fields, itemIndex) {
		// Seam accepts an empty request and deletes nothing: refused here, so a cancellation cannot silently do nothing.
		if (Object.keys(fields).length > 0) return fields;
		throw new NodeOperationError(this.getNode(), 'Nothing to delete', {
			itemIndex,
			description: 'Add the Reservation Keys of the cancelled bookings (or User Identity Keys, Customer Keys, Space Keys) under "Additional Fields".',
		});
	},
	done: 'deleted',
});

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { checkContacts, checkSpaces } from './checks';
import { customerKey, optionalReservationFields, reservationFields } from './fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { getSeamFields, getSeamParameters, propertiesOf } from '../../helpers/fields';
import { displayed } from '../../helpers/operations';
import type { SeamRequest } from '../../helpers/types';
import { seamApiRequest } from '../../../shared/transport';

const customer = customerKey('The customer of yours the reservation belongs to, e.g. the property: Seam requires one');

export const request: SeamRequest = { route: 'customers/push_data', fields: [customer, ...reservationFields, ...optionalReservationFields] };

export const description = displayed('customer', 'pushData', [
	...propertiesOf([customer, ...reservationFields]),
	fieldsCollection('additionalFields', optionalReservationFields),
]);

/**
 * By hand: it reads Seam before it writes. Seam answers `ok` to any push, even one it will do nothing with, so the
 * spaces and the guest are checked first; a push Seam would ignore fails the item, and nothing is sent.
 * Pushing the same Reservation Key again updates that reservation (the guide, step 3).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const given = getSeamParameters(this, [customer, ...reservationFields], itemIndex);
	const optional = getSeamFields(this, 'additionalFields', optionalReservationFields, itemIndex);
	const guest = { ...(given.user_identities as IDataObject), ...(optional.user_identities as IDataObject | undefined) };
	const reservation: IDataObject = {
		...(given.reservations as IDataObject),
		...(optional.reservations as IDataObject | undefined),
		user_identity_key: guest.user_identity_key,
	};
	await checkSpaces(this, reservation.space_keys as string[], itemIndex);
	await checkContacts(this, guest, itemIndex);
	const body = { customer_key: given.customer_key, user_identities: [guest], reservations: [reservation] };
	await seamApiRequest(this, { route: request.route, body, itemIndex });
	return { pushed: true };
}

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { checkContacts, checkSpaces } from './checks';
import { customerKey, optionalReservationFields, reservationFields } from './fields';
import { getSeamFields, getSeamParameters } from '../../helpers/fields';

export const customer = customerKey('The customer of yours the reservation belongs to, e.g. the property: Seam requires one');

/** One item's reservation, its guest and its customer, as push_data takes them. */
export interface Push {
	itemIndex: number;
	customerKey: string;
	guest: IDataObject;
	reservation: IDataObject;
}

function readPush(context: IExecuteFunctions, itemIndex: number): Push {
	const given = getSeamParameters(context, [customer, ...reservationFields], itemIndex);
	const optional = getSeamFields(context, 'additionalFields', optionalReservationFields, itemIndex);
	const guest = { ...(given.user_identities as IDataObject), ...(optional.user_identities as IDataObject | undefined) };
	const reservation = {
		...(given.reservations as IDataObject),
		...(optional.reservations as IDataObject | undefined),
		user_identity_key: guest.user_identity_key,
	};
	return { itemIndex, customerKey: given.customer_key as string, guest, reservation };
}

/** The item's reservation, once checked against what Seam would silently ignore (checks.ts). */
export async function checkedPush(context: IExecuteFunctions, itemIndex: number): Promise<Push> {
	const push = readPush(context, itemIndex);
	await checkSpaces(context, push.reservation.space_keys as string[], itemIndex);
	await checkContacts(context, push.guest, itemIndex);
	return push;
}

/** The push_data body of reservations of one customer: each guest once (by User Identity Key), every reservation. */
export function bodyOf(pushes: Push[]): IDataObject {
	const guests = new Map(pushes.map(({ guest }) => [guest.user_identity_key, guest]));
	return {
		customer_key: pushes[0].customerKey,
		user_identities: [...guests.values()],
		reservations: pushes.map(({ reservation }) => reservation),
	};
}

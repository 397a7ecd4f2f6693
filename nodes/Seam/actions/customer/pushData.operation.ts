import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { batchOf } from './batch';
import { claimContacts, sharedContactsOption } from './checks';
import { optionalReservationFields, reservationFields } from './fields';
import { bodyOf, checkedPush, customer } from './push';
import { fieldsCollection } from '../../helpers/descriptions';
import { propertiesOf } from '../../helpers/fields';
import { displayed } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';
import { seamApiRequest } from '../../../shared/transport';

export const request: OperationRequest = { route: 'customers/push_data', fields: [customer, ...reservationFields, ...optionalReservationFields] };

const together: INodeProperties = {
	displayName: 'Push Items Together',
	name: 'pushTogether',
	type: 'boolean',
	default: false,
	description:
		'Whether to send the reservations of all input items in one request per customer, instead of one request per item (e.g. a night’s bookings at once). Each item is still checked on its own.',
};

export const description = displayed('customer', 'pushData', [
	...propertiesOf([customer, ...reservationFields]),
	fieldsCollection('additionalFields', optionalReservationFields),
	fieldsCollection('options', [], [together, sharedContactsOption]),
]);

const pushesTogether = (context: IExecuteFunctions): boolean => context.getNodeParameter('options.pushTogether', 0, false) === true;

/** Together, every item runs at once so the batch sees them all (batch.ts); alone, one after the other. */
export function concurrency(this: IExecuteFunctions): number {
	return pushesTogether(this) ? this.getInputData().length : 1;
}

/**
 * By hand: it reads Seam before it writes. Seam answers `ok` to any push, even one it will do nothing with, so the
 * spaces and the guest are checked first (checks.ts); a push Seam would ignore fails its item, and is not sent.
 * Pushing the same Reservation Key again updates that reservation (the guide, step 3).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	if (pushesTogether(this)) return await batchOf(this).add(this, itemIndex, async () => await checkedPush(this, itemIndex));
	const push = await checkedPush(this, itemIndex);
	claimContacts(this, push.guest, itemIndex);
	await seamApiRequest(this, { route: request.route, body: bodyOf([push]), itemIndex });
	return { pushed: true };
}

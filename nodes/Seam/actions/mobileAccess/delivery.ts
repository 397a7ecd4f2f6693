import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Delivery } from './provisionInput';
import { seamApiRequest } from '../../transport';

export const deliverOption: INodeProperties = {
	displayName: 'Deliver',
	name: 'deliver',
	type: 'options',
	options: [
		{ name: 'Nothing', value: 'none', description: 'The key reaches the person through your own app or the manufacturer’s app' },
		{
			name: 'Instant Key Link',
			value: 'instantKey',
			description: 'Adds instant_key.instant_key_url: a link to send the guest (email, SMS) that opens the key on their phone, no app needed',
		},
		{
			name: 'Client Session Token',
			value: 'clientSession',
			description: 'Adds client_session.token: for your own app built with the Seam mobile SDK to sign in as this person',
		},
	],
	default: 'none',
	description: 'How the person gets their key onto their phone',
};

/** The instant key or client session the person needs to use their key, asked for once the key exists. */
export async function deliver(
	context: IExecuteFunctions,
	how: Delivery,
	userIdentityId: string,
	itemIndex: number,
): Promise<IDataObject> {
	const body = { user_identity_id: userIdentityId };
	if (how === 'instantKey') {
		return { instant_key: await seamApiRequest(context, { route: 'user_identities/generate_instant_key', body, itemIndex }) };
	}
	if (how === 'clientSession') {
		return { client_session: await seamApiRequest(context, { route: 'client_sessions/get_or_create', body, itemIndex }) };
	}
	return {};
}

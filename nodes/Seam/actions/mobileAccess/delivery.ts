import type { InstantKey } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Delivery } from './provisionInput';
import { seamApiRequest } from '../../../shared/transport';

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

/** A link that has at least this long left is handed out again instead of minting another one. */
const MIN_LINK_VALIDITY_MS = 60 * 60 * 1000;

/** The newest instant key link of this person that is still valid, so a re-sent booking does not mint a second link. */
async function validInstantKey(context: IExecuteFunctions, userIdentityId: string, itemIndex: number): Promise<InstantKey | undefined> {
	const keys = await seamApiRequest(context, {
		route: 'instant_keys/list',
		body: { user_identity_id: userIdentityId },
		itemIndex,
	});
	const validUntil = Date.now() + MIN_LINK_VALIDITY_MS;
	return keys
		.filter((key) => Date.parse(key.expires_at) > validUntil)
		.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
}

/**
 * The instant key or client session the person needs to use their key, asked for once the key exists.
 * Both are reused on re-runs: `client_sessions/get_or_create` by Seam itself, instant keys by looking for a
 * valid one first, but only for the same stay (`sameStay`: the key was reused as it was): a new stay, or a new
 * person, gets a new link, never an earlier stay's.
 */
export async function deliver(
	context: IExecuteFunctions,
	how: Delivery,
	person: { userIdentityId: string; sameStay: boolean },
	itemIndex: number,
): Promise<IDataObject> {
	const body = { user_identity_id: person.userIdentityId };
	if (how === 'instantKey') {
		const existing = person.sameStay ? await validInstantKey(context, person.userIdentityId, itemIndex) : undefined;
		const instantKey =
			existing ?? (await seamApiRequest(context, { route: 'user_identities/generate_instant_key', body, itemIndex }));
		return { instant_key: instantKey };
	}
	if (how === 'clientSession') {
		return { client_session: await seamApiRequest(context, { route: 'client_sessions/get_or_create', body, itemIndex }) };
	}
	return {};
}

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { startAction, type ActionDevice } from './actionAttempt';

// A card encoder at the desk: Seam writes a card access method onto the card lying on it, or reads that card back,
// each an action attempt (docs `creating-and-encoding-card-access-methods.mdx`: poll until `success`).

/** Someone has to place the card on the encoder: a longer default wait than a lock's 10 s (our choice). */
const ENCODER_WAIT_SECONDS = 30;

export const ENCODING: ActionDevice = {
	name: 'encoder',
	outcome: "is the card's credential with its card number",
	failure: 'no card on the encoder',
	maxWaitSeconds: ENCODER_WAIT_SECONDS,
};

export const SCANNING: ActionDevice = {
	name: 'encoder',
	outcome: 'says what is on the card and which Seam credential it is',
	failure: 'no card on the encoder',
	maxWaitSeconds: ENCODER_WAIT_SECONDS,
};

/**
 * Writes a card access method onto the card on an encoder and waits for it (`access_methods/encode`): the finished
 * action attempt, whose `result` is the card's credential (`card_number`, `is_issued: true`). Seam's refusal or a
 * failed encoding (no card on the encoder, …) fails the item with what to do; no answer within the wait, a timeout.
 */
export async function encodeAccessMethod(
	context: IExecuteFunctions,
	options: { accessMethodId: string; encoderId: string; itemIndex: number; maxWaitSeconds?: number },
): Promise<IDataObject> {
	const { accessMethodId, encoderId, itemIndex, maxWaitSeconds = ENCODER_WAIT_SECONDS } = options;
	const body = { access_method_id: accessMethodId, acs_encoder_id: encoderId };
	return await startAction(context, { route: 'access_methods/encode', body, itemIndex }, maxWaitSeconds * 1000);
}

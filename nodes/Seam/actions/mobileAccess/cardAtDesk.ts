import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readAccessMethods } from './accessGrant';
import type { AccessGrantInput } from './provisionInput';
import { encodeAccessMethod } from '../../helpers/encoder';
import { getOptionalSeamId } from '../../helpers/parameters';
import { encoderLocator } from '../../../shared/locators';

// A guest's key card, written at the front desk in the same step as their access: Seam makes the grant's card
// access method, and the encoder writes it onto the card lying on it (docs creating-and-encoding-card-access-methods).

export const encodeCardOption: INodeProperties = {
	...encoderLocator,
	displayName: 'Encode Card At',
	name: 'encodeCardAt',
	required: false,
	description:
		'The card encoder at your front desk: the guest’s new key card is written as soon as Seam has made it (place a blank card on the encoder first). Needs Card in Access Methods. A card already written is left as it is.',
};

/** Options → Encode Card At, checked before anything is written: it needs a card to encode. */
export function encoderOf(context: IExecuteFunctions, input: AccessGrantInput, itemIndex: number): string | undefined {
	const encoderId = getOptionalSeamId(context, encodeCardOption, itemIndex, `options.${encodeCardOption.name}`);
	if (encoderId && !input.accessMethods.includes('card')) {
		throw new NodeOperationError(context.getNode(), 'Encode Card At needs a card to encode', {
			itemIndex,
			description: 'Add Card to Options → Access Methods, or remove Options → Encode Card At.',
		});
	}
	return encoderId;
}

/**
 * Writes the grant's card that is not written yet onto the card on the encoder, and waits for the encoder. A card
 * already written (a re-sent booking) is left alone: a lost card is a new card access method (docs/mobile-access.md).
 */
export async function encodeGrantCard(
	context: IExecuteFunctions,
	accessGrantId: string,
	encoderId: string,
	itemIndex: number,
): Promise<IDataObject> {
	const methods = await readAccessMethods(context, accessGrantId, itemIndex);
	const card = methods.find((method) => method.mode === 'card' && method.is_issued !== true);
	if (!card) return { card_encoding: 'already written' };
	const attempt = await encodeAccessMethod(context, { accessMethodId: card.access_method_id, encoderId, itemIndex });
	return { card_encoding: 'written', card: attempt.result };
}

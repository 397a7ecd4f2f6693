import { acsUserForIdentity } from './domain';
import { badRequest, invalidParam } from './errors';
import { renderCredential } from './factories';
import { issueAccessMethod } from './grants';
import { lookup, resolveAcsUser } from './lookup';
import type { AccessMethodRecord, AcsUserRecord, EncoderRecord, EncoderSimulation } from './records';
import { startDeviceAction, type ActionOutcome } from './routes/action-attempts';
import type { ActionAttempt, AcsEncoder } from './seam-objects';
import type { SandboxStore } from './store';

// Card encoders (`acs_encoder`) and what they do in the background: encoding a card access method and scanning the
// card on the encoder, each an action attempt (ENCODE_CREDENTIAL, SCAN_CREDENTIAL) that is `pending`, then after the
// device delay `success` or `error`, as the lock actions. Sources: OpenAPI (`acs_encoder`, the action attempts'
// results and error types, `acs/encoders/simulate/*`); docs `creating-and-encoding-card-access-methods.mdx`
// (poll until `success`, `is_issued` and `issued_at` set, the card number in the result, "you cannot reuse the
// access method for another card"), `using-key-cards.mdx` (`is_encoding_required` turns `false`).

export function renderEncoder(store: SandboxStore, e: EncoderRecord): AcsEncoder {
	const system = store.acsSystems.get(e.acs_system_id);
	return {
		acs_encoder_id: e.acs_encoder_id,
		acs_system_id: e.acs_system_id,
		connected_account_id: system?.connected_account_id ?? '',
		workspace_id: store.workspace.workspace_id,
		display_name: e.display_name,
		created_at: e.created_at,
		errors: [],
	};
}

/** Seam's words for each simulated failure (the OpenAPI descriptions of the action attempt's error types). */
const FAILURE_MESSAGES: Record<string, string> = {
	no_credential_on_encoder: 'No card was placed on the encoder.',
	encoding_interrupted: 'Encoding was interrupted: the card was removed from the encoder before writing was complete.',
	uncategorized_error: 'The encoder reported an error.',
	action_attempt_expired: 'The encoder did not answer in time.',
	credential_cannot_be_reissued: 'This card access method is already on a card and cannot be written to another.',
};

const failure = (type: string): ActionOutcome => ({ error: { type, message: FAILURE_MESSAGES[type] ?? type } });

/** The next outcome a simulate route set on the encoder, used once. */
function takeSimulation(encoder: EncoderRecord, kind: 'next_encode' | 'next_scan'): EncoderSimulation | undefined {
	const simulation = encoder[kind];
	delete encoder[kind];
	return simulation;
}

/** A card number as Seam's examples show them (hex such as `164d29dc4a09b65f`; the format: **guess**), fixed per ID. */
const cardNumberOf = (id: string): string => id.replace(/-/g, '').slice(0, 16);

/**
 * `access_methods/encode`: writes a card access method onto the card on an encoder of one of its access systems.
 * On success the method is issued (`access_method.issued`) and its credential there has a card number.
 */
export function encodeAccessMethod(store: SandboxStore, method: AccessMethodRecord, encoder: EncoderRecord): ActionAttempt {
	if (method.mode !== 'card') throw invalidParam('access_method_id', 'Only a card access method can be encoded');
	const credential = method.acs_credential_ids
		.map((id) => store.credentials.get(id))
		.find((c) => c?.acs_system_id === encoder.acs_system_id);
	if (!credential) {
		throw badRequest('acs_system_mismatch', 'The encoder belongs to an access system this access method has no doors in');
	}
	return startDeviceAction(store, 'ENCODE_CREDENTIAL', undefined, () => {
		const simulation = takeSimulation(encoder, 'next_encode');
		if (simulation?.outcome === 'fail') return failure(simulation.error_code);
		if (method.issued_at !== null) return failure('credential_cannot_be_reissued');
		if (!store.accessMethods.has(method.access_method_id) || !store.credentials.has(credential.acs_credential_id)) {
			return failure('credential_deleted');
		}
		credential.card_number = cardNumberOf(credential.acs_credential_id);
		issueAccessMethod(store, method.access_method_id);
		encoder.card_acs_credential_id = credential.acs_credential_id;
		return { result: renderCredential(store, credential) };
	});
}

/**
 * `acs/encoders/scan_credential`: reads the card on the encoder, the one last encoded there (or what a simulate
 * route set), and names the credential Seam has for it.
 */
export function scanCredential(store: SandboxStore, encoder: EncoderRecord): ActionAttempt {
	return startDeviceAction(store, 'SCAN_CREDENTIAL', undefined, () => {
		const simulation = takeSimulation(encoder, 'next_scan');
		if (simulation?.outcome === 'fail') return failure(simulation.error_code);
		const scenario = simulation?.scenario ?? 'credential_exists_on_seam';
		const onSeamId = simulation?.acs_credential_id_on_seam ?? encoder.card_acs_credential_id;
		const onSeam = onSeamId === undefined ? undefined : store.credentials.get(onSeamId);
		if (scenario === 'credential_on_encoder_is_empty' || (!onSeam && simulation === undefined)) {
			return failure('no_credential_on_encoder');
		}
		const seam = scenario === 'credential_does_not_exist_on_seam' ? undefined : onSeam;
		return {
			result: {
				acs_credential_on_encoder: {
					card_number: seam?.card_number ?? cardNumberOf(encoder.acs_encoder_id),
					created_at: seam?.issued_at ?? store.nowIso(),
					is_issued: true,
					starts_at: seam?.starts_at ?? null,
					ends_at: seam?.ends_at ?? null,
				},
				acs_credential_on_seam: seam ? renderCredential(store, seam) : null,
				warnings: seam
					? scenario === 'credential_on_encoder_needs_update'
						? [{ warning_code: 'acs_credential_on_encoder_out_of_sync', warning_message: 'The card does not hold what Seam has for this credential: encode it again.' }]
						: []
					: [{ warning_code: 'acs_credential_on_seam_not_found', warning_message: 'Seam has no credential for the card on the encoder.' }],
			},
		};
	});
}

/**
 * The person's ACS user in a system, once asked: by `acs_user_id`, or the user identity's (made when missing). An
 * unknown person is refused at once, as on any route naming one.
 */
function personIn(
	store: SandboxStore,
	acsSystemId: string,
	person: { acs_user_id?: string; user_identity_id?: string },
): () => AcsUserRecord {
	if (person.user_identity_id === undefined) {
		const user = resolveAcsUser(store, { acs_user_id: person.acs_user_id }, { inSystem: acsSystemId });
		return () => user;
	}
	const identity = lookup.userIdentity(store, person.user_identity_id);
	return () => acsUserForIdentity(store, identity, acsSystemId);
}

/**
 * `acs/encoders/scan_to_assign_credential`: reads the card on the encoder and gives the credential on it to a person
 * (their ACS user in the encoder's system; for a user identity, Seam "uses it, otherwise one is created": OpenAPI).
 * The card on the encoder is the one last encoded there or what a scan simulation set (**guess**); no card: `error`
 * `no_credential_on_encoder`.
 */
export function scanToAssignCredential(
	store: SandboxStore,
	encoder: EncoderRecord,
	person: { acs_user_id?: string; user_identity_id?: string },
): ActionAttempt {
	const userOf = personIn(store, encoder.acs_system_id, person);
	return startDeviceAction(store, 'SCAN_TO_ASSIGN_CREDENTIAL', undefined, () => {
		const simulation = takeSimulation(encoder, 'next_scan');
		if (simulation?.outcome === 'fail') return failure(simulation.error_code);
		const cardId = simulation?.acs_credential_id_on_seam ?? encoder.card_acs_credential_id;
		const card = cardId === undefined ? undefined : store.credentials.get(cardId);
		if (!card) return failure('no_credential_on_encoder');
		const user = userOf();
		Object.assign(card, { acs_user_id: user.acs_user_id, user_identity_id: user.user_identity_id });
		return { result: renderCredential(store, card) };
	});
}

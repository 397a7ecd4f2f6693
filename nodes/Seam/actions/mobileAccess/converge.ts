import type { NodeApiError } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { backoffMs, MAX_ATTEMPTS } from '../../../shared/transport/retry';
import { isSeamErrorType, unlessSeamNotFound } from '../../../shared/transport/errors';

/** A failure after which Seam may have applied a create: a 5xx, or no answer at all (no HTTP status). */
export function mayHaveApplied(error: NodeApiError): boolean {
	const status = Number(error.httpCode);
	return Number.isNaN(status) || status >= 500;
}

/** A request's answer, or the error it failed with (which the caller then examines before deciding). */
export async function settle<T>(request: Promise<T>): Promise<{ value: T; failure?: undefined } | { value?: undefined; failure: NodeApiError }> {
	return await request.then(
		(value) => ({ value }),
		(failure: NodeApiError) => ({ failure }),
	);
}

/** An object Seam dates: what racers compare to agree on one. */
interface Dated {
	created_at: string;
}

/** The object every racer agrees on: the oldest (created_at), ties broken by ID. */
export function oldest<T extends Dated>(objects: T[], idOf: (object: T) => string): T | undefined {
	return [...objects].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || idOf(a).localeCompare(idOf(b)))[0];
}

export interface ConvergingCreate<T extends Dated> {
	create: () => Promise<T>;
	/** What already exists that this create would duplicate (e.g. the person's ACS users in the system). */
	existing: () => Promise<T[]>;
	/** The object's ID (e.g. `acs_user_id`). */
	idOf: (object: T) => string;
	/** Deletes this run's own object when a racer's is older (e.g. `acs/users/delete`). */
	remove: (id: string) => Promise<unknown>;
	/**
	 * Seam itself refuses a second one (a Salto Space user's mobile key): a racer's create is refused, so nothing is
	 * looked for after creating, and any refusal, whatever its type, is first met by looking.
	 */
	uniqueInSeam?: boolean;
}

/**
 * Creates an object Seam does not keep unique (a person's ACS user in one system, an ACS user's mobile key) so that
 * runs racing on the same person end with one. After a refusal or a failure that may have applied (no answer,
 * 5xx) it looks first, and creates again only if nothing is there and the failure was not a plain refusal. After creating it looks again: the oldest wins in every racer, and a
 * racer whose own object lost deletes it and goes on with the winner. The winner is never deleted, so the only key
 * never goes.
 */
export async function createConverging<T extends Dated>(spec: ConvergingCreate<T>): Promise<{ object: T; created: boolean }> {
	let created: T | undefined;
	// A temporary failure that may have applied is met by looking, then creating again, as patiently as the transport
	// retries any call; a plain refusal that no object explains stands.
	for (let attempt = 1; !created; attempt++) {
		const outcome = await settle(spec.create());
		if (!outcome.failure) {
			created = outcome.value;
			break;
		}
		// A refusal other than bad input may be a racer's object in the way; where Seam keeps one, any refusal may be.
		if (!spec.uniqueInSeam && isSeamErrorType(outcome.failure, 'invalid_input')) throw outcome.failure;
		const found = oldest(await spec.existing(), spec.idOf);
		if (found) return { object: found, created: false };
		if (!mayHaveApplied(outcome.failure) || attempt >= MAX_ATTEMPTS) throw outcome.failure;
		await sleep(backoffMs(attempt));
	}
	if (spec.uniqueInSeam) return { object: created, created: true };
	const ownId = spec.idOf(created);
	const winner = oldest([created, ...(await spec.existing()).filter((object) => spec.idOf(object) !== ownId)], spec.idOf);
	if (!winner || spec.idOf(winner) === ownId) return { object: created, created: true };
	await unlessSeamNotFound(spec.remove(ownId), () => undefined);
	return { object: winner, created: false };
}

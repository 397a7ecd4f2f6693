import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { seamApiRequest } from '../../../shared/transport';
import { backoffMs, MAX_ATTEMPTS } from '../../../shared/transport/retry';
import { isSeamErrorType, unlessSeamNotFound } from '../../../shared/transport/errors';

/** A failure after which Seam may have applied a create: a 5xx, or no answer at all (no HTTP status). */
export function mayHaveApplied(error: unknown): boolean {
	const status = Number((error as { httpCode?: string }).httpCode);
	return Number.isNaN(status) || status >= 500;
}

/** A request's answer, or the error it failed with (which the caller then examines before deciding). */
export async function settle<T>(request: Promise<T>): Promise<{ value: T; failure?: undefined } | { value?: undefined; failure: NodeApiError }> {
	return await request.then(
		(value) => ({ value }),
		(failure: NodeApiError) => ({ failure }),
	);
}

/** The object every racer agrees on: the oldest (created_at), ties broken by ID. */
export function oldest(objects: IDataObject[], idField: string): IDataObject | undefined {
	return [...objects].sort(
		(a, b) =>
			Date.parse(a.created_at as string) - Date.parse(b.created_at as string) ||
			String(a[idField]).localeCompare(String(b[idField])),
	)[0];
}

export interface ConvergingCreate {
	create: () => Promise<IDataObject>;
	/** What already exists that this create would duplicate (e.g. the person's ACS users in the system). */
	existing: () => Promise<IDataObject[]>;
	idField: string;
	deleteRoute: string;
	itemIndex: number;
}

/**
 * Creates an object Seam does not keep unique (a person's ACS user in one system, an ACS user's mobile key) so that
 * runs racing on the same person end with one. After a refusal or a failure that may have applied (no answer,
 * 5xx) it looks first, and creates again only if nothing is there and the failure was not a plain refusal. After creating it looks again: the oldest wins in every racer, and a
 * racer whose own object lost deletes it and goes on with the winner. The winner is never deleted, so the only key
 * never goes.
 */
export async function createConverging(context: IExecuteFunctions, spec: ConvergingCreate): Promise<{ object: IDataObject; created: boolean }> {
	let created: IDataObject | undefined;
	// A temporary failure that may have applied is met by looking, then creating again, as patiently as the transport
	// retries any call; a plain refusal that no object explains stands.
	for (let attempt = 1; !created; attempt++) {
		const outcome = await settle(spec.create());
		if (!outcome.failure) {
			created = outcome.value;
			break;
		}
		// A refusal other than bad input may be a racer's object in the way (Salto Space takes one mobile key).
		if (isSeamErrorType(outcome.failure, 'invalid_input')) throw outcome.failure;
		const found = oldest(await spec.existing(), spec.idField);
		if (found) return { object: found, created: false };
		if (!mayHaveApplied(outcome.failure) || attempt >= MAX_ATTEMPTS) throw outcome.failure;
		await sleep(backoffMs(attempt));
	}
	const ownId = created[spec.idField];
	const winner = oldest([created, ...(await spec.existing()).filter((object) => object[spec.idField] !== ownId)], spec.idField);
	if (!winner || winner[spec.idField] === ownId) return { object: created, created: true };
	await unlessSeamNotFound(
		seamApiRequest(context, { route: spec.deleteRoute, body: { [spec.idField]: ownId }, itemIndex: spec.itemIndex }),
		() => undefined,
	);
	return { object: winner, created: false };
}

import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { displayed } from './operations';
import { getSeamParameters, propertiesOf, type SeamField } from './fields';
import { getPerson, personFields, personProperties, type PersonChoice } from './person';
import type { SeamOperation } from './types';
import { seamApiRequest } from '../../shared/transport';

/**
 * How often waiting asks Seam again. Seam's SDK polls action attempts every second (`@seamapi/http`,
 * resolve-action-attempt.ts); a fixed value, in an object only so that tests can shorten it (`jest.replaceProperty`).
 */
export const POLLING = { intervalMs: 1000 };

/** Seam's SDK waits 10 s for an action attempt by default. */
const DEFAULT_MAX_WAIT_SECONDS = 10;

/** "Max Wait (Seconds)", shown when `flag` is on. */
export function maxWaitProperty(flag: string, defaultSeconds: number, description: string): INodeProperties {
	return {
		displayName: 'Max Wait (Seconds)',
		name: 'maxWaitSeconds',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 300 },
		default: defaultSeconds,
		description,
		displayOptions: { show: { [flag]: [true] } },
	};
}

/** What carries an action out, in the words of Wait for Outcome: a lock (lock, unlock) or a card encoder. */
export interface ActionDevice {
	name: string;
	/** What the finished outcome tells, e.g. "says whether the door opened". */
	outcome: string;
	/** A failure that fails the item, e.g. "an offline lock". */
	failure: string;
	maxWaitSeconds: number;
}

const LOCK: ActionDevice = {
	name: 'lock',
	outcome: 'says whether the door opened',
	failure: 'an offline lock',
	maxWaitSeconds: DEFAULT_MAX_WAIT_SECONDS,
};

/**
 * "Wait for Outcome" and how long to wait: on by default from node version 2, as in Seam's SDK; version 1 (whose
 * Entrance → Unlock answered the pending attempt) keeps that, so a saved workflow does not start waiting.
 */
function waitForOutcomeProperties(device: ActionDevice): INodeProperties[] {
	const waitForOutcome: INodeProperties = {
		displayName: 'Wait for Outcome',
		name: 'waitForOutcome',
		type: 'boolean',
		default: true,
		description: `Whether to wait until the ${device.name} confirms: Seam answers at once with a pending action attempt, and the ${device.name} reports back a few seconds later. On: the output ${device.outcome}, and a failure (such as ${device.failure}) fails the item. Off: the output is the pending action attempt; check it later with Action Attempt → Get.`,
	};
	return [
		{ ...waitForOutcome, default: false, displayOptions: { show: { '@version': [1] } } },
		{ ...waitForOutcome, displayOptions: { show: { '@version': [2] } } },
		maxWaitProperty('waitForOutcome', device.maxWaitSeconds, `How long to wait for the ${device.name} before failing the item with a timeout`),
	];
}

/** The wait the user chose, in milliseconds, or undefined when not waiting. */
export function chosenWaitMs(
	context: IExecuteFunctions,
	flag: string,
	itemIndex: number,
	defaultOn: boolean,
	defaultSeconds = DEFAULT_MAX_WAIT_SECONDS,
): number | undefined {
	if (!(context.getNodeParameter(flag, itemIndex, defaultOn) as boolean)) return undefined;
	const seconds = context.getNodeParameter('maxWaitSeconds', itemIndex, defaultSeconds) as number;
	if (!(seconds > 0)) {
		throw new NodeOperationError(context.getNode(), `Max Wait must be a number of seconds above 0 (got ${seconds})`, {
			itemIndex,
			description: 'Set Max Wait (Seconds) to how long to wait, for example 10.',
		});
	}
	return seconds * 1000;
}

/**
 * Reads `read()` every POLLING.intervalMs until `settled` says so, for at most `timeoutMs` (the first read happens
 * at once). Returns the last value read and whether it settled.
 */
export async function pollUntil<T>(
	read: () => Promise<T>,
	settled: (value: T) => boolean,
	timeoutMs: number,
	first?: T,
): Promise<{ value: T; settled: boolean }> {
	const deadline = Date.now() + timeoutMs;
	let value = first ?? (await read());
	while (!settled(value)) {
		const remaining = deadline - Date.now();
		if (remaining <= 0) return { value, settled: false };
		await sleep(Math.min(POLLING.intervalMs, remaining));
		value = await read();
	}
	return { value, settled: true };
}

const ACTION_NAMES: Record<string, string> = {
	ENCODE_CREDENTIAL: 'card encoding',
	SCAN_CREDENTIAL: 'card scan',
	SCAN_TO_ASSIGN_CREDENTIAL: 'card scan',
};

/** "UNLOCK_DOOR" → "unlock door", "ENCODE_CREDENTIAL" → "card encoding", for messages. */
function actionWords(attempt: IDataObject): string {
	const type = String(attempt.action_type ?? 'action');
	return ACTION_NAMES[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

/**
 * What to do about a failed action, by its error type (a message only: nothing is decided on it). The encoder's are
 * the types Seam's OpenAPI document lists for ENCODE_CREDENTIAL, SCAN_CREDENTIAL and SCAN_TO_ASSIGN_CREDENTIAL;
 * `device_offline` is the sandbox's.
 */
const ACTION_FIXES: Record<string, string> = {
	device_offline: 'The device is offline: check its power, batteries and Wi-Fi or hub, then try again.',
	no_credential_on_encoder: 'There was no card on the encoder: place a card on it and run again.',
	incompatible_card_format: "The card on the encoder is not a kind this access system writes: use one of your property's own blank key cards.",
	encoding_interrupted: 'The card was taken off the encoder before it was written: place it back on the encoder and run again.',
	credential_cannot_be_reissued:
		'This card access method is already written to a card and cannot be written to another: for a new or replacement card, give the guest a new card access method (see the lost-card steps in the docs) and encode that.',
	credential_deleted: 'The card access method was deleted before it was written: give the guest a new one and encode that.',
	encoder_not_online: 'The encoder is offline: check that it is switched on and connected, then run again.',
	encoder_communication_timeout: 'Seam could not reach the encoder in time: check that it is switched on and connected, then run again.',
	bridge_disconnected: 'Seam Bridge, which connects Seam to your on-site access system, is disconnected: check the computer it runs on, then run again.',
	action_attempt_expired: 'Seam gave up waiting: run again.',
};

/**
 * Waits until Seam's action attempt is no longer `pending` (polling `action_attempts/get`): answers it on `success`,
 * fails the item with Seam's error on `error`, and with a timeout naming the attempt when it is still pending.
 */
export async function waitForActionAttempt(
	context: IExecuteFunctions,
	attempt: IDataObject,
	itemIndex: number,
	timeoutMs: number,
): Promise<IDataObject> {
	const id = attempt.action_attempt_id as string;
	const { value, settled } = await pollUntil(
		async () =>
			await seamApiRequest(context, { route: 'action_attempts/get', body: { action_attempt_id: id }, itemIndex }),
		(current) => current.status !== 'pending',
		timeoutMs,
		attempt,
	);
	if (!settled) {
		throw new NodeOperationError(
			context.getNode(),
			`The ${actionWords(value)} was not confirmed within ${Math.round(timeoutMs / 1000)} s (action attempt ${id} is still pending)`,
			{
				itemIndex,
				description: `Seam is still waiting for the device. The action may yet succeed: check action attempt ${id} with Action Attempt → Get, or raise Max Wait (Seconds).`,
			},
		);
	}
	if (value.status === 'error') {
		const error = (value.error ?? {}) as { type?: string; message?: string };
		const failure = new NodeOperationError(
			context.getNode(),
			`The ${actionWords(value)} failed: ${error.message ?? 'Seam reported an error'}`,
			{
				itemIndex,
				description: `Seam's error "${error.type ?? 'unknown'}" on action attempt ${id}.${
					error.type && ACTION_FIXES[error.type] ? ` ${ACTION_FIXES[error.type]}` : ''
				}`,
			},
		);
		Object.assign(failure, { seamErrorType: error.type, actionAttempt: value });
		throw failure;
	}
	return value;
}

/**
 * Starts an action Seam carries out in the background (a remote unlock, encoding a card): its action attempt as
 * Seam answers it, or, given how long to wait, as it finished (see waitForActionAttempt).
 */
export async function startAction(
	context: IExecuteFunctions,
	request: { route: string; body: IDataObject; itemIndex: number },
	timeoutMs: number | undefined,
): Promise<IDataObject> {
	const attempt = await seamApiRequest(context, request);
	return timeoutMs === undefined ? attempt : await waitForActionAttempt(context, attempt, request.itemIndex, timeoutMs);
}

/**
 * An action Seam carries out in the background on objects picked by ID (a remote unlock): the request, then, with
 * "Wait for Outcome", the finished action attempt.
 */
export function actionOperation(options: {
	resource: string;
	operation: string;
	route: string;
	/** The pickers of the objects acted on, declared with their Seam fields. */
	parameters: SeamField[];
	/** The person the action is for (see person.ts), e.g. who gets the card scanned at an encoder. */
	person?: PersonChoice;
	/** What carries the action out (Wait for Outcome's words and default wait): a lock unless said. */
	device?: ActionDevice;
}): SeamOperation {
	const { resource, operation, route, parameters, person, device = LOCK } = options;
	const people = person ? personFields(person) : undefined;
	const properties = [...propertiesOf(parameters), ...(person ? personProperties(person) : []), ...waitForOutcomeProperties(device)];
	return {
		description: displayed(resource, operation, properties),
		request: { route, fields: [...parameters, ...(people ? [...people.userIdentity, ...people.acsUser] : [])] },
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const timeoutMs = chosenWaitMs(this, 'waitForOutcome', itemIndex, true, device.maxWaitSeconds);
			const body = { ...getSeamParameters(this, parameters, itemIndex), ...(person ? getPerson(this, person, itemIndex) : {}) };
			return await startAction(this, { route, body, itemIndex }, timeoutMs);
		},
	};
}

import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { displayed } from './operations';
import { getSeamParameters, propertiesOf, type SeamField } from './fields';
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

const WAIT_FOR_OUTCOME: INodeProperties = {
	displayName: 'Wait for Outcome',
	name: 'waitForOutcome',
	type: 'boolean',
	default: true,
	description:
		'Whether to wait until the lock confirms: Seam answers at once with a pending action attempt, and the lock reports back a few seconds later. On: the output says whether the door opened, and a failure (such as an offline lock) fails the item. Off: the output is the pending action attempt; check it later with Action Attempt → Get.',
};

/**
 * "Wait for Outcome" and how long to wait: on by default from node version 2, as in Seam's SDK; version 1 (whose
 * Entrance → Unlock answered the pending attempt) keeps that, so a saved workflow does not start waiting.
 */
export const waitForOutcomeProperties: INodeProperties[] = [
	{ ...WAIT_FOR_OUTCOME, default: false, displayOptions: { show: { '@version': [1] } } },
	{ ...WAIT_FOR_OUTCOME, displayOptions: { show: { '@version': [2] } } },
	maxWaitProperty('waitForOutcome', DEFAULT_MAX_WAIT_SECONDS, 'How long to wait for the lock before failing the item with a timeout'),
];

/** The wait the user chose, in milliseconds, or undefined when not waiting. */
export function chosenWaitMs(context: IExecuteFunctions, flag: string, itemIndex: number, defaultOn: boolean): number | undefined {
	if (!(context.getNodeParameter(flag, itemIndex, defaultOn) as boolean)) return undefined;
	const seconds = context.getNodeParameter('maxWaitSeconds', itemIndex, DEFAULT_MAX_WAIT_SECONDS) as number;
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

/** "UNLOCK_DOOR" → "unlock door", for messages. */
const actionWords = (attempt: IDataObject): string => String(attempt.action_type ?? 'action').toLowerCase().replace(/_/g, ' ');

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
					error.type === 'device_offline'
						? ' The device is offline: check its power, batteries and Wi-Fi or hub, then try again.'
						: ''
				}`,
			},
		);
		Object.assign(failure, { seamErrorType: error.type, actionAttempt: value });
		throw failure;
	}
	return value;
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
}): SeamOperation {
	const { resource, operation, route, parameters } = options;
	return {
		description: displayed(resource, operation, [...propertiesOf(parameters), ...waitForOutcomeProperties]),
		request: { route, fields: parameters },
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const timeoutMs = chosenWaitMs(this, 'waitForOutcome', itemIndex, true);
			const body = getSeamParameters(this, parameters, itemIndex);
			const attempt = await seamApiRequest(this, { route, body, itemIndex });
			return timeoutMs === undefined ? attempt : await waitForActionAttempt(this, attempt, itemIndex, timeoutMs);
		},
	};
}

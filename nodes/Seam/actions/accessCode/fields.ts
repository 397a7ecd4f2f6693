import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chosenWaitMs, maxWaitProperty, pollUntil } from '../../helpers/actionAttempt';
import { endsAtField, pinCodeField, startsAtField } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';
import type { SimpleFields } from '../../helpers/list';
import type { Output } from '../../helpers/operations';
import { seamApiRequest } from '../../../shared/transport';

/** The fields of a new code (Create, Create Multiple) and of a change (Update), as Seam names them. */
const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Guest: Jane Doe (booking 48213)',
	description: "A name to recognise the code by in Seam and, where the brand allows, in the lock's app",
};

/** Also Unmanaged Access Code → Convert to Managed's: the same choice about the same code. */
export const allowExternalModificationField: INodeProperties = {
	displayName: 'Allow External Modification',
	name: 'allowExternalModification',
	type: 'boolean',
	default: false,
	description: "Whether Seam leaves the code alone when someone changes it in the lock brand's app (otherwise Seam puts it back)",
};

const code = field.text('code', {
	...pinCodeField,
	description: 'The PIN, digits only, of a length the lock takes (often 4 to 8). Leave it out and Seam picks one.',
});
const startsAt = field.date('starts_at', {
	...startsAtField,
	description: 'When the code starts working, e.g. check-in time. Leave both dates out for a code that works until deleted.',
});
const endsAt = field.date('ends_at', {
	...endsAtField,
	description: 'When the code stops working, e.g. check-out time (must be in the future)',
});
const name = field.text('name', nameField);
const allowExternalModification = field.value('allow_external_modification', allowExternalModificationField);

/** Optional fields of a new code, shared by Create and Create Multiple. */
export const newCodeFields: SeamField[] = [
	allowExternalModification,
	field.value('attempt_for_offline_device', {
		displayName: 'Attempt for Offline Device',
		name: 'attemptForOfflineDevice',
		type: 'boolean',
		default: true,
		description: 'Whether Seam creates the code when the lock is offline, to set it once the lock is back (off: refuse at once)',
	}),
	code,
	endsAt,
	name,
	field.value('prefer_native_scheduling', {
		displayName: 'Prefer Native Scheduling',
		name: 'preferNativeScheduling',
		type: 'boolean',
		default: true,
		description: 'Whether the lock itself switches a time-bound code on and off, where the brand supports it',
	}),
	field.value('preferred_code_length', {
		displayName: 'Preferred Code Length',
		name: 'preferredCodeLength',
		type: 'number',
		typeOptions: { minValue: 4, maxValue: 12 },
		default: 4,
		description: 'How many digits Seam picks when no Code is given (if the lock does not take that length, its shortest)',
	}),
	startsAt,
	field.value('use_backup_access_code_pool', {
		displayName: 'Use Backup Access Code Pool',
		name: 'useBackupAccessCodePool',
		type: 'boolean',
		default: false,
		description:
			'Whether Seam keeps spare codes on the lock, so that a backup can be handed out (Pull Backup Access Code) if this one fails to set. Time-bound codes only.',
	}),
];

export const updateCodeFields: SeamField[] = [
	allowExternalModification,
	code,
	endsAt,
	name,
	startsAt,
	field.value('type', {
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Ongoing', value: 'ongoing', description: 'Works until deleted (removes the dates)' },
			{ name: 'Time Bound', value: 'time_bound', description: 'Works from Starts At to Ends At' },
		],
		default: 'ongoing',
		description: 'Make the code work until deleted, or only between its dates',
	}),
];

/** "Wait Until Set" (off by default: a lock can take a minute or more) and how long to wait. */
export const waitUntilSetProperties: INodeProperties[] = [
	{
		displayName: 'Wait Until Set',
		name: 'waitUntilSet',
		type: 'boolean',
		default: false,
		description:
			'Whether to wait until the code is on the lock: Seam creates it at once (status "setting") and sets it on the lock in the background. On: the output is the code once set (or scheduled on the lock for a later start), and a failure (such as an offline lock) fails the item with the reason.',
	},
	maxWaitProperty('waitUntilSet', 30, 'How long to wait for the lock before failing the item with a timeout'),
];

/** The code is on the lock: set, or scheduled on the lock for its start (natively scheduled codes stay `unset` till then). */
const isOnLock = (code: IDataObject): boolean => code.status === 'set' || code.is_scheduled_on_device === true;
const errorsOf = (code: IDataObject): IDataObject[] => (Array.isArray(code.errors) ? (code.errors as IDataObject[]) : []);

/**
 * With "Wait Until Set", polls `access_codes/get` until the code is on the lock (answers it), has an error (fails
 * the item with Seam's reason and the code's ID, e.g. for Pull Backup Access Code) or the wait is over.
 */
export async function untilSetIfChosen(context: IExecuteFunctions, code: IDataObject, itemIndex: number): Promise<IDataObject> {
	const timeoutMs = chosenWaitMs(context, 'waitUntilSet', itemIndex, false);
	if (timeoutMs === undefined) return code;
	const id = code.access_code_id as string;
	const { value, settled } = await pollUntil(
		async () => await seamApiRequest(context, { route: 'access_codes/get', body: { access_code_id: id }, itemIndex }),
		(current) => isOnLock(current) || errorsOf(current).length > 0,
		timeoutMs,
	);
	const [error] = errorsOf(value);
	if (error) {
		const failure = new NodeOperationError(
			context.getNode(),
			`The access code ${String(value.code ?? '')} was not set on the lock: ${String(error.message ?? error.error_code)}`,
			{
				itemIndex,
				description: `Seam's error "${String(error.error_code)}" on access code ${id}${
					errorsOf(value).length > 1 ? ` (also: ${errorsOf(value).slice(1).map((e) => String(e.error_code)).join(', ')})` : ''
				}. Check the lock (power, Wi-Fi or hub); Seam keeps trying while the code exists. For a time-bound code with a backup pool, hand out a backup with Pull Backup Access Code.`,
			},
		);
		Object.assign(failure, { seamErrorType: error.error_code, accessCode: value });
		throw failure;
	}
	if (!settled) {
		throw new NodeOperationError(
			context.getNode(),
			`The access code ${id} was still "${String(value.status)}" after ${Math.round(timeoutMs / 1000)} s`,
			{
				itemIndex,
				description: `Seam is still setting the code on the lock. Check it later with Access Code → Get (ID ${id}), or raise Max Wait (Seconds).`,
			},
		);
	}
	return value;
}

/** The output of Create: the code Seam answered, or with Wait Until Set the code once on the lock. */
export const untilSet: Output = {
	properties: waitUntilSetProperties,
	of: async (context, code, itemIndex) => await untilSetIfChosen(context, code, itemIndex),
};

/** What "Simplify" keeps of an access code (Get, Get Many). */
export const SIMPLE_ACCESS_CODE: SimpleFields = {
	fields: [
		'access_code_id',
		'device_id',
		'name',
		'code',
		'type',
		'status',
		'starts_at',
		'ends_at',
		'errors',
		'warnings',
		'created_at',
	],
	keeps: 'the ID, lock (device), name, PIN, type (ongoing or time-bound), status (setting, set, unset, removing), start and end dates, errors, warnings and creation date',
};

import type { INodeProperties } from 'n8n-workflow';

import * as accessCode from './accessCode';
import * as accessGrant from './accessGrant';
import * as accessGroup from './accessGroup';
import * as accessMethod from './accessMethod';
import * as actionAttempt from './actionAttempt';
import * as acsSystem from './acsSystem';
import * as acsUser from './acsUser';
import * as clientSession from './clientSession';
import * as connectedAccount from './connectedAccount';
import * as connectWebview from './connectWebview';
import * as credential from './credential';
import * as customer from './customer';
import * as device from './device';
import * as encoder from './encoder';
import * as enrollmentAutomation from './enrollmentAutomation';
import * as entrance from './entrance';
import * as event from './event';
import * as instantKey from './instantKey';
import * as lock from './lock';
import * as mobileAccess from './mobileAccess';
import * as phone from './phone';
import * as space from './space';
import * as unmanagedAccessCode from './unmanagedAccessCode';
import * as userIdentity from './userIdentity';
import * as webhook from './webhook';
import type { SeamResource } from '../helpers/types';

/** A resource: its name and what it is in a hotel's or office's words (the Resource dropdown shows both), its operations. */
interface ResourceEntry {
	name: string;
	value: string;
	description: string;
	module: { operations: SeamResource; description: INodeProperties[] };
}

/** Every resource of the Seam node: the Resource dropdown, and the operations the router dispatches to. */
const RESOURCES: ResourceEntry[] = [
	{
		name: 'Access Code',
		value: 'accessCode',
		description: 'PIN codes on smart locks and keypads: create one for a stay, change it or take it away',
		module: accessCode,
	},
	{
		name: 'Access Grant',
		value: 'accessGrant',
		description: "One person's access to doors for a stay or a shift, with the mobile keys, PIN codes or cards Seam issues for it",
		module: accessGrant,
	},
	{
		name: 'Access Group',
		value: 'accessGroup',
		description: 'A set of doors given to people together in an access system, such as "Guest Rooms Floor 1"',
		module: accessGroup,
	},
	{
		name: 'Access Method',
		value: 'accessMethod',
		description: 'A mobile key, PIN code or card that an access grant gives a guest or staff member',
		module: accessMethod,
	},
	{
		name: 'ACS System',
		value: 'acsSystem',
		description: "A building's access control system linked to Seam, such as Salto, Visionline or Brivo",
		module: acsSystem,
	},
	{
		name: 'ACS User',
		value: 'acsUser',
		description: "A guest's or staff member's account in an access control system",
		module: acsUser,
	},
	{
		name: 'Action Attempt',
		value: 'actionAttempt',
		description: 'The outcome of a remote action, such as unlocking a door',
		module: actionAttempt,
	},
	{
		name: 'Client Session',
		value: 'clientSession',
		description: "Lets your guest or staff app open one person's mobile keys",
		module: clientSession,
	},
	{
		name: 'Connect Webview',
		value: 'connectWebview',
		description: 'A sign-in page where you link a lock brand or access system login to Seam',
		module: connectWebview,
	},
	{
		name: 'Connected Account',
		value: 'connectedAccount',
		description: 'A lock brand or access system login linked to Seam',
		module: connectedAccount,
	},
	{
		name: 'Credential',
		value: 'credential',
		description: 'A mobile key, card or PIN code in an access control system',
		module: credential,
	},
	{
		name: 'Customer (Reservation Automations)',
		value: 'customer',
		description: 'Hand bookings from your PMS to Seam, which then gives and takes away access at the right times by your automation settings',
		module: customer,
	},
	{
		name: 'Device',
		value: 'device',
		description: 'A smart lock, keypad, thermostat or sensor linked to Seam',
		module: device,
	},
	{
		name: 'Encoder',
		value: 'encoder',
		description: 'A card encoder at the front desk: writes a guest’s key card, or reads one back',
		module: encoder,
	},
	{
		name: 'Enrollment Automation (Legacy)',
		value: 'enrollmentAutomation',
		description: "The older way to set up a person's phone for mobile keys",
		module: enrollmentAutomation,
	},
	{
		name: 'Entrance',
		value: 'entrance',
		description: 'A door, gate or lift of an access control system',
		module: entrance,
	},
	{
		name: 'Event',
		value: 'event',
		description: 'What happened in Seam, such as a mobile key issued or a door unlocked',
		module: event,
	},
	{
		name: 'Instant Key',
		value: 'instantKey',
		description: 'A mobile key link a guest opens on their phone, no app to install',
		module: instantKey,
	},
	{
		name: 'Lock',
		value: 'lock',
		description: 'A smart lock on a door: lock it, unlock it, see how it is',
		module: lock,
	},
	{
		name: 'Mobile Access',
		value: 'mobileAccess',
		description: 'Give a guest or staff member their mobile key in one step, take it away, or check it',
		module: mobileAccess,
	},
	{
		name: 'Phone',
		value: 'phone',
		description: "A guest's or staff member's phone set up to hold mobile keys",
		module: phone,
	},
	{
		name: 'Space',
		value: 'space',
		description: 'A room, unit or area with its doors and locks, such as "Room 101" with its door, the lobby and the elevator',
		module: space,
	},
	{
		name: 'Unmanaged Access Code',
		value: 'unmanagedAccessCode',
		description: "PIN codes set on a lock outside Seam, e.g. in the lock brand's app",
		module: unmanagedAccessCode,
	},
	{
		name: 'User Identity',
		value: 'userIdentity',
		description: 'A guest or staff member in Seam, with their email and phone, across every access system',
		module: userIdentity,
	},
	{
		name: 'Webhook',
		value: 'webhook',
		description: 'Where Seam sends its events; the Seam Trigger sets one up for you',
		module: webhook,
	},
];

export const resourceOperations: Record<string, SeamResource> = Object.fromEntries(
	RESOURCES.map(({ value, module }) => [value, module.operations]),
);

/** Each operation's action text ("Provision mobile access"), for the subtitle under the node on the canvas. */
const ACTIONS: Record<string, string> = Object.fromEntries(
	RESOURCES.flatMap(({ value: resource, module }) =>
		module.description
			.filter((property) => property.name === 'operation')
			.flatMap((property) => (property.options ?? []) as Array<{ value: string; action?: string }>)
			.map((option) => [`${resource}.${option.value}`, option.action ?? option.value]),
	),
);

export const subtitle = `={{ ${JSON.stringify(ACTIONS)}[$parameter["resource"] + "." + $parameter["operation"]] }}`;

export const resourceProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: RESOURCES.map(({ name, value, description }) => ({ name, value, description })),
		// What most workflows come for: give a person a mobile key (or take it away) in one step.
		default: 'mobileAccess',
	},
	...RESOURCES.flatMap(({ module }) => module.description),
];

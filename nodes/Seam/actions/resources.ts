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
import * as device from './device';
import * as encoder from './encoder';
import * as enrollmentAutomation from './enrollmentAutomation';
import * as entrance from './entrance';
import * as event from './event';
import * as instantKey from './instantKey';
import * as lock from './lock';
import * as mobileAccess from './mobileAccess';
import * as phone from './phone';
import * as unmanagedAccessCode from './unmanagedAccessCode';
import * as userIdentity from './userIdentity';
import * as webhook from './webhook';
import type { SeamResource } from '../helpers/types';

/** Every resource of the Seam node: the Resource dropdown, and the operations the router dispatches to. */
const RESOURCES: Array<{ name: string; value: string; module: { operations: SeamResource; description: INodeProperties[] } }> = [
	{ name: 'Access Code', value: 'accessCode', module: accessCode },
	{ name: 'Access Grant', value: 'accessGrant', module: accessGrant },
	{ name: 'Access Group', value: 'accessGroup', module: accessGroup },
	{ name: 'Access Method', value: 'accessMethod', module: accessMethod },
	{ name: 'ACS System', value: 'acsSystem', module: acsSystem },
	{ name: 'ACS User', value: 'acsUser', module: acsUser },
	{ name: 'Action Attempt', value: 'actionAttempt', module: actionAttempt },
	{ name: 'Client Session', value: 'clientSession', module: clientSession },
	{ name: 'Connect Webview', value: 'connectWebview', module: connectWebview },
	{ name: 'Connected Account', value: 'connectedAccount', module: connectedAccount },
	{ name: 'Credential', value: 'credential', module: credential },
	{ name: 'Device', value: 'device', module: device },
	{ name: 'Encoder', value: 'encoder', module: encoder },
	{ name: 'Enrollment Automation (Legacy)', value: 'enrollmentAutomation', module: enrollmentAutomation },
	{ name: 'Entrance', value: 'entrance', module: entrance },
	{ name: 'Event', value: 'event', module: event },
	{ name: 'Instant Key', value: 'instantKey', module: instantKey },
	{ name: 'Lock', value: 'lock', module: lock },
	{ name: 'Mobile Access', value: 'mobileAccess', module: mobileAccess },
	{ name: 'Phone', value: 'phone', module: phone },
	{ name: 'Unmanaged Access Code', value: 'unmanagedAccessCode', module: unmanagedAccessCode },
	{ name: 'User Identity', value: 'userIdentity', module: userIdentity },
	{ name: 'Webhook', value: 'webhook', module: webhook },
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
		options: RESOURCES.map(({ name, value }) => ({ name, value })),
		// What most workflows come for: give a person a mobile key (or take it away) in one step.
		default: 'mobileAccess',
	},
	...RESOURCES.flatMap(({ module }) => module.description),
];

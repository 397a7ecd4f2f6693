import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { acsSystemLocator, acsUserLocator, userIdentityLocator } from '../../shared/locators';
import { displayed, doneOr } from './operations';
import { getSeamId, idsBody } from './parameters';
import type { SeamOperation } from './types';
import { seamApiRequest } from '../../shared/transport';

export interface PersonChoice {
	/** The options parameter, e.g. `holder`. */
	name: string;
	displayName: string;
	description: string;
	/** Seam needs the access system beside a user identity (acs/credentials/create). */
	identityNeedsSystem?: boolean;
}

/**
 * Who an action is for, as Seam accepts it: the person's user identity (Seam then uses, or creates, their user in
 * the access system), or their ACS user.
 */
export function personProperties(choice: PersonChoice): INodeProperties[] {
	const when = (value: string) => ({ show: { [choice.name]: [value] } });
	return [
		{
			displayName: choice.displayName,
			name: choice.name,
			type: 'options',
			options: [
				{
					name: 'User Identity',
					value: 'userIdentity',
					description: 'The person in Seam (e.g. a guest); Seam uses or creates their user in the access system',
				},
				{ name: 'ACS User', value: 'acsUser', description: "The person's user account inside the access system" },
			],
			default: 'userIdentity',
			description: choice.description,
		},
		{ ...userIdentityLocator, displayOptions: when('userIdentity') },
		...(choice.identityNeedsSystem ? [{ ...acsSystemLocator, displayOptions: when('userIdentity') }] : []),
		{ ...acsUserLocator, displayOptions: when('acsUser') },
	];
}

/** The person chosen with personProperties, as Seam's fields: `{ acs_user_id }` or `{ user_identity_id[, acs_system_id] }`. */
export function getPerson(context: IExecuteFunctions, choice: PersonChoice, itemIndex: number): IDataObject {
	if (context.getNodeParameter(choice.name, itemIndex) === 'acsUser') {
		return { acs_user_id: getSeamId(context, 'acsUserId', itemIndex) };
	}
	return {
		user_identity_id: getSeamId(context, 'userIdentityId', itemIndex),
		...(choice.identityNeedsSystem ? { acs_system_id: getSeamId(context, 'acsSystemId', itemIndex) } : {}),
	};
}

interface PersonOperationOptions {
	resource: string;
	operation: string;
	route: string;
	/** Resource locators of the object the action is about, e.g. the access group. */
	ids: INodeProperties[];
	person: PersonChoice;
	/** For actions Seam answers with only `ok`: the output, e.g. `added` → `{ added: true }`. */
	done?: string;
}

/** An action between an object and a person, e.g. adding a person to an access group or assigning them a credential. */
export function personOperation(options: PersonOperationOptions): SeamOperation {
	const { resource, operation, route, ids, person, done } = options;
	return {
		description: displayed(resource, operation, [...ids, ...personProperties(person)]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const body = { ...idsBody(this, ids, itemIndex), ...getPerson(this, person, itemIndex) };
			const result = await seamApiRequest(this, { route, body, itemIndex });
			return done ? doneOr(result, done) : result;
		},
	};
}

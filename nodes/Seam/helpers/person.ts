import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { acsSystemLocator, acsUserLocator, userIdentityLocator } from '../../shared/locators';
import { field, getSeamParameters, propertiesOf, type SeamField } from './fields';

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
	const { userIdentity, acsUser } = personFields(choice);
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
		...propertiesOf([...userIdentity, ...acsUser]),
	];
}

/** The fields personProperties declares: the person's user identity (with its system where needed) or ACS user. */
export function personFields(choice: PersonChoice): { userIdentity: SeamField[]; acsUser: SeamField[] } {
	const when = (value: string) => ({ show: { [choice.name]: [value] } });
	return {
		userIdentity: [
			field.id('user_identity_id', { ...userIdentityLocator, displayOptions: when('userIdentity') }),
			...(choice.identityNeedsSystem ? [field.id('acs_system_id', { ...acsSystemLocator, displayOptions: when('userIdentity') })] : []),
		],
		acsUser: [field.id('acs_user_id', { ...acsUserLocator, displayOptions: when('acsUser') })],
	};
}

/** The person chosen with personProperties, as Seam's fields: `{ acs_user_id }` or `{ user_identity_id[, acs_system_id] }`. */
export function getPerson(context: IExecuteFunctions, choice: PersonChoice, itemIndex: number): IDataObject {
	const fields = personFields(choice);
	const chosen = context.getNodeParameter(choice.name, itemIndex) === 'acsUser' ? fields.acsUser : fields.userIdentity;
	return getSeamParameters(context, chosen, itemIndex);
}

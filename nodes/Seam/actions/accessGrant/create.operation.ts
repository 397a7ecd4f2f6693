import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accessGrantKeyField, periodFields, reservationKeyField } from './fields';
import { fieldsCollection, pinCodeField, seamIdList } from '../../helpers/descriptions';
import {
	customizationProfileLocator,
	deviceLocator,
	entranceLocator,
	spaceLocator,
	userIdentityLocator,
} from '../../../shared/locators';
import { field, getSeamFields, getSeamParameters, type SeamField } from '../../helpers/fields';
import { displayed } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';
import { seamApiRequest } from '../../../shared/transport';

const person = field.id('user_identity_id', {
	...userIdentityLocator,
	description: 'The person to give access to, e.g. the guest of the booking',
});

const additionalFields: SeamField[] = [
	field.ids(
		'acs_entrance_ids',
		seamIdList(
			{ displayName: 'Entrances', name: 'acsEntranceIds', description: 'The doors of your access control system to open' },
			entranceLocator,
		),
	),
	field.ids('device_ids', seamIdList({ displayName: 'Devices', name: 'deviceIds', description: 'The smart locks to open' }, deviceLocator)),
	field.ids(
		'space_ids',
		seamIdList(
			{ displayName: 'Spaces', name: 'spaceIds', description: 'The spaces set up in Seam (rooms, floors) to open' },
			spaceLocator,
		),
	),
	...periodFields,
	field.text('access_grant_key', { ...accessGrantKeyField, description: `${accessGrantKeyField.description}. Seam allows each key once.` }),
	field.text('reservation_key', reservationKeyField),
	field.id('customization_profile_id', customizationProfileLocator),
];

export const request: OperationRequest = { route: 'access_grants/create', fields: [person, ...additionalFields] };

const properties: INodeProperties[] = [
	person.property,
	{
		displayName: 'Access Methods',
		name: 'requestedAccessMethods',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Access Method',
		default: {},
		required: true,
		description: 'How the person gets in: Seam creates one key, card or code for each method added here',
		options: [
			{
				displayName: 'Access Method',
				name: 'methods',
				values: [
					{
						displayName: 'Mode',
						name: 'mode',
						type: 'options',
						options: [
							{ name: 'Card', value: 'card', description: 'A key card, to encode at the front desk' },
							{ name: 'Cloud Key', value: 'cloud_key', description: 'Doors unlocked remotely through Seam' },
							{ name: 'Mobile Key', value: 'mobile_key', description: 'A key on the phone, delivered as an Instant Key link' },
							{ name: 'PIN Code', value: 'code', description: 'A code to type on the door keypad' },
						],
						default: 'mobile_key',
					},
					{
						...pinCodeField,
						description: 'The PIN code to use (4 to 9 digits); Seam picks one when empty',
						displayOptions: { show: { mode: ['code'] } },
					},
					{
						displayName: 'Instant Key Max Use Count',
						name: 'instantKeyMaxUseCount',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description: 'How many times the Instant Key link can install the key, e.g. 2 for a phone and a watch',
						displayOptions: { show: { mode: ['mobile_key'] } },
					},
				],
			},
		],
	},
	fieldsCollection('additionalFields', additionalFields),
];

export const description = displayed('accessGrant', 'create', properties);

/** The rows of Access Methods in Seam's shape: a code only for PIN codes, a use count only for mobile keys. */
function requestedAccessMethods(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const rows = context.getNodeParameter('requestedAccessMethods.methods', itemIndex, []) as IDataObject[];
	if (rows.length === 0) {
		throw new NodeOperationError(context.getNode(), 'No access method to create', {
			itemIndex,
			description: 'Add at least one access method: a mobile key, a PIN code, a card or a cloud key.',
		});
	}
	const given = (value: unknown) => value !== undefined && value !== null && value !== '';
	return rows.map(({ mode, code, instantKeyMaxUseCount }) => ({
		mode,
		...(mode === 'code' && given(code) ? { code } : {}),
		...(mode === 'mobile_key' && given(instantKeyMaxUseCount) ? { instant_key_max_use_count: instantKeyMaxUseCount } : {}),
	}));
}

/** By hand: Access Methods are rows that become Seam objects of their own, which no field kind builds. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body: IDataObject = {
		...getSeamParameters(this, [person], itemIndex),
		requested_access_methods: requestedAccessMethods(this, itemIndex),
		...getSeamFields(this, 'additionalFields', additionalFields, itemIndex),
	};
	return await seamApiRequest(this, { route: request.route, body, itemIndex });
}

import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accessGrantKeyField, periodFields, reservationKeyField } from './fields';
import { fieldsCollection, seamIdList } from '../../helpers/descriptions';
import {
	customizationProfileLocator,
	deviceLocator,
	entranceLocator,
	spaceLocator,
	userIdentityLocator,
} from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { getSeamFields, getSeamId, toSeamFields } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

const properties: INodeProperties[] = [
	{ ...userIdentityLocator, description: 'The person to give access to, e.g. the guest of the booking' },
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
						displayName: 'Code',
						name: 'code',
						type: 'string',
						default: '',
						placeholder: 'e.g. 4821',
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
	fieldsCollection('additionalFields', [
		seamIdList(
			{ displayName: 'Entrances', name: 'acsEntranceIds', description: 'The doors of your access control system to open' },
			entranceLocator,
		),
		seamIdList({ displayName: 'Devices', name: 'deviceIds', description: 'The smart locks to open' }, deviceLocator),
		seamIdList(
			{ displayName: 'Spaces', name: 'spaceIds', description: 'The spaces set up in Seam (rooms, floors) to open' },
			spaceLocator,
		),
		...periodFields,
		{ ...accessGrantKeyField, description: `${accessGrantKeyField.description}. Seam allows each key once.` },
		reservationKeyField,
		customizationProfileLocator,
	]),
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
	return rows.map(({ mode, code, instantKeyMaxUseCount }) =>
		toSeamFields({
			mode,
			code: mode === 'code' ? code : undefined,
			instantKeyMaxUseCount: mode === 'mobile_key' ? instantKeyMaxUseCount : undefined,
		}),
	);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body: IDataObject = {
		user_identity_id: getSeamId(this, 'userIdentityId', itemIndex),
		requested_access_methods: requestedAccessMethods(this, itemIndex),
		...getSeamFields(this, 'additionalFields', itemIndex),
	};
	return await seamApiRequest(this, { route: 'access_grants/create', body, itemIndex });
}

import type { INodeProperties } from 'n8n-workflow';

import { userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

const phoneFields: INodeProperties[] = [
	{
		displayName: 'ASSA ABLOY Settings',
		name: 'assaAbloyMetadata',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		description: 'How the simulated phone looks to ASSA ABLOY systems (Visionline, Vostio)',
		options: [
			{ displayName: 'App Version', name: 'applicationVersion', type: 'string', default: '1.0.0' },
			{
				displayName: 'Bluetooth (BLE)',
				name: 'bleCapability',
				type: 'boolean',
				default: true,
				description: 'Whether the phone can open doors over Bluetooth low energy',
			},
			{
				displayName: 'Host Card Emulation (HCE)',
				name: 'hceCapability',
				type: 'boolean',
				default: false,
				description: 'Whether the phone can act as a key card',
			},
			{
				displayName: 'NFC',
				name: 'nfcCapability',
				type: 'boolean',
				default: false,
				description: 'Whether the phone can open doors by tapping (near-field communication)',
			},
			{ displayName: 'SEOS Applet Version', name: 'seosAppletVersion', type: 'string', default: '1.0.0' },
			{ displayName: 'SEOS TSM Endpoint ID', name: 'seosTsmEndpointId', type: 'number', default: 1 },
		],
	},
	{
		displayName: 'Custom SDK Installation ID',
		name: 'customSdkInstallationId',
		type: 'string',
		default: '',
		description: 'The installation ID your own mobile app would report, if you test with it',
	},
	{
		displayName: 'Phone Details',
		name: 'phoneMetadata',
		type: 'collection',
		placeholder: 'Add Detail',
		default: {},
		options: [
			{ displayName: 'Manufacturer', name: 'deviceManufacturer', type: 'string', default: 'Samsung' },
			{ displayName: 'Model', name: 'deviceModel', type: 'string', default: 'Samsung Galaxy S10' },
			{
				displayName: 'Operating System',
				name: 'operatingSystem',
				type: 'options',
				options: [
					{ name: 'Android', value: 'android' },
					{ name: 'iOS', value: 'ios' },
				],
				default: 'android',
			},
			{ displayName: 'OS Version', name: 'osVersion', type: 'string', default: '10' },
		],
	},
];

export const { description, execute } = idOperation({
	resource: 'phone',
	operation: 'createSandboxPhone',
	route: 'phones/simulate/create_sandbox_phone',
	ids: [
		{
			...userIdentityLocator,
			description: 'The person whose phone to simulate: their waiting mobile keys are issued to it',
		},
	],
	fields: { collection: 'additionalFields', options: phoneFields },
});

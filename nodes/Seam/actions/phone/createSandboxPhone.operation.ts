import { field, type SeamField } from '../../helpers/fields';
import { userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

const phoneFields: SeamField[] = [
	field.nested(
		'assa_abloy_metadata',
		{
			displayName: 'ASSA ABLOY Settings',
			name: 'assaAbloyMetadata',
			type: 'collection',
			placeholder: 'Add Setting',
			default: {},
			description: 'How the simulated phone looks to ASSA ABLOY systems (Visionline, Vostio)',
		},
		[
			field.text('application_version', { displayName: 'App Version', name: 'applicationVersion', type: 'string', default: '1.0.0' }),
			field.value('ble_capability', {
				displayName: 'Bluetooth (BLE)',
				name: 'bleCapability',
				type: 'boolean',
				default: true,
				description: 'Whether the phone can open doors over Bluetooth low energy',
			}),
			field.value('hce_capability', {
				displayName: 'Host Card Emulation (HCE)',
				name: 'hceCapability',
				type: 'boolean',
				default: false,
				description: 'Whether the phone can act as a key card',
			}),
			field.value('nfc_capability', {
				displayName: 'NFC',
				name: 'nfcCapability',
				type: 'boolean',
				default: false,
				description: 'Whether the phone can open doors by tapping (near-field communication)',
			}),
			field.text('seos_applet_version', {
				displayName: 'SEOS Applet Version',
				name: 'seosAppletVersion',
				type: 'string',
				default: '1.0.0',
			}),
			field.value('seos_tsm_endpoint_id', { displayName: 'SEOS TSM Endpoint ID', name: 'seosTsmEndpointId', type: 'number', default: 1 }),
		],
	),
	field.text('custom_sdk_installation_id', {
		displayName: 'Custom SDK Installation ID',
		name: 'customSdkInstallationId',
		type: 'string',
		default: '',
		description: 'The installation ID your own mobile app would report, if you test with it',
	}),
	field.nested(
		'phone_metadata',
		{ displayName: 'Phone Details', name: 'phoneMetadata', type: 'collection', placeholder: 'Add Detail', default: {} },
		[
			field.text('device_manufacturer', { displayName: 'Manufacturer', name: 'deviceManufacturer', type: 'string', default: 'Samsung' }),
			field.text('device_model', { displayName: 'Model', name: 'deviceModel', type: 'string', default: 'Samsung Galaxy S10' }),
			field.value('operating_system', {
				displayName: 'Operating System',
				name: 'operatingSystem',
				type: 'options',
				options: [
					{ name: 'Android', value: 'android' },
					{ name: 'iOS', value: 'ios' },
				],
				default: 'android',
			}),
			field.text('os_version', { displayName: 'OS Version', name: 'osVersion', type: 'string', default: '10' }),
		],
	),
];

export const { description, execute, request } = idOperation({
	resource: 'phone',
	operation: 'createSandboxPhone',
	route: 'phones/simulate/create_sandbox_phone',
	parameters: [
		field.id('user_identity_id', {
			...userIdentityLocator,
			description: 'The person whose phone to simulate: their waiting mobile keys are issued to it',
		}),
	],
	fields: { collection: 'additionalFields', options: phoneFields },
});

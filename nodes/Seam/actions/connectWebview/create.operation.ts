import { customerKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { PROVIDERS } from '../device/options';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'connectWebview',
	operation: 'create',
	route: 'connect_webviews/create',
	fields: {
		collection: 'additionalFields',
		options: [
			field.value('accepted_providers', {
				displayName: 'Accepted Providers',
				name: 'acceptedProviders',
				type: 'multiOptions',
				options: PROVIDERS,
				default: [],
				description: 'The lock brands the owner can choose from (none chosen: those of Provider Category)',
			}),
			field.value('automatically_manage_new_devices', {
				displayName: 'Automatically Manage New Devices',
				name: 'automaticallyManageNewDevices',
				type: 'boolean',
				default: true,
				description: "Whether the account's devices become managed devices in Seam as soon as they appear",
			}),
			field.text('custom_redirect_failure_url', {
				displayName: 'Custom Redirect Failure URL',
				name: 'customRedirectFailureUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/connect-failed',
				description: 'Where the owner goes when connecting fails (default: Custom Redirect URL)',
			}),
			field.text('custom_redirect_url', {
				displayName: 'Custom Redirect URL',
				name: 'customRedirectUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/connected',
				description: 'Where the owner goes after signing in, e.g. a thank-you page of yours',
			}),
			field.text('customer_key', {
				...customerKeyField,
				description: 'The customer of yours the connected account and its devices belong to',
			}),
			field.value('provider_category', {
				displayName: 'Provider Category',
				name: 'providerCategory',
				type: 'options',
				options: [
					{ name: 'Access Control Systems', value: 'access_control_systems' },
					{ name: 'Beta', value: 'beta' },
					{ name: 'Cameras', value: 'cameras' },
					{ name: 'Connectors', value: 'connectors' },
					{ name: 'Consumer Smart Locks', value: 'consumer_smartlocks' },
					{ name: 'Internal Beta', value: 'internal_beta' },
					{ name: 'Noise Sensors', value: 'noise_sensors' },
					{ name: 'Stable', value: 'stable' },
					{ name: 'Thermostats', value: 'thermostats' },
				],
				default: 'consumer_smartlocks',
				description: 'Offer every brand of this kind (instead of Accepted Providers)',
			}),
			field.value('wait_for_device_creation', {
				displayName: 'Wait for Device Creation',
				name: 'waitForDeviceCreation',
				type: 'boolean',
				default: false,
				description: "Whether Seam finishes loading the account's devices before the webview completes",
			}),
		],
	},
});

import { customerKey } from './fields';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

const LOCALES = ['de-DE', 'el-GR', 'en-US', 'es-ES', 'fr-FR', 'it-IT', 'nl-NL', 'pl-PL', 'pt-PT', 'ru-RU'];

export const { description, execute, request } = idOperation({
	resource: 'customer',
	operation: 'createPortal',
	route: 'customers/create_portal',
	parameters: [customerKey('The customer of yours the portal is for, e.g. the property', 'customer_data.customer_key')],
	fields: {
		collection: 'additionalFields',
		options: [
			field.value('locale', {
				displayName: 'Language',
				name: 'locale',
				type: 'options',
				options: LOCALES.map((locale) => ({ name: locale, value: locale })),
				default: 'en-US',
				description: 'The language the portal opens in',
			}),
			field.value('read_only', {
				displayName: 'Read Only',
				name: 'readOnly',
				type: 'boolean',
				default: false,
				description: 'Whether the customer can only look, not change anything',
			}),
		],
	},
});

import { field } from '../../helpers/fields';
import { actionOperation } from '../../helpers/actionAttempt';
import { credentialLocator, entranceLocator } from '../../../shared/locators';

export const { description, execute, request } = actionOperation({
	resource: 'entrance',
	operation: 'unlock',
	route: 'acs/entrances/unlock',
	parameters: [
		field.id('acs_entrance_id', entranceLocator),
		field.id('acs_credential_id', {
			...credentialLocator,
			displayName: 'Cloud Key',
			description:
				'The cloud key credential to open the door with: the unlock is recorded in the access system under its holder',
		}),
	],
});

import { actionOperation } from '../../helpers/actionAttempt';
import { credentialLocator, entranceLocator } from '../../../shared/locators';

export const { description, execute } = actionOperation({
	resource: 'entrance',
	operation: 'unlock',
	route: 'acs/entrances/unlock',
	ids: [
		entranceLocator,
		{
			...credentialLocator,
			displayName: 'Cloud Key',
			description:
				'The cloud key credential to open the door with: the unlock is recorded in the access system under its holder',
		},
	],
});

import { credentialLocator, entranceLocator } from '../../helpers/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
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

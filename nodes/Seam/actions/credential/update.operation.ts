import { updateFields } from './fields';
import { credentialLocator } from '../../helpers/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'credential',
	operation: 'update',
	route: 'acs/credentials/update',
	ids: [credentialLocator],
	fields: { collection: 'updateFields', options: updateFields },
});

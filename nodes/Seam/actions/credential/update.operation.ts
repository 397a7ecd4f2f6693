import { updateFields } from './fields';
import { credentialLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'credential',
	operation: 'update',
	route: 'acs/credentials/update',
	ids: [credentialLocator],
	fields: { collection: 'updateFields', options: updateFields },
});

import { updateFields } from './fields';
import { credentialLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'credential',
	operation: 'update',
	route: 'acs/credentials/update',
	parameters: [field.id('acs_credential_id', credentialLocator)],
	fields: { collection: 'updateFields', options: updateFields },
});

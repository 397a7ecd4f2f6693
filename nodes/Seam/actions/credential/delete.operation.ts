import { credentialLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'credential',
	operation: 'delete',
	route: 'acs/credentials/delete',
	ids: [credentialLocator],
	done: 'deleted',
});

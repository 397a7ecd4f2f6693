import { credentialLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'credential',
	operation: 'listAccessibleEntrances',
	route: 'acs/credentials/list_accessible_entrances',
	ids: [credentialLocator],
});

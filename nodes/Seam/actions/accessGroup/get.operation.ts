import { accessGroupLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'accessGroup',
	operation: 'get',
	route: 'acs/access_groups/get',
	ids: [accessGroupLocator],
});

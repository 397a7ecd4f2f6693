import { connectWebviewLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'connectWebview',
	operation: 'get',
	route: 'connect_webviews/get',
	ids: [connectWebviewLocator],
});

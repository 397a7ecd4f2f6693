import { connectWebviewLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'connectWebview',
	operation: 'get',
	route: 'connect_webviews/get',
	parameters: [field.id('connect_webview_id', connectWebviewLocator)],
});

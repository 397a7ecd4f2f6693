import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { deviceLocator } from '../../../shared/locators';
import { displayed, doneOr } from '../../helpers/operations';
import { getRequiredText, idsBody } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('device', 'update', [
	deviceLocator,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Beach House Front Door',
		description: "The new name of the device in Seam (the name in the brand's own app stays as it is)",
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = { ...idsBody(this, [deviceLocator], itemIndex), name: getRequiredText(this, 'name', itemIndex, 'Name') };
	return doneOr(await seamApiRequest(this, { route: 'devices/update', body, itemIndex }), 'updated');
}

import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { getRequiredText, idsBody, toSeamFields } from './parameters';

interface FindByOptions {
	/** The object's picker, e.g. accessGrantLocator. */
	locator: INodeProperties;
	/** The other field Seam finds the object by, e.g. `accessGrantKey`, and the Find By value that chooses it. */
	alternative: { value: 'key' | 'url' | 'email'; displayName: string; name: string; placeholder: string; description: string };
}

export interface FindBy {
	properties: INodeProperties[];
	/** The request fields naming the object: its ID, or the other field. */
	body(context: IExecuteFunctions, itemIndex: number): IDataObject;
}

/**
 * "Find By" for objects Seam finds by ID or by another unique field (your own key, a link): the choice, the picker,
 * the field, and the request body naming the object.
 */
export function findBy({ locator, alternative }: FindByOptions): FindBy {
	const { value, ...field } = alternative;
	return {
		properties: [
			{
				displayName: 'Find By',
				name: 'findBy',
				type: 'options',
				options: [
					{ name: locator.displayName, value: 'id', description: 'Pick it from the list or give its Seam ID' },
					{ name: field.displayName, value, description: field.description },
				],
				default: 'id',
			},
			{ ...locator, displayOptions: { show: { findBy: ['id'] } } },
			{ ...field, type: 'string', required: true, default: '', displayOptions: { show: { findBy: [value] } } },
		],
		body(context, itemIndex) {
			if (context.getNodeParameter('findBy', itemIndex) === 'id') return idsBody(context, [locator], itemIndex);
			return toSeamFields({ [field.name]: getRequiredText(context, field.name, itemIndex, field.displayName) });
		},
	};
}

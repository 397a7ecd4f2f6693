import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { getSeamParameters, type SeamField } from './fields';

interface FindByOptions {
	/** The object's picker, declared with its Seam field, e.g. `field.id('access_grant_id', accessGrantLocator)`. */
	id: SeamField;
	/** The other field Seam finds the object by (e.g. your own key), declared with its Seam field. */
	alternative: SeamField;
	/** The Find By value that chooses the alternative, as saved in workflows. */
	choice: 'key' | 'url' | 'email';
	/** The choice's label: "Find By" unless it says what is found ("Find Person By"). */
	displayName?: string;
	/** Which way comes first and is the default. Saved workflows omit a default value: never change it. */
	preferred?: 'id' | 'alternative';
}

export interface FindBy {
	properties: INodeProperties[];
	/** The declared fields, both ways. */
	fields: SeamField[];
	/** The request fields naming the object: its ID, or the other field. */
	body(context: IExecuteFunctions, itemIndex: number): IDataObject;
}

/** The field, shown only when Find By is `value`. */
const shownFor = (declared: SeamField, value: string, required: boolean): SeamField => ({
	...declared,
	property: { ...declared.property, required, displayOptions: { show: { findBy: [value] } } },
});

/**
 * "Find By" for objects Seam finds by ID or by another unique field (your own key, a link): the choice, the picker,
 * the field, and the request body naming the object. The choice is saved as `findBy`: `id` or `choice`.
 */
export function findBy({ id, alternative, choice, displayName = 'Find By', preferred = 'id' }: FindByOptions): FindBy {
	const picker = shownFor(id, 'id', id.property.required ?? false);
	const other = shownFor(alternative, choice, true);
	const byId = { name: id.property.displayName, value: 'id', description: 'Pick it from the list or give its Seam ID' };
	const byOther = { name: alternative.property.displayName, value: choice, description: alternative.property.description };
	const [first, second] = preferred === 'id' ? [picker, other] : [other, picker];
	const choices = preferred === 'id' ? [byId, byOther] : [byOther, byId];
	const preferredChoice = choices[0].value;
	return {
		properties: [
			{ displayName, name: 'findBy', type: 'options', options: choices, default: preferredChoice },
			first.property,
			second.property,
		],
		fields: [picker, other],
		body(context, itemIndex) {
			return getSeamParameters(context, [context.getNodeParameter('findBy', itemIndex) === 'id' ? picker : other], itemIndex);
		},
	};
}

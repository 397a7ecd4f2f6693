import { openapi } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions, INode, INodeProperties, INodePropertyOptions, NodePropertyTypes } from 'n8n-workflow';

import { GRANT_OPTIONS } from '../../nodes/Seam/actions/mobileAccess/grantOptions';
import { GRANT_FIELDS } from '../../nodes/Seam/actions/mobileAccess/grantPlan';
import { resourceOperations } from '../../nodes/Seam/actions/resources';
import { field, getSeamFields, getSeamParameters, type SeamField } from '../../nodes/Seam/helpers/fields';
import { accessGroupLocator } from '../../nodes/shared/locators';

/** Just enough of n8n's execute context for the field readers: the node's parameters, by path, and a UTC workflow. */
function contextWith(parameters: IDataObject): IExecuteFunctions {
	const node: INode = { id: 'n', name: 'Seam', type: 'n8n-nodes-seam.seam', typeVersion: 2, position: [0, 0], parameters: {} };
	const at = (path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], parameters);
	return {
		getNode: () => node,
		getTimezone: () => 'UTC',
		getNodeParameter: (path: string, _itemIndex: number, fallback?: unknown) => at(path) ?? fallback,
	} as unknown as IExecuteFunctions;
}

describe('Seam fields are declared, not derived from n8n parameter names', () => {
	// n8n names that break the old suffix rules (`…At` → date, `…Ids` → list, `phoneNumber` → phone check, camelCase → snake_case).
	const checkIn = field.date('starts_at', { displayName: 'Check-In', name: 'checkIn', type: 'dateTime', default: '' });
	const bookedAt = field.text('booking_reference', { displayName: 'Booked At Desk', name: 'bookedAt', type: 'string', default: '' });
	const doors = field.ids('acs_entrance_ids', { displayName: 'Doors', name: 'doors', type: 'string', default: '' });
	const note = field.value('note', { displayName: 'Phone Number Note', name: 'phoneNumber', type: 'string', default: '' });
	const group = field.id('acs_access_group_id', { ...accessGroupLocator, name: 'group' });
	const schedule = field.date('access_schedule.ends_at', { displayName: 'Check-Out', name: 'endsAt', type: 'dateTime', default: '' });
	const mobile = field.phone('phone_number', { displayName: 'Guest Mobile', name: 'mobile', type: 'string', default: '' });

	test('each value goes to its declared Seam field, converted by its declared kind', () => {
		const context = contextWith({
			group: { __rl: true, mode: 'id', value: ' 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11 ' },
			additionalFields: {
				checkIn: '2026-12-01T15:00:00+01:00',
				bookedAt: ' tomorrow ',
				doors: '8a0e6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11, 9b1f6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11',
				phoneNumber: 'call after 6',
				endsAt: '2026-12-04T11:00:00Z',
				undeclared: 'never sent',
			},
		});

		expect(getSeamParameters(context, [group], 0)).toEqual({ acs_access_group_id: '3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11' });
		expect(getSeamFields(context, 'additionalFields', [checkIn, bookedAt, doors, note, schedule], 0)).toEqual({
			starts_at: '2026-12-01T14:00:00.000Z',
			booking_reference: 'tomorrow',
			acs_entrance_ids: ['8a0e6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11', '9b1f6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11'],
			note: 'call after 6',
			access_schedule: { ends_at: '2026-12-04T11:00:00.000Z' },
		});
	});

	test('errors name the field as the user sees it (its display name), not its n8n name', () => {
		const fails = (parameters: IDataObject, fields: SeamField[]) => () =>
			getSeamFields(contextWith({ filters: parameters }), 'filters', fields, 0);

		expect(fails({ group: { __rl: true, mode: 'id', value: 'Lobby' } }, [group])).toThrow('Access Group: "Lobby" is not a Seam ID');
		expect(fails({ checkIn: 'next Tuesday' }, [checkIn])).toThrow('Check-In "next Tuesday" is not a date');
		expect(fails({ doors: 'Room 101' }, [doors])).toThrow('Doors: "Room 101" is not a Seam ID');
		expect(fails({ mobile: '555 0199' }, [mobile])).toThrow('Guest Mobile: "555 0199" is not in international format');
		expect(() => getSeamParameters(contextWith({}), [{ ...group, property: { ...group.property, required: true } }], 0)).toThrow(
			'No Access Group is chosen',
		);
	});
});

type Schema = { type?: string; format?: string; enum?: unknown[]; properties?: Record<string, Schema>; items?: Schema } & Partial<
	Record<'allOf' | 'oneOf' | 'anyOf', Schema[]>
>;
type Route = Partial<Record<'get' | 'post', { requestBody?: { content: { 'application/json': { schema: Schema } } }; parameters?: Array<{ name: string; schema: Schema }> }>>;
const paths = (openapi as unknown as { paths: Record<string, Route> }).paths;

/** The branches of a schema (allOf / oneOf / anyOf), e.g. `devices/list`'s device types, one enum per kind of device. */
const branchesOf = (schema: Schema): Schema[] => [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];

/** Every property a request schema allows, through its branches. */
function schemaProperties(schema: Schema | undefined): Record<string, Schema> {
	if (!schema) return {};
	const merged: Record<string, Schema> = { ...schema.properties };
	for (const branch of branchesOf(schema).map(schemaProperties)) {
		for (const [name, property] of Object.entries(branch)) {
			// A choice some branch takes is accepted (e.g. an encoder's simulated failures, split over two branches).
			const before = merged[name]?.enum;
			merged[name] = before && property.enum ? { ...property, enum: [...new Set([...before, ...property.enum])] } : property;
		}
	}
	return merged;
}

/** A schema's type, or its branches' when they all have the same one. */
function typeOf(schema: Schema | undefined): string | undefined {
	if (!schema || schema.type) return schema?.type;
	const types = new Set(branchesOf(schema).map(typeOf));
	return types.size === 1 ? [...types][0] : undefined;
}

/** The values a schema accepts, through its branches; undefined when any value of its type is accepted. */
function enumOf(schema: Schema | undefined): unknown[] | undefined {
	if (!schema) return undefined;
	if (schema.enum) return schema.enum;
	const branches = branchesOf(schema).map(enumOf);
	return branches.length > 0 && branches.every(Boolean) ? branches.flat() : undefined;
}

function requestProperties(route: string): Record<string, Schema> {
	const { post, get } = paths[`/${route}`] ?? {};
	if (post?.requestBody) return schemaProperties(post.requestBody.content['application/json'].schema);
	return Object.fromEntries((get?.parameters ?? []).map(({ name, schema }) => [name, schema]));
}

/** A `value` field is sent as n8n holds it: what Seam's schema must be for each n8n type (another type fits nothing). */
const VALUE_FITS: Partial<Record<NodePropertyTypes, (schema: Schema) => boolean>> = {
	boolean: (schema) => typeOf(schema) === 'boolean',
	number: (schema) => ['number', 'integer'].includes(typeOf(schema) ?? ''),
	options: (schema) => typeOf(schema) === 'string',
	multiOptions: (schema) => typeOf(schema) === 'array' && typeOf(schema.items) === 'string',
};

/** What each kind sends, as Seam's schema must type it. */
const KIND_FITS: Record<SeamField['kind'], (schema: Schema, property: INodeProperties) => boolean> = {
	text: (schema) => schema.type === 'string',
	id: (schema) => schema.type === 'string',
	ids: (schema) => schema.type === 'array' && schema.items?.type === 'string',
	keys: (schema) => schema.type === 'array' && schema.items?.type === 'string',
	date: (schema) => schema.type === 'string',
	phone: (schema) => schema.type === 'string',
	nested: (schema) => schema.type === 'object',
	value: (schema, property) => VALUE_FITS[property.type]?.(schema) ?? false,
};

/** The choices an options / multi-options field offers that Seam's enum lacks (none when the schema has no enum). */
function unaccepted(property: INodeProperties, schema: Schema): string[] {
	if (property.type !== 'options' && property.type !== 'multiOptions') return [];
	const accepted = enumOf(property.type === 'multiOptions' ? schema.items : schema);
	const offered = ((property.options ?? []) as INodePropertyOptions[]).map((option) => option.value);
	return accepted ? offered.filter((value) => !accepted.includes(value)).map(String) : [];
}

/**
 * The mismatches between declared fields and the request schema: a field Seam does not take, of another type, or
 * offering a choice Seam refuses.
 */
function mismatches(fields: readonly SeamField[], properties: Record<string, Schema>, where: string): string[] {
	return fields.flatMap((declared) => {
		const [name, ...rest] = declared.seam.split('.');
		const schema = properties[name];
		const { property } = declared;
		if (!schema) return [`${where}: ${property.name} → ${declared.seam} is not in Seam's request schema`];
		// A dotted name goes into a Seam object, or into each object of a list (push_data's `reservations.space_keys`).
		const inner = schema.type === 'array' ? schema.items : schema;
		if (rest.length > 0) return mismatches([{ ...declared, seam: rest.join('.') }], schemaProperties(inner), `${where}.${name}`);
		if (!KIND_FITS[declared.kind](schema, property)) {
			return [`${where}: ${declared.seam} is ${typeOf(schema) ?? 'untyped'}, not ${declared.kind} (n8n ${property.type})`];
		}
		const refused = unaccepted(property, schema);
		if (refused.length > 0) return [`${where}: ${declared.seam} offers ${refused.join(', ')}, not in Seam's enum`];
		return declared.fields ? mismatches(declared.fields, schemaProperties(schema), `${where}.${declared.seam}`) : [];
	});
}

const operations = Object.entries(resourceOperations).flatMap(([resource, ops]) =>
	Object.entries(ops).map(([operation, op]) => ({ name: `${resource}/${operation}`, op })),
);

describe("every declared field is in Seam's OpenAPI request schema of its operation's route", () => {
	test.each(operations.filter(({ op }) => op.request))('$name', ({ op }) => {
		const { route, fields } = op.request!;
		expect(paths[`/${route}`]).toBeDefined();
		expect(mismatches(fields, requestProperties(route), route)).toEqual([]);
	});

	test('only Mobile Access, which reads its own parameters for several routes, declares no request', () => {
		expect(operations.filter(({ op }) => !op.request).map(({ name }) => name).sort()).toEqual([
			'mobileAccess/getStatus',
			'mobileAccess/provision',
			'mobileAccess/revoke',
		]);
	});
});

describe("Provision's Access Grant fields are Seam's", () => {
	test('every field it sends, with what its change means, is a field of access_grants/create', () => {
		const accepted = requestProperties('access_grants/create');
		expect(Object.keys(GRANT_FIELDS).filter((name) => !accepted[name])).toEqual([]);
	});

	test.each(['access_grants/create', 'access_grants/request_access_methods'])(
		'every option for one kind of access method is a field of requested_access_methods[] in %s, of its kind',
		(route) => {
			const methodFields = schemaProperties(requestProperties(route).requested_access_methods.items);
			expect(mismatches(GRANT_OPTIONS.map(({ field: declared }) => declared), methodFields, `${route} requested_access_methods[]`)).toEqual([]);
		},
	);
});

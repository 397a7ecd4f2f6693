import { openapi } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { resourceOperations } from '../../nodes/Seam/actions/resources';
import { field, getSeamFields, getSeamParameters, type SeamField } from '../../nodes/Seam/helpers/fields';
import { accessGroupLocator } from '../../nodes/shared/locators';

/** Just enough of n8n's execute context for the field readers: the node's parameters, by path. */
function contextWith(parameters: IDataObject): IExecuteFunctions {
	const node: INode = { id: 'n', name: 'Seam', type: 'n8n-nodes-seam.seam', typeVersion: 2, position: [0, 0], parameters: {} };
	const at = (path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], parameters);
	return {
		getNode: () => node,
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
		expect(() => getSeamParameters(contextWith({}), [{ ...group, property: { ...group.property, required: true } }], 0)).toThrow(
			'No Access Group is chosen',
		);
	});
});

type Schema = { type?: string; format?: string; properties?: Record<string, Schema>; items?: Schema } & Partial<
	Record<'allOf' | 'oneOf' | 'anyOf', Schema[]>
>;
type Route = Partial<Record<'get' | 'post', { requestBody?: { content: { 'application/json': { schema: Schema } } }; parameters?: Array<{ name: string; schema: Schema }> }>>;
const paths = (openapi as unknown as { paths: Record<string, Route> }).paths;

/** Every property a request schema allows, through its allOf / oneOf / anyOf branches. */
function propertiesOf(schema: Schema | undefined): Record<string, Schema> {
	if (!schema) return {};
	const branches = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
	return Object.assign({}, schema.properties, ...branches.map(propertiesOf)) as Record<string, Schema>;
}

function requestProperties(route: string): Record<string, Schema> {
	const { post, get } = paths[`/${route}`] ?? {};
	if (post?.requestBody) return propertiesOf(post.requestBody.content['application/json'].schema);
	return Object.fromEntries((get?.parameters ?? []).map(({ name, schema }) => [name, schema]));
}

/** What each kind sends, as Seam's schema must type it. */
const KIND_FITS: Record<SeamField['kind'], (schema: Schema) => boolean> = {
	text: (schema) => schema.type === 'string',
	id: (schema) => schema.type === 'string',
	ids: (schema) => schema.type === 'array' && schema.items?.type === 'string',
	date: (schema) => schema.type === 'string',
	phone: (schema) => schema.type === 'string',
	nested: (schema) => schema.type === 'object',
	value: () => true,
};

/** The mismatches between declared fields and the request schema: a field Seam does not take, or of another type. */
function mismatches(fields: readonly SeamField[], properties: Record<string, Schema>, where: string): string[] {
	return fields.flatMap((declared) => {
		const [name, ...rest] = declared.seam.split('.');
		const schema = properties[name];
		if (!schema) return [`${where}: ${declared.property.name} → ${declared.seam} is not in Seam's request schema`];
		if (rest.length > 0) return mismatches([{ ...declared, seam: rest.join('.') }], propertiesOf(schema), `${where}.${name}`);
		if (!KIND_FITS[declared.kind](schema)) return [`${where}: ${declared.seam} is ${schema.type ?? 'untyped'}, not ${declared.kind}`];
		return declared.fields ? mismatches(declared.fields, propertiesOf(schema), `${where}.${declared.seam}`) : [];
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

import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';

import { SEED, SEED_NOW, SMART_LOCKS } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { runScheduled } from '../../sandbox/scheduler';
import { Seam } from '../../nodes/Seam/Seam.node';
import { jsonOf } from '../harness';
import { resourceRunner, rl } from '../harness/resource';
import { useSandbox } from '../harness/sandbox';

const { saltoSpace } = SEED;
const { jane } = SEED.userIdentities;

/** One Seam call: the node's parameters for it, and the same call made directly, to read Seam's whole answer. */
interface Call {
	parameters: INodeParameters;
	route: string;
	body: IDataObject;
}

interface SimplifyCase {
	resource: string;
	/** What Simplify keeps, in output order: the specification (an operator's IDs, names, status, dates, mapped fields). */
	kept: string[];
	/** Fields of the sandbox's object that Simplify drops (checked present in the raw object). */
	dropped: string[];
	/** Makes what the case needs (the sandbox is reset before each test) and names the Get and Get Many calls. */
	arrange(): Promise<{ get: Call; getAll: Call }>;
}

describe('Seam node · Simplify on Get and Get Many (node version 2; version 1 keeps its raw output)', () => {
	const seam = useSandbox({ now: SEED_NOW });
	const client = () => sandboxClient(seam.sandbox);

	/** Jane's booking: a PIN code and a mobile key for Room 101, issued (so the grant has its instant key link). */
	async function booking(): Promise<IDataObject> {
		const { body } = await client().call('access_grants/create', {
			user_identity_id: jane.userIdentityId,
			acs_entrance_ids: [saltoSpace.entrances.room101],
			requested_access_methods: [{ mode: 'mobile_key' }],
			access_grant_key: 'booking-1001',
			reservation_key: 'RES-1001',
		});
		runScheduled(seam.sandbox.store);
		return body.access_grant as IDataObject;
	}

	const cases: SimplifyCase[] = [
		{
			resource: 'acsUser',
			kept: [
				'acs_user_id', 'acs_system_id', 'full_name', 'email_address', 'phone_number', 'user_identity_id', 'access_schedule',
				'is_suspended', 'created_at',
			],
			dropped: ['workspace_id', 'connected_account_id', 'salto_space_metadata', 'external_type', 'pending_mutations'],
			arrange: async () => ({
				get: {
					parameters: { acsUserId: rl(SEED.acsUsers.janeSaltoSpace) },
					route: 'acs/users/get',
					body: { acs_user_id: SEED.acsUsers.janeSaltoSpace },
				},
				getAll: { parameters: { returnAll: true }, route: 'acs/users/list', body: {} },
			}),
		},
		{
			resource: 'credential',
			kept: [
				'acs_credential_id', 'acs_user_id', 'user_identity_id', 'acs_system_id', 'display_name', 'access_method', 'code', 'card_number',
				'is_multi_phone_sync_credential', 'parent_acs_credential_id', 'is_issued', 'issued_at', 'starts_at', 'ends_at', 'errors', 'warnings', 'created_at',
			],
			dropped: ['workspace_id', 'connected_account_id', 'external_type', 'is_managed', 'is_latest_desired_state_synced_with_provider'],
			arrange: async () => {
				const card = SEED.credentials.janeSaltoSpaceCard;
				return {
					get: { parameters: { acsCredentialId: rl(card) }, route: 'acs/credentials/get', body: { acs_credential_id: card } },
					getAll: {
						parameters: { returnAll: true, filters: { acsSystemId: rl(saltoSpace.acsSystemId) } },
						route: 'acs/credentials/list',
						body: { acs_system_id: saltoSpace.acsSystemId },
					},
				};
			},
		},
		{
			resource: 'acsSystem',
			kept: [
				'acs_system_id', 'name', 'external_type', 'external_type_display_name', 'connected_account_id', 'is_credential_manager',
				'default_credential_manager_acs_system_id', 'location', 'acs_user_count', 'acs_access_group_count', 'errors', 'warnings', 'created_at',
			],
			dropped: ['workspace_id', 'image_url', 'image_alt_text', 'connected_account_ids', 'system_type'],
			arrange: async () => ({
				get: {
					parameters: { acsSystemId: rl(saltoSpace.acsSystemId) },
					route: 'acs/systems/get',
					body: { acs_system_id: saltoSpace.acsSystemId },
				},
				getAll: { parameters: { returnAll: true }, route: 'acs/systems/list', body: {} },
			}),
		},
		{
			resource: 'userIdentity',
			kept: ['user_identity_id', 'user_identity_key', 'full_name', 'email_address', 'phone_number', 'acs_user_ids', 'errors', 'warnings', 'created_at'],
			dropped: ['workspace_id', 'display_name'],
			arrange: async () => ({
				get: {
					parameters: { findBy: 'id', userIdentityId: rl(jane.userIdentityId) },
					route: 'user_identities/get',
					body: { user_identity_id: jane.userIdentityId },
				},
				getAll: { parameters: { returnAll: true }, route: 'user_identities/list', body: {} },
			}),
		},
		{
			resource: 'accessGrant',
			kept: [
				'access_grant_id', 'access_grant_key', 'reservation_key', 'display_name', 'user_identity_id', 'starts_at', 'ends_at', 'instant_key_url',
				'requested_access_methods', 'access_method_ids', 'space_ids', 'errors', 'warnings', 'created_at',
			],
			dropped: ['workspace_id', 'client_session_token', 'pending_mutations', 'location_ids', 'name'],
			arrange: async () => {
				const grant = await booking();
				return {
					get: {
						parameters: { findBy: 'key', accessGrantKey: 'booking-1001' },
						route: 'access_grants/get',
						body: { access_grant_key: 'booking-1001' },
					},
					getAll: {
						parameters: { returnAll: true, filters: { userIdentityId: rl(jane.userIdentityId) } },
						route: 'access_grants/list',
						body: { user_identity_id: grant.user_identity_id },
					},
				};
			},
		},
		{
			resource: 'entrance',
			kept: [
				'acs_entrance_id', 'acs_system_id', 'display_name', 'space_ids', 'is_locked', 'can_unlock_with_mobile_key', 'can_unlock_with_card',
				'can_unlock_with_code', 'can_unlock_with_cloud_key', 'can_belong_to_reservation', 'errors', 'warnings', 'created_at',
			],
			dropped: ['connected_account_id', 'salto_space_metadata'],
			arrange: async () => ({
				get: {
					parameters: { acsEntranceId: rl(saltoSpace.entrances.room101) },
					route: 'acs/entrances/get',
					body: { acs_entrance_id: saltoSpace.entrances.room101 },
				},
				getAll: {
					parameters: { returnAll: true, filters: { acsSystemId: rl(saltoSpace.acsSystemId) } },
					route: 'acs/entrances/list',
					body: { acs_system_id: saltoSpace.acsSystemId },
				},
			}),
		},
		{
			resource: 'accessMethod',
			kept: [
				'access_method_id', 'display_name', 'mode', 'code', 'instant_key_url', 'is_issued', 'issued_at', 'is_encoding_required',
				'is_ready_for_encoding', 'errors', 'warnings', 'created_at',
			],
			dropped: ['workspace_id', 'client_session_token', 'pending_mutations'],
			arrange: async () => {
				const grant = await booking();
				const [mobileKey] = grant.access_method_ids as string[];
				return {
					get: { parameters: { accessMethodId: rl(mobileKey) }, route: 'access_methods/get', body: { access_method_id: mobileKey } },
					getAll: {
						parameters: { returnAll: true, filters: { accessGrantKey: 'booking-1001' } },
						route: 'access_methods/list',
						body: { access_grant_key: 'booking-1001' },
					},
				};
			},
		},
		{
			resource: 'accessCode',
			kept: ['access_code_id', 'device_id', 'name', 'code', 'type', 'status', 'starts_at', 'ends_at', 'errors', 'warnings', 'created_at'],
			dropped: ['workspace_id', 'common_code_key', 'is_managed', 'is_external_modification_allowed', 'pending_mutations'],
			arrange: async () => {
				const id = SMART_LOCKS.accessCodes.cleaningCrew;
				const { body } = await client().call('access_codes/get', { access_code_id: id });
				const lock = (body.access_code as IDataObject).device_id as string;
				return {
					get: { parameters: { accessCodeId: rl(id) }, route: 'access_codes/get', body: { access_code_id: id } },
					getAll: { parameters: { deviceId: rl(lock), returnAll: true }, route: 'access_codes/list', body: { device_id: lock } },
				};
			},
		},
	];

	/** Seam's whole answer to a call: the object (get) or every object (list). */
	async function raw(call: Call): Promise<IDataObject | IDataObject[]> {
		const { status, body } = await client().call(call.route, call.body);
		expect(status).toBe(200);
		const [value] = Object.entries(body as IDataObject).filter(([key]) => key !== 'ok' && key !== 'pagination').map(([, v]) => v);
		return value as IDataObject | IDataObject[];
	}

	const runNode = resourceRunner(() => seam.credentials);
	const run = async (resource: string, operation: string, call: Call, extra: INodeParameters = {}, typeVersion?: number) =>
		jsonOf(await runNode(resource, operation, { ...call.parameters, ...extra }, undefined, { typeVersion }));

	const keep = (object: IDataObject, fields: string[]): IDataObject =>
		Object.fromEntries(fields.filter((field) => field in object).map((field) => [field, object[field]]));

	describe.each(cases)('$resource', ({ resource, kept, dropped, arrange }) => {
		test('Get and Get Many are simplified by default: the kept fields, in order, and nothing else', async () => {
			const { get, getAll } = await arrange();
			const [rawOne, rawMany] = [(await raw(get)) as IDataObject, (await raw(getAll)) as IDataObject[]];
			expect(rawMany.length).toBeGreaterThan(0);
			for (const field of dropped) expect(rawOne).toHaveProperty(field);

			const one = await run(resource, 'get', get);
			const many = await run(resource, 'getAll', getAll);

			expect(one).toEqual([keep(rawOne, kept)]);
			expect(Object.keys(one[0])).toEqual(kept.filter((field) => field in rawOne));
			for (const field of dropped) expect(one[0]).not.toHaveProperty(field);
			expect(many).toEqual(rawMany.map((object) => keep(object, kept)));
		});

		test('Simplify off: Seam’s whole objects', async () => {
			const { get, getAll } = await arrange();
			expect(await run(resource, 'get', get, { simplify: false })).toEqual([await raw(get)]);
			expect(await run(resource, 'getAll', getAll, { simplify: false })).toEqual(await raw(getAll));
		});
	});

	// Operations that gained Simplify in version 2: a workflow saved in version 1 (no Simplify value) keeps Seam's whole objects.
	const gainedInV2 = cases.flatMap(({ resource }) =>
		(resource === 'acsUser' ? ['get'] : ['get', 'getAll']).map((operation) => ({ resource, operation })),
	);
	test.each(gainedInV2)('version 1: $resource → $operation stays raw by default', async ({ resource, operation }) => {
		const calls = await cases.find((c) => c.resource === resource)!.arrange();
		const call = operation === 'get' ? calls.get : calls.getAll;
		const output = await run(resource, operation, call, {}, 1);
		const whole = await raw(call);
		expect(output).toEqual(Array.isArray(whole) ? whole : [whole]);
		// …and can still be turned on there.
		const simplified = await run(resource, operation, call, { simplify: true }, 1);
		const kept = cases.find((c) => c.resource === resource)!.kept;
		expect(simplified).toEqual((Array.isArray(whole) ? whole : [whole]).map((object) => keep(object, kept)));
	});

	test('version 1: ACS User → Get Many, simplified since version 1, stays simplified', async () => {
		const acsUser = cases.find((c) => c.resource === 'acsUser')!;
		const { getAll } = await acsUser.arrange();
		const output = await run('acsUser', 'getAll', getAll, {}, 1);
		expect(output).toEqual(((await raw(getAll)) as IDataObject[]).map((object) => keep(object, acsUser.kept)));
	});

	test('the editor shows one Simplify per version: off for version 1, on for version 2; on in both where version 1 had it', () => {
		const properties = new Seam().description.properties;
		const simplifyOf = (resource: string, operation: string): INodeProperties[] =>
			properties.filter(
				(p) =>
					p.name === 'simplify' &&
					p.displayOptions?.show?.resource?.includes(resource) &&
					p.displayOptions.show.operation?.includes(operation),
			);
		const byVersion = (props: INodeProperties[]) => props.map((p) => [p.displayOptions?.show?.['@version'], p.default]);

		for (const { resource, operation } of gainedInV2) {
			const props = simplifyOf(resource, operation);
			expect([resource, operation, byVersion(props)]).toEqual([resource, operation, [[[1], false], [[2], true]]]);
			expect(props[0].description).toMatch(/^Whether to return a simplified version .* Keeps the ID, .+\.$/);
		}
		const simplifiedSinceV1 = [['acsUser', 'getAll'], ['device', 'get'], ['device', 'getAll'], ['lock', 'get'], ['lock', 'getAll']];
		for (const [resource, operation] of simplifiedSinceV1) {
			expect([resource, operation, byVersion(simplifyOf(resource, operation))]).toEqual([resource, operation, [[undefined, true]]]);
		}
	});
});

import type { IDataObject } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { rl, useResource } from '../harness/resource';
import { twoPagesOf } from '../harness/sandbox';

const { saltoSpace, visionline, brivo } = SEED;
const { jane, john } = SEED.userIdentities;
const CARD = SEED.credentials.janeSaltoSpaceCard;

describe('Seam node · Credential', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('credential', { now: SEED_NOW });

	const eventsOf = (credentialId: string): string[] =>
		[...seam.sandbox.store.events.values()]
			.map(({ event }) => event as IDataObject)
			.filter((event) => event.acs_credential_id === credentialId)
			.map((event) => event.event_type as string);

	const johnsMobileKey = { accessMethod: 'mobile_key', holder: 'acsUser', acsUserId: rl(SEED.acsUsers.johnSaltoSpace) };

	describe('create', () => {
		test('a mobile key for a user identity in a system, with allowed entrances, dates and multi-phone sync', async () => {
			const result = await run('create', {
				accessMethod: 'mobile_key',
				holder: 'userIdentity',
				userIdentityId: rl(jane.userIdentityId),
				acsSystemId: rl(saltoSpace.acsSystemId),
				additionalFields: {
					allowedAcsEntranceIds: { ids: [{ acsEntranceId: rl(saltoSpace.entrances.room101) }] },
					startsAt: '2025-01-16T15:00:00Z',
					endsAt: "={{ DateTime.fromISO('2025-01-20T11:00:00Z') }}",
					isMultiPhoneSyncCredential: true,
				},
			});

			expect(seam.calls()).toEqual([
				{
					route: 'acs/credentials/create',
					body: {
						access_method: 'mobile_key',
						user_identity_id: jane.userIdentityId,
						acs_system_id: saltoSpace.acsSystemId,
						allowed_acs_entrance_ids: [saltoSpace.entrances.room101],
						starts_at: '2025-01-16T15:00:00.000Z',
						ends_at: '2025-01-20T11:00:00.000Z',
						is_multi_phone_sync_credential: true,
					},
					status: 200,
				},
			]);
			expect(result.items).toEqual([
				{
					json: expect.objectContaining({
						acs_user_id: SEED.acsUsers.janeSaltoSpace,
						access_method: 'mobile_key',
						is_issued: false,
						warnings: [expect.objectContaining({ warning_code: 'waiting_to_be_issued' })],
					}),
					pairedItem: { item: 0 },
				},
			]);
		});

		test('a mobile key waits for a phone: a sandbox phone for the person issues it', async () => {
			const created = await run('create', {
				accessMethod: 'mobile_key',
				holder: 'userIdentity',
				userIdentityId: rl(john.userIdentityId),
				acsSystemId: rl(saltoSpace.acsSystemId),
			});
			const credentialId = jsonOf(created)[0].acs_credential_id as string;
			await run('createSandboxPhone', { userIdentityId: rl(john.userIdentityId) }, undefined, { resource: 'phone' });
			const fetched = await run('get', { acsCredentialId: rl(credentialId, 'id') });

			expect(seam.calls().map((call) => call.route)).toEqual([
				'acs/credentials/create',
				'phones/simulate/create_sandbox_phone',
				'acs/credentials/get',
			]);
			expect(jsonOf(created)[0]).toMatchObject({ is_issued: false, issued_at: null });
			expect(jsonOf(fetched)).toEqual([
				expect.objectContaining({ acs_credential_id: credentialId, is_issued: true, issued_at: seam.sandbox.now(), warnings: [] }),
			]);
			expect(eventsOf(credentialId)).toEqual(['acs_credential.issued']);
		});

		test('Salto Space allows one mobile key per ACS user: the second fails with Seam’s reason', async () => {
			const result = await run('create', johnsMobileKey, [{}, {}]);
			const alone = await run('create', johnsMobileKey);

			expect(seam.calls().map((call) => [call.route, call.status])).toEqual([
				['acs/credentials/create', 200],
				['acs/credentials/create', 400],
				['acs/credentials/create', 400],
			]);
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ acs_user_id: SEED.acsUsers.johnSaltoSpace }), pairedItem: { item: 0 } },
				{
					json: { error: 'Salto Space allows at most 1 mobile_key credential per ACS user' },
					error: expect.any(Error),
					pairedItem: { item: 1 },
				},
			]);
			expect(failureOf(result.items[1])).toEqual({
				message: 'Salto Space allows at most 1 mobile_key credential per ACS user',
				description: expect.stringMatching(/^Seam refused the request: the message above says why/),
			});
			expect(alone.error?.message).toBe('Salto Space allows at most 1 mobile_key credential per ACS user');
		});

		test('a PIN code for an ACS user, and a Visionline card with its settings', async () => {
			const code = await run('create', {
				accessMethod: 'code',
				holder: 'acsUser',
				acsUserId: rl(SEED.acsUsers.mariaBrivo),
				additionalFields: { code: '482913' },
			});
			const card = await run('create', {
				accessMethod: 'card',
				holder: 'userIdentity',
				userIdentityId: rl(john.userIdentityId),
				acsSystemId: rl(visionline.acsSystemId),
				additionalFields: {
					// Visionline sets the doors on each credential.
					allowedAcsEntranceIds: { ids: [{ acsEntranceId: rl(visionline.entrances.guestRoom201) }] },
					visionlineMetadata: { cardFunctionType: 'staff', cardFormat: 'rfid48', override: true, joinerAcsCredentialIds: `${CARD}, ` },
					saltoSpaceMetadata: {},
				},
			});

			expect(seam.calls()).toEqual([
				{
					route: 'acs/credentials/create',
					body: { access_method: 'code', acs_user_id: SEED.acsUsers.mariaBrivo, code: '482913' },
					status: 200,
				},
				{
					route: 'acs/credentials/create',
					body: {
						access_method: 'card',
						user_identity_id: john.userIdentityId,
						acs_system_id: visionline.acsSystemId,
						allowed_acs_entrance_ids: [visionline.entrances.guestRoom201],
						visionline_metadata: {
							card_function_type: 'staff',
							card_format: 'rfid48',
							override: true,
							joiner_acs_credential_ids: [CARD],
						},
					},
					status: 200,
				},
			]);
			expect(jsonOf(code)).toEqual([expect.objectContaining({ code: '482913', display_name: '482913', is_issued: true })]);
			expect(jsonOf(card)).toEqual([
				expect.objectContaining({ access_method: 'card', acs_system_id: visionline.acsSystemId, is_issued: false }),
			]);
		});

		test('a joiner credential that is not a Seam ID fails on its item before any request', async () => {
			const result = await run('create', {
				accessMethod: 'card',
				holder: 'acsUser',
				acsUserId: rl(SEED.acsUsers.johnSaltoSpace),
				additionalFields: { visionlineMetadata: { joinerAcsCredentialIds: 'room 201' } },
			});

			expect(seam.calls()).toEqual([]);
			expect(result.error?.message).toBe('Joiner Credential IDs: "room 201" is not a Seam ID');
		});
	});

	test('get: one credential', async () => {
		const result = await run('get', { acsCredentialId: rl(CARD) });

		expect(seam.calls()).toEqual([{ route: 'acs/credentials/get', body: { acs_credential_id: CARD }, status: 200 }]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ acs_credential_id: CARD, card_number: '0042' }), pairedItem: { item: 0 } },
		]);
	});

	describe('getAll', () => {
		/** Adds PIN codes for Maria straight in the sandbox's store, to page through. */
		function addCodes(count: number): void {
			const { store } = seam.sandbox;
			for (let i = 0; i < count; i++) {
				const id = store.nextId();
				store.credentials.set(id, {
					...store.stamp(),
					acs_credential_id: id,
					acs_system_id: brivo.acsSystemId,
					acs_user_id: SEED.acsUsers.mariaBrivo,
					access_method: 'code',
					is_multi_phone_sync_credential: false,
					code: String(100000 + i),
					card_number: null,
					is_issued: true,
					issued_at: store.nowIso(),
					allowed_acs_entrance_ids: [],
					display_name: String(100000 + i),
				});
			}
		}

		test('Return All follows Seam’s pages to the end; Limit asks only for what it needs', async () => {
			addCodes(520);
			const all = await run('getAll', { returnAll: true, filters: { acsSystemId: rl(brivo.acsSystemId) } });
			const limited = await run('getAll', { returnAll: false, limit: 3 });

			expect(seam.calls()).toEqual([
				...twoPagesOf('acs/credentials/list', { acs_system_id: brivo.acsSystemId }),
				{ route: 'acs/credentials/list', body: { limit: 3 }, status: 200 },
			]);
			expect(new Set(jsonOf(all).map((credential) => credential.acs_credential_id)).size).toBe(520);
			expect(all.items[519].pairedItem).toEqual({ item: 0 });
			expect(jsonOf(limited)).toHaveLength(3);
		});

		test('filters: a person’s credentials, multi-phone sync or not, searched by Seam', async () => {
			const result = await run('getAll', {
				returnAll: true,
				filters: { userIdentityId: rl(jane.userIdentityId), isMultiPhoneSyncCredential: false, search: '0042' },
			});

			expect(seam.calls()).toEqual([
				{
					route: 'acs/credentials/list',
					body: { user_identity_id: jane.userIdentityId, is_multi_phone_sync_credential: false, search: '0042', limit: 500 },
					status: 200,
				},
			]);
			expect(jsonOf(result).map((credential) => credential.acs_credential_id)).toEqual([CARD]);
		});

		test('a user identity with a system or ACS user filter is refused before the request (Seam’s schema forbids it)', async () => {
			const result = await run('getAll', {
				returnAll: true,
				filters: { userIdentityId: rl(jane.userIdentityId), acsSystemId: rl(saltoSpace.acsSystemId) },
			});

			expect(seam.calls()).toEqual([]);
			expect(result.error?.message).toBe('The User Identity filter cannot be combined with ACS System or ACS User');
		});
	});

	describe('update', () => {
		test('a new PIN code and end date', async () => {
			const created = await run('create', { accessMethod: 'code', holder: 'acsUser', acsUserId: rl(SEED.acsUsers.mariaBrivo) });
			const credentialId = jsonOf(created)[0].acs_credential_id as string;
			seam.sandbox.clearRequests();

			const result = await run('update', {
				acsCredentialId: rl(credentialId, 'id'),
				updateFields: { code: '777111', endsAt: '2025-02-01T10:00:00Z' },
			});

			expect(seam.calls()).toEqual([
				{
					route: 'acs/credentials/update',
					body: { acs_credential_id: credentialId, code: '777111', ends_at: '2025-02-01T10:00:00.000Z' },
					status: 200,
				},
			]);
			expect(result.items).toEqual([
				{
					json: expect.objectContaining({ code: '777111', ends_at: '2025-02-01T10:00:00.000Z' }),
					pairedItem: { item: 0 },
				},
			]);
		});

		test('with nothing to update it says so instead of calling Seam', async () => {
			const result = await run('update', { acsCredentialId: rl(CARD), updateFields: {} });

			expect(seam.calls()).toEqual([]);
			expect(result.error?.message).toBe('Nothing to update');
		});
	});

	test('delete: outputs { deleted: true }, and Seam records acs_credential.deleted', async () => {
		const result = await run('delete', { acsCredentialId: rl(CARD) });

		expect(seam.calls()).toEqual([{ route: 'acs/credentials/delete', body: { acs_credential_id: CARD }, status: 200 }]);
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(eventsOf(CARD)).toEqual(['acs_credential.deleted']);
	});

	test('unassign then assign: the key card moves from Jane to John', async () => {
		const unassigned = await run('unassign', {
			acsCredentialId: rl(CARD),
			holder: 'acsUser',
			acsUserId: rl(SEED.acsUsers.janeSaltoSpace),
		});
		const assigned = await run('assign', {
			acsCredentialId: rl(CARD),
			holder: 'userIdentity',
			userIdentityId: rl(john.userIdentityId),
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/credentials/unassign',
				body: { acs_credential_id: CARD, acs_user_id: SEED.acsUsers.janeSaltoSpace },
				status: 200,
			},
			{
				route: 'acs/credentials/assign',
				body: { acs_credential_id: CARD, user_identity_id: john.userIdentityId },
				status: 200,
			},
		]);
		expect(unassigned.items).toEqual([{ json: expect.objectContaining({ acs_credential_id: CARD }), pairedItem: { item: 0 } }]);
		expect(jsonOf(unassigned)[0].acs_user_id).toBeUndefined();
		expect(jsonOf(assigned)).toEqual([
			expect.objectContaining({ acs_user_id: SEED.acsUsers.johnSaltoSpace, user_identity_id: john.userIdentityId }),
		]);
	});

	test('assign: Salto Space’s one-card rule applies to the new holder too', async () => {
		const frontDeskCard = { holder: 'acsUser', acsUserId: rl(SEED.acsUsers.frontDeskSaltoSpace) };
		const created = await run('create', { accessMethod: 'card', ...frontDeskCard });
		const result = await run('assign', { acsCredentialId: rl(CARD), ...frontDeskCard });

		expect(seam.calls().map((call) => [call.route, call.status])).toEqual([
			['acs/credentials/create', 200],
			['acs/credentials/assign', 400],
		]);
		expect(jsonOf(created)[0].acs_user_id).toBe(SEED.acsUsers.frontDeskSaltoSpace);
		expect(result.error?.message).toBe('Salto Space allows at most 1 card credential per ACS user');
		expect(seam.sandbox.store.credentials.get(CARD)?.acs_user_id).toBe(SEED.acsUsers.janeSaltoSpace);
	});

	test('listAccessibleEntrances: the doors a credential opens', async () => {
		const result = await run('listAccessibleEntrances', { acsCredentialId: rl(CARD), returnAll: true });

		expect(seam.calls()).toEqual([
			{ route: 'acs/credentials/list_accessible_entrances', body: { acs_credential_id: CARD }, status: 200 },
		]);
		expect(jsonOf(result).map((entrance) => entrance.display_name).sort()).toEqual(['Main Entrance', 'Room 101', 'Room 102']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	test('picker: credentials named by kind, narrowed to the chosen system and searched by Seam', async () => {
		const all = await searchPicker('searchCredentials', {
			parameters: { resource: 'credential', operation: 'get', acsCredentialId: rl('') },
			credentials: seam.credentials,
		});
		const searched = await searchPicker('searchCredentials', {
			parameters: {
				resource: 'credential',
				operation: 'create',
				holder: 'userIdentity',
				acsSystemId: rl(saltoSpace.acsSystemId),
			},
			credentials: seam.credentials,
			filter: '0042',
		});

		expect(seam.calls()).toEqual([
			{ route: 'acs/credentials/list', body: { limit: 100 }, status: 200 },
			{
				route: 'acs/credentials/list',
				body: { search: '0042', acs_system_id: saltoSpace.acsSystemId, limit: 100 },
				status: 200,
			},
		]);
		expect(all).toEqual({ results: [{ name: 'Card 0042 (card)', value: CARD }], paginationToken: undefined });
		expect(searched.results).toEqual([{ name: 'Card 0042 (card)', value: CARD }]);
	});
});

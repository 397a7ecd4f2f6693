import type { IDataObject } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';
import { POLLING } from '../../nodes/Seam/helpers/actionAttempt';

const { saltoSpace, visionline, encoders } = SEED;
const { jane, john } = SEED.userIdentities;

describe('Seam node · Encoder and Access Method → Encode (key cards at the front desk)', () => {
	const { seam, run } = useResource('encoder');
	beforeEach(() => jest.replaceProperty(POLLING, 'intervalMs', 20));

	/** A guest's booking with a key card for Room 101 (Salto Space): Seam marks the card as needing encoding. */
	async function cardFor(userIdentityId: string, key: string): Promise<string> {
		const { body } = await sandboxClient(seam.sandbox).call('access_grants/create', {
			user_identity_id: userIdentityId,
			acs_entrance_ids: [saltoSpace.entrances.room101],
			requested_access_methods: [{ mode: 'card' }],
			access_grant_key: key,
		});
		seam.sandbox.clearRequests();
		return ((body.access_grant as IDataObject).access_method_ids as string[])[0];
	}

	const encode = async (accessMethodId: string, encoderId = encoders.saltoSpaceFrontDesk, input?: IDataObject[]) =>
		await run('encode', { accessMethodId: rl(accessMethodId), acsEncoderId: rl(encoderId) }, input, { resource: 'accessMethod' });

	const attemptReads = (calls: Array<{ route: string }>) => calls.filter((call) => call.route === 'action_attempts/get');

	test('encode: the card on the front-desk encoder is written; Seam issues it with a card number', async () => {
		const card = await cardFor(jane.userIdentityId, 'booking-2001');
		const before = await sandboxClient(seam.sandbox).call('access_methods/get', { access_method_id: card });
		expect(before.body.access_method).toEqual(expect.objectContaining({ is_issued: false, is_encoding_required: true }));
		seam.sandbox.clearRequests();

		const result = await encode(card);

		const calls = seam.calls();
		expect(calls[0]).toEqual({
			route: 'access_methods/encode',
			body: { access_method_id: card, acs_encoder_id: encoders.saltoSpaceFrontDesk },
			status: 200,
		});
		const attempt = jsonOf(result)[0];
		expect(attemptReads(calls).length).toBe(calls.length - 1);
		expect(attemptReads(calls)[0]).toEqual({
			route: 'action_attempts/get',
			body: { action_attempt_id: attempt.action_attempt_id },
			status: 200,
		});
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					action_type: 'ENCODE_CREDENTIAL',
					status: 'success',
					error: null,
					result: expect.objectContaining({
						access_method: 'card',
						acs_system_id: saltoSpace.acsSystemId,
						card_number: expect.stringMatching(/^[0-9a-f]{16}$/),
						is_issued: true,
						issued_at: expect.any(String),
					}),
				}),
				pairedItem: { item: 0 },
			},
		]);
		const after = await sandboxClient(seam.sandbox).call('access_methods/get', { access_method_id: card });
		expect(after.body.access_method).toEqual(
			expect.objectContaining({ is_issued: true, is_encoding_required: false, issued_at: expect.any(String) }),
		);
		const issued = [...seam.sandbox.store.events.values()].map((record) => record.event as IDataObject);
		expect(issued).toContainEqual(expect.objectContaining({ event_type: 'access_method.issued', access_method_id: card }));
	});

	test('encode fails (no card on the encoder): the item fails with Seam’s reason and what to do; the card stays to encode', async () => {
		const card = await cardFor(jane.userIdentityId, 'booking-2002');
		await run('simulateNextCredentialEncodeWillFail', { acsEncoderId: rl(encoders.saltoSpaceFrontDesk) });
		const good = await cardFor(john.userIdentityId, 'booking-2003');

		// Two guests at the desk; the first card was not on the encoder, the second goes through.
		const result = await run(
			'encode',
			{ accessMethodId: rl('={{ $json.card }}', 'id'), acsEncoderId: rl(encoders.saltoSpaceFrontDesk) },
			[{ card }, { card: good }],
			{ resource: 'accessMethod' },
		);

		expect(seam.calls().filter((call) => call.route === 'access_methods/encode')).toEqual([
			{ route: 'access_methods/encode', body: { access_method_id: card, acs_encoder_id: encoders.saltoSpaceFrontDesk }, status: 200 },
			{ route: 'access_methods/encode', body: { access_method_id: good, acs_encoder_id: encoders.saltoSpaceFrontDesk }, status: 200 },
		]);
		expect(result.items).toEqual([
			{ json: { error: 'The card encoding failed: No card was placed on the encoder.' }, error: expect.any(Error), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ status: 'success' }), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[0]).description).toMatch(
			/^Seam's error "no_credential_on_encoder" on action attempt [0-9a-f-]{36}\. There was no card on the encoder: place a card on it and run again\.$/,
		);
		const failed = await sandboxClient(seam.sandbox).call('access_methods/get', { access_method_id: card });
		expect(failed.body.access_method).toEqual(expect.objectContaining({ is_issued: false, is_encoding_required: true }));
	});

	test('simulate: a card removed while writing fails once; the next try (simulated to succeed) writes it', async () => {
		const card = await cardFor(jane.userIdentityId, 'booking-2004');
		const simulated = await run('simulateNextCredentialEncodeWillFail', {
			acsEncoderId: rl(encoders.saltoSpaceFrontDesk),
			errorCode: 'encoding_interrupted',
		});
		const failed = await encode(card);
		const succeeded = await run('simulateNextCredentialEncodeWillSucceed', { acsEncoderId: rl(encoders.saltoSpaceFrontDesk) });
		const encoded = await encode(card);

		expect(seam.calls().filter((call) => call.route.startsWith('acs/encoders/simulate'))).toEqual([
			{
				route: 'acs/encoders/simulate/next_credential_encode_will_fail',
				body: { acs_encoder_id: encoders.saltoSpaceFrontDesk, error_code: 'encoding_interrupted' },
				status: 200,
			},
			{ route: 'acs/encoders/simulate/next_credential_encode_will_succeed', body: { acs_encoder_id: encoders.saltoSpaceFrontDesk }, status: 200 },
		]);
		expect(simulated.items).toEqual([{ json: { simulated: true }, pairedItem: { item: 0 } }]);
		expect(succeeded.items).toEqual([{ json: { simulated: true }, pairedItem: { item: 0 } }]);
		expect(failed.error?.message).toBe(
			'The card encoding failed: Encoding was interrupted: the card was removed from the encoder before writing was complete.',
		);
		expect(failed.error?.description).toMatch(/The card was taken off the encoder before it was written: place it back on the encoder and run again\.$/);
		expect(jsonOf(encoded)[0]).toEqual(expect.objectContaining({ status: 'success' }));
	});

	test('lost card: the written card key cannot go onto a second card; a new card key for the guest can', async () => {
		const first = await cardFor(jane.userIdentityId, 'booking-2005');
		await encode(first);
		const again = await encode(first);
		expect(again.error?.description).toMatch(/already written to a card and cannot be written to another/);

		// The steps of docs/mobile-access.md: delete the lost card's access method, request a new card, encode it.
		const client = sandboxClient(seam.sandbox);
		await client.call('access_methods/delete', { access_method_id: first });
		const replacement = await cardFor(jane.userIdentityId, 'booking-2005-replacement');
		const encoded = await encode(replacement);
		expect(jsonOf(encoded)[0]).toEqual(
			expect.objectContaining({ status: 'success', result: expect.objectContaining({ is_issued: true }) }),
		);
		const lost = await client.call('access_methods/get', { access_method_id: first });
		expect(lost.status).toBe(404);
	});

	test('encode: Wait for Outcome off answers the pending attempt at once, without reading it again', async () => {
		const card = await cardFor(jane.userIdentityId, 'booking-2006');
		const result = await run(
			'encode',
			{ accessMethodId: rl(card), acsEncoderId: rl(encoders.saltoSpaceFrontDesk), waitForOutcome: false },
			undefined,
			{ resource: 'accessMethod' },
		);

		expect(seam.calls().map((call) => call.route)).toEqual(['access_methods/encode']);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ action_type: 'ENCODE_CREDENTIAL', status: 'pending', result: null }), pairedItem: { item: 0 } },
		]);
	});

	test('encode at an encoder of another access system: Seam’s refusal stops the node, nothing is encoded', async () => {
		const card = await cardFor(jane.userIdentityId, 'booking-2007');
		const result = await encode(card, encoders.visionlineFrontDesk);

		expect(seam.calls()).toEqual([
			{ route: 'access_methods/encode', body: { access_method_id: card, acs_encoder_id: encoders.visionlineFrontDesk }, status: 400 },
		]);
		expect(result.error?.message).toMatch(/encoder belongs to an access system/);
	});

	test('scanCredential: reads back the card last written at the encoder and names its Seam credential', async () => {
		const card = await cardFor(jane.userIdentityId, 'booking-2008');
		const written = jsonOf(await encode(card))[0].result as IDataObject;
		seam.sandbox.clearRequests();

		const result = await run('scanCredential', { acsEncoderId: rl(encoders.saltoSpaceFrontDesk) });

		expect(seam.calls()[0]).toEqual({
			route: 'acs/encoders/scan_credential',
			body: { acs_encoder_id: encoders.saltoSpaceFrontDesk },
			status: 200,
		});
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					action_type: 'SCAN_CREDENTIAL',
					status: 'success',
					result: {
						acs_credential_on_encoder: expect.objectContaining({ card_number: written.card_number, is_issued: true }),
						acs_credential_on_seam: expect.objectContaining({ acs_credential_id: written.acs_credential_id }),
						warnings: [],
					},
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('scanCredential with no card on the encoder: the item fails with what to do', async () => {
		const result = await run('scanCredential', { acsEncoderId: rl(encoders.visionlineFrontDesk) });

		expect(result.error?.message).toBe('The card scan failed: No card was placed on the encoder.');
		expect(result.error?.description).toMatch(/There was no card on the encoder: place a card on it and run again\.$/);
	});

	test('simulate scans: a card Seam knows is read back; then a scan that finds no card fails its item', async () => {
		const card = SEED.credentials.janeSaltoSpaceCard;
		const encoderId = rl(encoders.saltoSpaceFrontDesk);
		await run('simulateNextCredentialScanWillSucceed', { acsEncoderId: encoderId, additionalFields: { acsCredentialIdOnSeam: rl(card) } });
		const read = await run('scanCredential', { acsEncoderId: encoderId });
		await run('simulateNextCredentialScanWillFail', { acsEncoderId: encoderId });
		const empty = await run('scanCredential', { acsEncoderId: encoderId });

		expect(seam.calls().filter((call) => call.route.startsWith('acs/encoders/simulate'))).toEqual([
			{
				route: 'acs/encoders/simulate/next_credential_scan_will_succeed',
				body: { acs_encoder_id: encoders.saltoSpaceFrontDesk, acs_credential_id_on_seam: card },
				status: 200,
			},
			{ route: 'acs/encoders/simulate/next_credential_scan_will_fail', body: { acs_encoder_id: encoders.saltoSpaceFrontDesk }, status: 200 },
		]);
		expect(jsonOf(read)[0].result).toEqual(
			expect.objectContaining({
				acs_credential_on_encoder: expect.objectContaining({ card_number: '0042' }),
				acs_credential_on_seam: expect.objectContaining({ acs_credential_id: card }),
			}),
		);
		expect(empty.error?.message).toBe('The card scan failed: No card was placed on the encoder.');
	});

	test('scanToAssignCredential: a card the desk prepared is read and given to the guest (their ACS user made in that system)', async () => {
		// A card Seam knows lies on the Visionline desk encoder; John has no user in Visionline yet.
		const card = SEED.credentials.janeSaltoSpaceCard;
		const visionlineDesk = rl(encoders.visionlineFrontDesk);
		await run('simulateNextCredentialScanWillSucceed', { acsEncoderId: visionlineDesk, additionalFields: { acsCredentialIdOnSeam: rl(card) } });
		seam.sandbox.clearRequests();

		const result = await run('scanToAssignCredential', {
			acsEncoderId: visionlineDesk,
			holder: 'userIdentity',
			userIdentityId: rl(john.userIdentityId),
		});

		expect(seam.calls()[0]).toEqual({
			route: 'acs/encoders/scan_to_assign_credential',
			body: { acs_encoder_id: encoders.visionlineFrontDesk, user_identity_id: john.userIdentityId },
			status: 200,
		});
		const johnInVisionline = [...seam.sandbox.store.acsUsers.values()].find(
			(user) => user.user_identity_id === john.userIdentityId && user.acs_system_id === visionline.acsSystemId,
		);
		expect(johnInVisionline).toBeDefined();
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					action_type: 'SCAN_TO_ASSIGN_CREDENTIAL',
					status: 'success',
					result: expect.objectContaining({ acs_credential_id: card, acs_user_id: johnInVisionline?.acs_user_id, user_identity_id: john.userIdentityId }),
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('scanToAssignCredential with no card on the encoder: the item fails with what to do; an unknown ACS user is refused at once', async () => {
		const empty = await run('scanToAssignCredential', {
			acsEncoderId: rl(encoders.visionlineFrontDesk),
			holder: 'userIdentity',
			userIdentityId: rl(jane.userIdentityId),
		});
		const unknown = await run('scanToAssignCredential', {
			acsEncoderId: rl(encoders.visionlineFrontDesk),
			holder: 'acsUser',
			acsUserId: rl(UNKNOWN_ID, 'id'),
		});

		expect(empty.error?.message).toBe('The card scan failed: No card was placed on the encoder.');
		expect(unknown.error?.description).toMatch(/not found in this Seam workspace/);
		expect(seam.calls().filter((call) => call.route === 'acs/encoders/scan_to_assign_credential').map((call) => call.status)).toEqual([200, 404]);
	});

	test('get and getAll: the encoders of one access system', async () => {
		const one = await run('get', { acsEncoderId: rl(encoders.visionlineFrontDesk) });
		const all = await run('getAll', { acsSystemId: rl(saltoSpace.acsSystemId), returnAll: true });

		expect(seam.calls()).toEqual([
			{ route: 'acs/encoders/get', body: { acs_encoder_id: encoders.visionlineFrontDesk }, status: 200 },
			{ route: 'acs/encoders/list', body: { acs_system_id: saltoSpace.acsSystemId, limit: 500 }, status: 200 },
		]);
		expect(one.items).toEqual([
			{
				json: expect.objectContaining({
					acs_encoder_id: encoders.visionlineFrontDesk,
					acs_system_id: visionline.acsSystemId,
					display_name: 'Front Desk',
				}),
				pairedItem: { item: 0 },
			},
		]);
		expect(jsonOf(all).map((encoder) => encoder.acs_encoder_id)).toEqual([encoders.saltoSpaceFrontDesk]);
	});

	test('an unknown encoder stops the node: not found, whatever Seam calls the error', async () => {
		const result = await run('get', { acsEncoderId: rl(UNKNOWN_ID, 'id') });

		expect(seam.calls()).toEqual([{ route: 'acs/encoders/get', body: { acs_encoder_id: UNKNOWN_ID }, status: 404 }]);
		expect(result.error?.description).toMatch(/^The encoder was not found in this Seam workspace: check the ID, or pick it from the list/);
	});

	test('picker: the encoders of the chosen system, else of every system', async () => {
		const chosen = await searchPicker('searchEncoders', {
			parameters: { resource: 'encoder', operation: 'getAll', acsSystemId: rl(visionline.acsSystemId) },
			credentials: seam.credentials,
		});
		const every = await searchPicker('searchEncoders', {
			parameters: { resource: 'accessMethod', operation: 'encode', acsEncoderId: rl('') },
			credentials: seam.credentials,
		});

		expect(chosen.results).toEqual([{ name: 'Front Desk', value: encoders.visionlineFrontDesk }]);
		expect(every.results.map((entry) => entry.value).sort()).toEqual([encoders.saltoSpaceFrontDesk, encoders.visionlineFrontDesk].sort());
		expect(seam.calls().map((call) => call.route)).toEqual(['acs/encoders/list', 'acs/systems/list', 'acs/encoders/list']);
	});
});

import { SMART_LOCKS } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { twoPagesOf, useSandbox } from '../harness/sandbox';
import { resourceRunner, rl } from '../harness/resource';
import { LOCK_DEVICE_TYPES, LOCK_MANUFACTURERS, MANUFACTURERS, OTHER_DEVICE_TYPES, PROVIDERS } from '../../nodes/Seam/actions/device/options';

const { devices, deviceNames, connectedAccounts } = SMART_LOCKS;

describe('Seam node · Device, Connected Account, Connect Webview (sandbox behaviours)', () => {
	const seam = useSandbox();

	const run = resourceRunner(() => seam.credentials);

	test('the choices are exactly Seam’s (device types, manufacturers, Connect Webview providers)', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { openapi } = require('@seamapi/types/connect') as { openapi: { paths: Record<string, { post: { requestBody: { content: { 'application/json': { schema: any } } } } }> } };
		const schema = (route: string) => openapi.paths[route].post.requestBody.content['application/json'].schema.properties;
		const typeGroups = schema('/devices/list').device_types.items.oneOf as Array<{ enum: string[] }>;
		const values = (options: Array<{ value: unknown }>) => options.map((option) => option.value).sort();

		expect(values(LOCK_DEVICE_TYPES)).toEqual([...typeGroups[0].enum].sort());
		expect(values([...LOCK_DEVICE_TYPES, ...OTHER_DEVICE_TYPES])).toEqual(typeGroups.flatMap((group) => group.enum).sort());
		expect(values(MANUFACTURERS)).toEqual([...schema('/devices/list').manufacturer.enum].sort());
		expect(values(LOCK_MANUFACTURERS)).toEqual([...schema('/locks/list').manufacturer.enum].sort());
		expect(values(PROVIDERS)).toEqual([...schema('/connect_webviews/create').accepted_providers.items.enum].sort());
	});

	test('getAll with a Limit and Online Status reads Seam’s pages until enough devices match', async () => {
		const { store } = seam.sandbox;
		// 600 offline locks more, created later (listed first): the online ones are on Seam's second page.
		for (let i = 0; i < 600; i++) {
			const id = store.nextId();
			store.devices.set(id, { ...store.devices.get(devices.studioDoor)!, ...store.stamp(), device_id: id, name: `Storage ${i}` });
		}
		const result = await run('device', 'getAll', { limit: 3, filters: { onlineStatus: 'online' } });

		expect(seam.calls()).toEqual(twoPagesOf('devices/list'));
		expect(jsonOf(result)).toHaveLength(3);
		expect(jsonOf(result).every((device) => device.online === true)).toBe(true);
	});

	test('update: the new name is the display name from then on (the brand’s name stays in appearance)', async () => {
		await run('device', 'update', { deviceId: rl(devices.loftDoor), name: 'Loft 4B' });
		const result = await run('device', 'get', { deviceId: rl(devices.loftDoor), simplify: false });

		expect(jsonOf(result)[0]).toEqual(
			expect.objectContaining({ display_name: 'Loft 4B', nickname: 'Loft 4B', properties: expect.objectContaining({ appearance: { name: deviceNames.loftDoor } }) }),
		);
	});

	test('device picker: every device, by Seam’s search', async () => {
		const found = await searchPicker('searchDevices', {
			parameters: { resource: 'device', operation: 'get', deviceId: rl('') },
			credentials: seam.credentials,
			filter: 'beach',
		});

		expect(seam.calls()).toEqual([{ route: 'devices/list', body: { search: 'beach', limit: 100 }, status: 200 }]);
		expect(found.results.map((entry) => entry.value).sort()).toEqual(
			[devices.beachFrontDoor, devices.beachBackDoor, devices.beachNoiseSensor].sort(),
		);
		expect(found.results).toContainEqual({ name: `${deviceNames.beachNoiseSensor} (minut sensor)`, value: devices.beachNoiseSensor });
	});

	test('connected account picker: the lock brands’ logins and the access systems', async () => {
		const found = await searchPicker('searchConnectedAccounts', {
			parameters: { resource: 'connectedAccount', operation: 'get', connectedAccountId: rl('') },
			credentials: seam.credentials,
			filter: 'nuki',
		});

		expect(seam.calls()).toEqual([{ route: 'connected_accounts/list', body: { search: 'nuki', limit: 100 }, status: 200 }]);
		expect(found.results).toEqual([{ name: 'studio@example.com (Nuki)', value: connectedAccounts.nuki }]);
	});

	test('connect webview: pending until the owner signs in; then authorized with the new connected account', async () => {
		const created = await run('connectWebview', 'create', {
			additionalFields: { providerCategory: 'consumer_smartlocks', customRedirectUrl: 'https://example.com/thanks' },
		});
		const id = jsonOf(created)[0].connect_webview_id as string;
		seam.sandbox.completeConnectWebview(id, 'august', 'new.owner@example.com');
		const got = await run('connectWebview', 'get', { connectWebviewId: rl(id) });
		const account = await run('connectedAccount', 'get', { findBy: 'email', email: 'new.owner@example.com' });
		const picker = await searchPicker('searchConnectWebviews', {
			parameters: { resource: 'connectWebview', operation: 'get', connectWebviewId: rl('') },
			credentials: seam.credentials,
		});

		expect(seam.calls()[0]).toEqual({
			route: 'connect_webviews/create',
			body: { provider_category: 'consumer_smartlocks', custom_redirect_url: 'https://example.com/thanks' },
			status: 200,
		});
		expect(jsonOf(created)[0]).toEqual(expect.objectContaining({ status: 'pending', login_successful: false, connected_account_id: null }));
		expect(jsonOf(got)[0]).toEqual(
			expect.objectContaining({ status: 'authorized', login_successful: true, connected_account_id: jsonOf(account)[0].connected_account_id }),
		);
		expect(picker.results).toEqual([{ name: `august · authorized (created ${String(jsonOf(created)[0].created_at).slice(0, 10)})`, value: id }]);
		const { body } = await sandboxClient(seam.sandbox).call('events/list', { since: '2000-01-01T00:00:00Z', connect_webview_id: id });
		expect(body.events.map((event: { event_type: string }) => event.event_type).sort()).toEqual([
			'connect_webview.login_succeeded',
			'connected_account.created',
		]);
	});
});

/**
 * `npm run demo`: a hotel guest's mobile key, end to end, through n8n's real engine against the embedded
 * Seam sandbox. Provisions the guest from a booking, runs the same booking again (nothing is created twice),
 * registers the guest's phone and shows the key becoming issued.
 */
// First: n8n-core reads its user folder on load; keep the demo out of ~/.n8n.
import '../test/harness/user-folder';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED, startSandbox, type Sandbox } from '../sandbox';
import { jsonOf, runSeamNode } from '../test/harness';

const day = 24 * 60 * 60 * 1000;
const booking = {
	booking_id: 'BK-48213',
	guest_name: 'Alex Rivera',
	email: 'alex.rivera@example.com',
	phone: '+14155550188',
	rooms: ['Guest Rooms Floor 1', 'Lobby'],
	check_in: new Date(Date.now() + day).toISOString(),
	check_out: new Date(Date.now() + 4 * day).toISOString(),
};

const provision: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'provision',
	// The step-by-step mode shows each object Seam holds (ACS user, groups, mobile key, instant key link); the
	// hotel check-in example shows the recommended Access Grant mode.
	mode: 'acsCredential',
	acsSystemId: { __rl: true, mode: 'list', value: SEED.saltoSpace.acsSystemId },
	fullName: '={{ $json.guest_name }}',
	userIdentityKey: '={{ $json.booking_id }}',
	emailAddress: '={{ $json.email }}',
	phoneNumber: '={{ $json.phone }}',
	accessGroupIds: '={{ $json.rooms }}',
	startsAt: '={{ $json.check_in }}',
	endsAt: '={{ $json.check_out }}',
	options: { deliver: 'instantKey' },
};

async function step(sandbox: Sandbox, title: string, parameters: INodeParameters, input: IDataObject[]) {
	sandbox.clearRequests();
	const result = await runSeamNode({
		credentials: { apiKey: sandbox.apiKey, baseUrl: sandbox.url },
		parameters,
		input,
	});
	if (result.error) throw new Error(`${title}: ${result.error.message} (${result.error.description ?? ''})`);
	const calls = sandbox.requests().map((request) => `${request.route} → ${request.status}`);
	console.log(`\n▶ ${title}\n  Seam calls (${calls.length}): ${calls.join(', ')}`);
	return jsonOf(result);
}

async function main(): Promise<void> {
	const sandbox = await startSandbox();
	try {
		console.log(`Seam sandbox at ${sandbox.url} (${SEED.saltoSpace.name})`);
		console.log(`Booking ${booking.booking_id}: ${booking.guest_name}, rooms ${booking.rooms.join(' + ')}`);

		const [first] = await step(sandbox, 'Provision the guest (first run)', provision, [booking]);
		const identity = first.user_identity as IDataObject;
		const credential = first.acs_credential as IDataObject;
		console.log('  changes:', JSON.stringify(first.changes));
		console.log(`  mobile key ${credential.acs_credential_id as string} issued: ${String(credential.is_issued)}`);
		console.log(`  instant key link for the guest: ${(first.instant_key as IDataObject)?.instant_key_url as string}`);

		const [again] = await step(sandbox, 'The PMS sends the same booking again', provision, [booking]);
		console.log('  changes:', JSON.stringify(again.changes));
		// The sandbox runs on real time, as Seam does: the first link is still valid, so the guest gets it again.
		const firstLink = (first.instant_key as IDataObject | undefined)?.instant_key_url;
		const againLink = (again.instant_key as IDataObject | undefined)?.instant_key_url;
		console.log(`  instant key link: ${String(againLink)} (${againLink === firstLink ? 'the same link, reused' : 'a second link'})`);
		if (againLink !== firstLink) throw new Error('The re-sent booking got a second instant key link instead of the first one');

		await step(
			sandbox,
			'The guest opens the key on their phone (sandbox phone registered)',
			{
				resource: 'phone',
				operation: 'createSandboxPhone',
				userIdentityId: { __rl: true, mode: 'id', value: identity.user_identity_id as string },
			},
			[{}],
		);

		const [status] = await step(
			sandbox,
			'Check the guest’s mobile access',
			{ resource: 'mobileAccess', operation: 'getStatus', findBy: 'key', userIdentityKey: booking.booking_id },
			[{}],
		);
		const acsUsers = status.acs_users as Array<IDataObject & { acs_credentials: IDataObject[] }>;
		for (const key of acsUsers.flatMap((user) => user.acs_credentials)) {
			// Seam copies a multi-phone sync key onto each phone (parent_acs_credential_id): shown as that, not as a second key.
			const what = key.parent_acs_credential_id ? '  its copy on the phone' : `${key.access_method as string}`;
			console.log(`  ${what} ${key.acs_credential_id as string}: issued ${String(key.is_issued)}, valid ${key.starts_at as string} → ${key.ends_at as string}`);
		}
		const phones = (status.phones as IDataObject[]).map((phone) => phone.display_name ?? phone.device_id);
		console.log(`  phones: ${phones.join(', ')}; mobile key ready: ${String(status.mobile_key_ready)}`);
		console.log('\nDone: one identity, one ACS user, one mobile key, however often the booking arrives.');
	} finally {
		await sandbox.stop();
	}
	process.exit(0);
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});

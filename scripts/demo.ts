/**
 * `npm run demo`: the first five minutes with the Seam node, through n8n's real engine against the embedded Seam
 * sandbox. First Access Grant mode (Provision's default on node version 2) for a Visionline hotel: a guest with
 * a room and the lobby, the same booking sent again, a second guest on the booking who keeps their access when the
 * first guest gets another door, a card added to the stay, the key link, and check-in times read in the workflow's
 * time zone. Then the direct ACS Credential flow, briefly. Written for a hotel operator: short lines, plain words.
 */
// First: n8n-core reads its user folder on load; keep the demo out of ~/.n8n.
import '../test/harness/user-folder';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED, startSandbox, type Sandbox } from '../sandbox';
import { jsonOf, runSeamNode } from '../test/harness';

/** The workflow's time zone (Workflow Settings → Timezone): dates without a zone are read in it. */
const TIME_ZONE = 'America/New_York';
const { visionline } = SEED;

/** A booking as a hotel's PMS sends it: local times, no zone. */
const anna = {
	booking_id: 'BK-2001',
	guest_id: 'guest-anna',
	guest_name: 'Anna Main',
	email: 'anna.main@example.com',
	rooms: ['Guest Room 201', 'Main Lobby'],
	check_in: '2030-06-01T15:00:00',
	check_out: '2030-06-04T11:00:00',
};
const ben = { ...anna, guest_id: 'guest-ben', guest_name: 'Ben Joiner', email: 'ben.joiner@example.com', rooms: ['Guest Room 201'] };

/** Provision, Access Grant mode (the default of a new node): the guest is the person, the booking the reservation. */
const grant = (options: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'provision',
	acsSystemId: { __rl: true, mode: 'list', value: visionline.acsSystemId },
	fullName: '={{ $json.guest_name }}',
	userIdentityKey: '={{ $json.guest_id }}',
	emailAddress: '={{ $json.email }}',
	acsEntranceIds: '={{ $json.rooms }}',
	reservationKey: '={{ $json.booking_id }}',
	startsAt: '={{ $json.check_in }}',
	endsAt: '={{ $json.check_out }}',
	options,
});

/** Provision, ACS Credential mode: the ACS user, its access groups and a mobile key, step by step. */
const direct: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'provision',
	mode: 'acsCredential',
	acsSystemId: { __rl: true, mode: 'list', value: SEED.saltoSpace.acsSystemId },
	fullName: '={{ $json.guest_name }}',
	userIdentityKey: '={{ $json.guest_id }}',
	emailAddress: '={{ $json.email }}',
	accessGroupIds: '={{ $json.rooms }}',
	startsAt: '={{ $json.check_in }}',
	endsAt: '={{ $json.check_out }}',
	options: { deliver: 'instantKey' },
};

const WRITES = /\/(create|update|delete|add_|remove_|request_access_methods|unsuspend)/;

interface Step {
	item: IDataObject;
	/** Seam's routes in the order called. */
	routes: string[];
	/** What Seam received on each route, in order. */
	bodies: Array<{ route: string; body: IDataObject }>;
}

async function step(sandbox: Sandbox, title: string, parameters: INodeParameters, input: IDataObject): Promise<Step> {
	sandbox.clearRequests();
	const result = await runSeamNode({ credentials: { apiKey: sandbox.apiKey, baseUrl: sandbox.url }, parameters, input: [input], timezone: TIME_ZONE });
	if (result.error) throw new Error(`${title}: ${result.error.message} (${result.error.description ?? ''})`);
	const requests = sandbox.requests();
	const routes = requests.map((request) => request.route);
	const writes = routes.filter((route) => WRITES.test(route));
	console.log(`\n▶ ${title}`);
	console.log(`  Seam calls: ${routes.length} (${writes.length ? `changes: ${writes.join(', ')}` : 'reads only, nothing changed'})`);
	return { item: jsonOf(result)[0], routes, bodies: requests.map((request) => ({ route: request.route, body: request.body as IDataObject })) };
}

const grantOf = (item: IDataObject) => item.access_grant as IDataObject;
const idOf = (item: IDataObject) => grantOf(item).access_grant_id as string;
const what = (item: IDataObject) => (item.changes as IDataObject).access_grant as string;

function expect(ok: boolean, problem: string): void {
	if (!ok) throw new Error(`Demo stopped: ${problem}`);
}

async function accessGrantMode(sandbox: Sandbox): Promise<void> {
	console.log(`\n=== Access Grant mode (Seam's recommended way; a new Seam node starts in it) ===`);
	console.log(`Hotel: ${visionline.name}. Workflow time zone: ${TIME_ZONE}.`);
	console.log(`Booking ${anna.booking_id}: ${anna.guest_name}, ${anna.rooms.join(' + ')}, check-in ${anna.check_in}, check-out ${anna.check_out} (hotel time)`);

	const first = await step(sandbox, `${anna.guest_name} checks in: room and lobby`, grant(), anna);
	const created = first.bodies.find((call) => call.route === 'access_grants/create');
	expect(created !== undefined, 'no access grant was created');
	console.log(`  access grant ${idOf(first.item)}: ${what(first.item)}`);
	console.log(`  check-in ${anna.check_in} in ${TIME_ZONE} was sent to Seam as ${created?.body.starts_at as string}`);
	console.log(`  check-out ${anna.check_out} was sent as ${created?.body.ends_at as string}`);
	const link = grantOf(first.item).instant_key_url as string | undefined;
	expect(Boolean(link), 'the grant has no key link');
	console.log(`  key link to send the guest: ${link as string}`);

	const again = await step(sandbox, 'The PMS sends the same booking again', grant(), anna);
	expect(what(again.item) === 'reused' && idOf(again.item) === idOf(first.item), 'the re-sent booking changed something');
	console.log(`  access grant ${idOf(again.item)}: ${what(again.item)} (the same one)`);

	const joiner = await step(sandbox, `${ben.guest_name} joins booking ${ben.booking_id}: the room only`, grant(), ben);
	console.log(`  ${ben.guest_name}'s access grant ${idOf(joiner.item)}: ${what(joiner.item)}`);
	const reservation = sandboxGrants(sandbox, anna.booking_id).sort();
	expect(reservation.includes(idOf(first.item)) && reservation.includes(idOf(joiner.item)), 'the booking lost a guest');
	console.log(`  ${anna.guest_name} keeps the room and the lobby, ${ben.guest_name} has the room: a second guest may have fewer doors, so nobody's access was replaced`);
	console.log(`  booking ${anna.booking_id} now has ${reservation.length} access grants`);

	const upgraded = { ...anna, rooms: [...anna.rooms, 'Elevator'] };
	const moved = await step(sandbox, `${anna.guest_name} gets the elevator too`, grant(), upgraded);
	const annaNow = idOf(moved.item);
	console.log(`  ${anna.guest_name}'s access grant: ${what(moved.item)} (Seam cannot add a door to a grant): now ${annaNow}`);
	console.log(`  new key link to send her: ${grantOf(moved.item).instant_key_url as string}`);
	expect(sandboxGrants(sandbox, anna.booking_id).includes(idOf(joiner.item)), `${ben.guest_name} lost his access grant`);
	console.log(`  ${ben.guest_name} keeps his access grant ${idOf(joiner.item)}: the booking's room did not change`);

	const card = await step(sandbox, `${anna.guest_name} asks for a card too (Options → Access Methods: Mobile Key + Card)`, grant({ accessMethods: ['mobile_key', 'card'] }), upgraded);
	expect(idOf(card.item) === annaNow, 'the card replaced the access grant');
	expect(grantOf(card.item).instant_key_url === grantOf(moved.item).instant_key_url, 'the card changed the key link');
	console.log(`  access grant ${idOf(card.item)}: ${what(card.item)} in place (the same ID; the mobile key and its link stay)`);
}

/** The booking's access grants, as Seam holds them. */
function sandboxGrants(sandbox: Sandbox, reservationKey: string): string[] {
	return [...sandbox.store.accessGrants.values()].filter((grant) => grant.reservation_key === reservationKey).map((grant) => grant.access_grant_id);
}

/** ACS Credential mode's `changes` in words: "person created, ACS user created, added to 2 access groups, mobile key created". */
function changesInWords(item: IDataObject): string {
	const changes = item.changes as IDataObject;
	const groups = (changes.access_groups_added as string[]).length;
	return [
		`person ${changes.user_identity as string}`,
		`ACS user ${changes.acs_user as string}`,
		groups ? `added to ${groups} access group${groups === 1 ? '' : 's'}` : 'already in its access groups',
		`mobile key ${changes.acs_credential as string}`,
	].join(', ');
}

async function acsCredentialMode(sandbox: Sandbox): Promise<void> {
	const guest = {
		guest_id: 'guest-carl',
		guest_name: 'Carl Direct',
		email: 'carl.direct@example.com',
		rooms: ['Guest Rooms Floor 1', 'Lobby'],
		check_in: '2030-06-01T15:00:00',
		check_out: '2030-06-04T11:00:00',
	};
	console.log(`\n=== ACS Credential mode (step by step: ACS user, access groups, mobile key) ===`);
	console.log(`Hotel: ${SEED.saltoSpace.name}. ${guest.guest_name}, groups ${guest.rooms.join(' + ')}`);
	const first = await step(sandbox, `${guest.guest_name} checks in`, direct, guest);
	const key = first.item.acs_credential as IDataObject;
	console.log(`  ${changesInWords(first.item)}`);
	console.log(`  mobile key ${key.acs_credential_id as string}; key link: ${(first.item.instant_key as IDataObject)?.instant_key_url as string}`);
	const again = await step(sandbox, 'The PMS sends the same booking again', direct, guest);
	console.log(`  ${changesInWords(again.item)}`);
}

async function main(): Promise<void> {
	const sandbox = await startSandbox();
	try {
		console.log(`Seam sandbox at ${sandbox.url} (a local stand-in for Seam; nothing leaves this machine)`);
		await accessGrantMode(sandbox);
		await acsCredentialMode(sandbox);
		console.log('\nDone: one person and one access grant per guest and booking, however often the booking arrives.');
	} finally {
		await sandbox.stop();
	}
	process.exit(0);
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});

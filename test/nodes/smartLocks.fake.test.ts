import { FAKE, useFakeSeam } from '../harness/fake-seam';
import { smartLockScenarios } from './smartLocks.scenarios';

// The same smart-lock scenarios against Seam's own fake, @seamapi/fake-seam-connect 1.86.0, seeded with UUID-shaped
// locks. Its locks never act by themselves: the test plays them through the fake's own control route and database.
describe('Seam node · smart locks · against Seam’s fake', () => {
	const seam = useFakeSeam();
	smartLockScenarios({
		name: 'fake',
		credentials: () => seam.credentials,
		calls: () => seam.calls(),
		clearCalls: () => seam.clearCalls(),
		ids: {
			frontDoor: FAKE.frontDoor,
			backDoor: FAKE.backDoor,
			offlineLock: FAKE.offlineLock,
			noiseSensor: FAKE.noiseSensor,
			connectedAccountId: FAKE.connectedAccountId,
			email: FAKE.email,
			unmanagedCode: FAKE.unmanagedCode,
		},
		playTheLocks: () => seam.playTheLocks(),
	});
});

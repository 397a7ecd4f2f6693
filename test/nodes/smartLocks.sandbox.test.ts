import { SMART_LOCKS } from '../../sandbox';
import { useSandbox } from '../harness/sandbox';
import { smartLockScenarios } from './smartLocks.scenarios';

// The smart-lock scenarios against the sandbox (its locks answer by themselves after the action delay).
describe('Seam node · smart locks · against the sandbox', () => {
	const seam = useSandbox();
	smartLockScenarios({
		name: 'sandbox',
		credentials: () => seam.credentials,
		calls: () => seam.calls(),
		clearCalls: () => seam.sandbox.clearRequests(),
		ids: {
			frontDoor: SMART_LOCKS.devices.beachFrontDoor,
			backDoor: SMART_LOCKS.devices.beachBackDoor,
			offlineLock: SMART_LOCKS.devices.studioDoor,
			noiseSensor: SMART_LOCKS.devices.beachNoiseSensor,
			connectedAccountId: SMART_LOCKS.connectedAccounts.august,
			email: SMART_LOCKS.hostEmail,
			unmanagedCode: SMART_LOCKS.unmanagedAccessCodes.beachFamily,
		},
		playTheLocks: () => () => undefined,
	});
});

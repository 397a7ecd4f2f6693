import { devicesOf, membersOperation } from './members';

export const { description, execute, request } = membersOperation(
	'removeDevices',
	'spaces/remove_devices',
	devicesOf('take out of the space'),
	'removed',
);

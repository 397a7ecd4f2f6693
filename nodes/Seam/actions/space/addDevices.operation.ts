import { devicesOf, membersOperation } from './members';

export const { description, execute, request } = membersOperation('addDevices', 'spaces/add_devices', devicesOf('add to the space'), 'added');

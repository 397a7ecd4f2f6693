import { entrancesOf, membersOperation } from './members';

export const { description, execute, request } = membersOperation(
	'removeAcsEntrances',
	'spaces/remove_acs_entrances',
	entrancesOf('take out of the space'),
	'removed',
);

import { entrancesOf, membersOperation } from './members';

export const { description, execute, request } = membersOperation(
	'addAcsEntrances',
	'spaces/add_acs_entrances',
	entrancesOf('add to the space, e.g. the lobby and the elevator'),
	'added',
);

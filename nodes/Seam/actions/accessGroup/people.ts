import type { PersonChoice } from '../../helpers/person';

/** The person added to or removed from an access group. */
export const member: PersonChoice = {
	name: 'member',
	displayName: 'Member',
	description: 'Name the person by their user identity in Seam, or by their user in the access system',
};

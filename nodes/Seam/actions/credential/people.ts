import type { PersonChoice } from '../../helpers/person';

/** Who a credential is (or gets) issued to. */
export const holder: PersonChoice = {
	name: 'holder',
	displayName: 'Holder',
	description: 'The person who carries the credential: by their user identity in Seam, or by their user in the access system',
};

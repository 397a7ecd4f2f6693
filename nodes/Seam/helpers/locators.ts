import { seamResourceLocator } from './descriptions';

/** The ID pickers every resource shares: one definition each, so they look and validate the same everywhere. */
export const acsSystemLocator = seamResourceLocator({
	displayName: 'ACS System',
	name: 'acsSystemId',
	searchListMethod: 'searchAcsSystems',
	description:
		'The access control system (for example your Salto Space or Visionline installation) as connected to Seam',
});

export const userIdentityLocator = seamResourceLocator({
	displayName: 'User Identity',
	name: 'userIdentityId',
	searchListMethod: 'searchUserIdentities',
	description: 'The person in Seam: one user identity ties together their access in every system and their phones',
});

export const acsUserLocator = seamResourceLocator({
	displayName: 'ACS User',
	name: 'acsUserId',
	searchListMethod: 'searchAcsUsers',
	description: "The person's user account inside one access control system",
});

export const accessGroupLocator = seamResourceLocator({
	displayName: 'Access Group',
	name: 'acsAccessGroupId',
	searchListMethod: 'searchAccessGroups',
	description: 'A set of doors or zones in the access control system, such as "Guest Rooms Floor 1" or "Lobby"',
});

export const credentialLocator = seamResourceLocator({
	displayName: 'Credential',
	name: 'acsCredentialId',
	searchListMethod: 'searchCredentials',
	description: 'A mobile key, card or PIN code in the access control system',
});

import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

interface LocatorOptions {
	displayName: string;
	name: string;
	/** A method in shared/listSearch.ts (every node with pickers exposes them as its listSearch methods). */
	searchListMethod: string;
	description: string;
	required?: boolean;
	displayOptions?: IDisplayOptions;
}

/** "ACS System" → "an ACS system", "User Identity" → "a user identity": the picker's placeholder reads as English. */
function pickerNoun(noun: string): string {
	const words = noun.split(' ').map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase()));
	// "an" by sound: before a, e, i, o ("a user"), and before acronyms whose letter is said with a vowel ("an ACS").
	const first = words[0];
	const vowelSound = /^[A-Z]{2,}$/.test(first) ? 'AEFHILMNORSX'.includes(first[0]) : /^[aeio]/.test(first);
	return `${vowelSound ? 'an' : 'a'} ${words.join(' ')}`;
}

/** A Seam ID picked from a searchable list or typed/mapped as an ID, validated as Seam's UUID format. */
export function seamResourceLocator(options: LocatorOptions): INodeProperties {
	const noun = options.displayName.replace(/ ID$/, '').replace(/ Name or ID$/, '');
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		displayOptions: options.displayOptions,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${pickerNoun(noun)}...`,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: UUID_PATTERN,
							errorMessage: `Not a valid ${noun} ID: Seam IDs look like 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11`,
						},
					},
				],
			},
		],
	};
}

// The ID pickers every resource shares: one definition each, so they look and validate the same everywhere.

/** The ACS System picker's label, parameter name and description; the two pickers differ only in what they list. */
const ACS_SYSTEM = {
	displayName: 'ACS System',
	name: 'acsSystemId',
	description: 'The access control system (for example your Salto Space or Visionline installation) as connected to Seam',
};

/** Every ACS system of the workspace, credential managers included. */
export const acsSystemLocator = seamResourceLocator({ ...ACS_SYSTEM, searchListMethod: 'searchAcsSystems' });

/** Provision's ACS System picker: systems with doors only; credential managers, which Provision refuses, left out. */
export const accessControlSystemLocator = seamResourceLocator({ ...ACS_SYSTEM, searchListMethod: 'searchAccessControlSystems' });

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

export const credentialManagerLocator = seamResourceLocator({
	displayName: 'Credential Manager',
	name: 'credentialManagerAcsSystemId',
	searchListMethod: 'searchAcsSystems',
	required: false,
	description:
		'The system that issues mobile keys for your access control system, such as the ASSA ABLOY Credential Service for Visionline',
});

export const customizationProfileLocator = seamResourceLocator({
	displayName: 'Customization Profile',
	name: 'customizationProfileId',
	searchListMethod: 'searchCustomizationProfiles',
	required: false,
	description: 'The branding (logo and colours) the guest sees when opening the key, as set up in the Seam Console',
});

export const entranceLocator = seamResourceLocator({
	displayName: 'Entrance',
	name: 'acsEntranceId',
	searchListMethod: 'searchEntrances',
	description: 'A door, gate or elevator reader in the access control system, such as "Room 101" or "Main Entrance"',
});

export const phoneLocator = seamResourceLocator({
	displayName: 'Phone',
	name: 'deviceId',
	searchListMethod: 'searchPhones',
	description:
		"A person's phone registered with Seam to receive mobile keys (it appears once they sign in to your mobile key app)",
});

export const clientSessionLocator = seamResourceLocator({
	displayName: 'Client Session',
	name: 'clientSessionId',
	searchListMethod: 'searchClientSessions',
	description: "A sign-in for your guest or staff app: its token lets the app reach only that person's keys and doors",
});

export const instantKeyLocator = seamResourceLocator({
	displayName: 'Instant Key',
	name: 'instantKeyId',
	searchListMethod: 'searchInstantKeys',
	description: 'A link sent to a guest (by text or email) that installs their mobile key in one tap',
});

export const accessGrantLocator = seamResourceLocator({
	displayName: 'Access Grant',
	name: 'accessGrantId',
	searchListMethod: 'searchAccessGrants',
	description: "A person's access to a set of doors for a period, such as a guest's stay in Room 101",
});

export const accessMethodLocator = seamResourceLocator({
	displayName: 'Access Method',
	name: 'accessMethodId',
	searchListMethod: 'searchAccessMethods',
	description: 'One way in that an access grant gives: a PIN code, a key card, a mobile key or a cloud key',
});

export const encoderLocator = seamResourceLocator({
	displayName: 'Encoder',
	name: 'acsEncoderId',
	searchListMethod: 'searchEncoders',
	description: 'The card encoder at your front desk that writes key cards, as connected to Seam (for example "Front Desk")',
});

export const enrollmentAutomationLocator = seamResourceLocator({
	displayName: 'Enrollment Automation',
	name: 'enrollmentAutomationId',
	searchListMethod: 'searchEnrollmentAutomations',
	description: "A legacy setting that enrolls a person's phones with a credential manager, as Launch returned it",
});

export const eventLocator = seamResourceLocator({
	displayName: 'Event',
	name: 'eventId',
	searchListMethod: 'searchEvents',
	description: 'Something that happened in your Seam workspace, such as a key issued (the list shows the last 30 days)',
});

export const actionAttemptLocator = seamResourceLocator({
	displayName: 'Action Attempt',
	name: 'actionAttemptId',
	searchListMethod: 'searchActionAttempts',
	description: 'The progress of an action Seam carries out, such as a remote unlock: the action answers with its ID',
});

export const deviceLocator = seamResourceLocator({
	displayName: 'Device',
	name: 'deviceId',
	searchListMethod: 'searchDevices',
	description: 'A smart lock or other device connected to Seam, such as the lock of a holiday flat',
});

export const spaceLocator = seamResourceLocator({
	displayName: 'Space',
	name: 'spaceId',
	searchListMethod: 'searchSpaces',
	description: 'A place set up in Seam that groups doors and devices, such as a room or a floor',
});

export const lockLocator = seamResourceLocator({
	displayName: 'Lock',
	name: 'deviceId',
	searchListMethod: 'searchLocks',
	description: 'A smart lock connected to Seam, such as the front door of a holiday flat (search by its name)',
});

export const accessCodeLocator = seamResourceLocator({
	displayName: 'Access Code',
	name: 'accessCodeId',
	searchListMethod: 'searchAccessCodes',
	description: "A PIN code on a smart lock, such as a guest's code for their stay (the list shows the chosen lock's codes)",
});

export const unmanagedAccessCodeLocator = seamResourceLocator({
	displayName: 'Unmanaged Access Code',
	name: 'accessCodeId',
	searchListMethod: 'searchUnmanagedAccessCodes',
	description: "A PIN code set on a lock outside Seam, for example in the lock brand's app",
});

export const connectedAccountLocator = seamResourceLocator({
	displayName: 'Connected Account',
	name: 'connectedAccountId',
	searchListMethod: 'searchConnectedAccounts',
	description: "A lock brand's account (or access system) linked to Seam, such as the property owner's August login",
});

export const connectWebviewLocator = seamResourceLocator({
	displayName: 'Connect Webview',
	name: 'connectWebviewId',
	searchListMethod: 'searchConnectWebviews',
	description: "The page a property owner opens to link their lock brand's account to Seam",
});

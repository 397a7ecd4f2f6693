import type { AccessMethod, AcsAccessGroup, AcsCredential, AcsSystemExternalType, AcsUser } from './seam-objects';

/** How one kind of access system names its objects and which credentials it issues. */
export interface Brand {
	displayName: string;
	userType?: { type: NonNullable<AcsUser['external_type']>; displayName: string };
	accessGroupType?: { type: AcsAccessGroup['external_type']; displayName: string };
	credentialType?: { type: NonNullable<AcsCredential['external_type']>; displayName: string };
	/** Access methods the system can issue. */
	accessMethods: AccessMethod[];
	/** At most this many credentials of a method per ACS user. */
	maxCredentialsPerUser: Partial<Record<AccessMethod, number>>;
	/** Mobile keys are issued through a credential manager system (e.g. Visionline). */
	mobileKeyNeedsCredentialManager: boolean;
	/**
	 * Where a person's doors are set: through access groups (Salto Space, Salto KS, PTI: "an access group-based
	 * access system"; Brivo: a guess) or on each credential's `allowed_acs_entrance_ids` (Visionline, Latch, Hotek:
	 * "a credential-based access control system"; Vostio from the OpenAPI enum). Sources: sandbox/README.md.
	 */
	doorsOn: 'accessGroups' | 'credential';
}

const BRANDS: Partial<Record<AcsSystemExternalType, Brand>> = {
	salto_space_system: {
		displayName: 'Salto Space',
		userType: { type: 'salto_space_user', displayName: 'Salto Space User' },
		accessGroupType: { type: 'salto_space_group', displayName: 'Salto Space Group' },
		credentialType: { type: 'salto_space_key', displayName: 'Salto Space Key' },
		accessMethods: ['card', 'mobile_key'],
		maxCredentialsPerUser: { card: 1, mobile_key: 1 },
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'accessGroups',
	},
	visionline_system: {
		displayName: 'Visionline System',
		credentialType: { type: 'visionline_card', displayName: 'Visionline Card' },
		accessMethods: ['card', 'mobile_key'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: true,
		doorsOn: 'credential',
	},
	assa_abloy_credential_service: {
		displayName: 'ASSA ABLOY Credential Service',
		accessMethods: [],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'credential',
	},
	brivo_account: {
		displayName: 'Brivo Account',
		userType: { type: 'brivo_user', displayName: 'Brivo User' },
		accessGroupType: { type: 'brivo_group', displayName: 'Brivo Group' },
		credentialType: { type: 'brivo_credential', displayName: 'Brivo Credential' },
		// Brivo access points open remotely (the sandbox's cloud key system).
		accessMethods: ['code', 'card', 'mobile_key', 'cloud_key'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'accessGroups',
	},
	salto_ks_site: {
		displayName: 'Salto KS Site',
		userType: { type: 'salto_site_user', displayName: 'Salto Site User' },
		accessGroupType: { type: 'salto_ks_access_group', displayName: 'Salto KS Access Group' },
		credentialType: { type: 'salto_ks_credential', displayName: 'Salto KS Credential' },
		// "PINs … Key cards or tags … Mobile keys" (salto-ks-access-control-system).
		accessMethods: ['code', 'card', 'mobile_key'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'accessGroups',
	},
	pti_site: {
		displayName: 'PTI Site',
		userType: { type: 'pti_user', displayName: 'PTI User' },
		accessGroupType: { type: 'pti_access_level', displayName: 'PTI Access Level' },
		credentialType: { type: 'pti_card', displayName: 'PTI Card' },
		// "You can create PIN code-based and key card-based ACS credentials" (pti-storlogix-cloud).
		accessMethods: ['code', 'card'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'accessGroups',
	},
	hotek_site: {
		displayName: 'Hotek Site',
		credentialType: { type: 'hotek_card', displayName: 'Hotek Card' },
		// "provision credentials (key cards)", each naming its entrances (hotek-access-control-system).
		accessMethods: ['card'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'credential',
	},
	// Mobile keys through a LEGIC Connect credential manager ("to issue mobile keys … you must also connect a LEGIC
	// Connect account", their sandbox guides); how doors are given is not documented: access groups (their group
	// types are in the OpenAPI enum) is a guess.
	dormakaba_community_site: {
		displayName: 'dormakaba Community Site',
		userType: { type: 'dormakaba_community_user', displayName: 'dormakaba Community User' },
		accessGroupType: { type: 'dormakaba_community_access_group', displayName: 'dormakaba Community Access Group' },
		accessMethods: ['card', 'mobile_key'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: true,
		doorsOn: 'accessGroups',
	},
	latch_building: {
		displayName: 'Latch Building',
		userType: { type: 'latch_user', displayName: 'Latch User' },
		credentialType: { type: 'latch_access', displayName: 'Latch Access' },
		accessMethods: ['code', 'mobile_key'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'credential',
	},
	// Vostio's guide does not say; its credential fields in the OpenAPI document name entrances (override_guest_acs_entrance_ids).
	assa_abloy_vostio: {
		displayName: 'ASSA ABLOY Vostio',
		accessMethods: ['card', 'mobile_key'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
		doorsOn: 'credential',
	},
};

const GENERIC: Brand = {
	displayName: 'Access System',
	accessMethods: ['code', 'card', 'mobile_key'],
	maxCredentialsPerUser: {},
	mobileKeyNeedsCredentialManager: false,
	doorsOn: 'accessGroups',
};

export const brandOf = (externalType: AcsSystemExternalType): Brand => BRANDS[externalType] ?? GENERIC;

import type {
	AccessMethod,
	AcsAccessGroup,
	AcsCredential,
	AcsSystemExternalType,
	AcsUser,
} from './types';

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
	},
	visionline_system: {
		displayName: 'Visionline System',
		credentialType: { type: 'visionline_card', displayName: 'Visionline Card' },
		accessMethods: ['card', 'mobile_key'],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: true,
	},
	assa_abloy_credential_service: {
		displayName: 'ASSA ABLOY Credential Service',
		accessMethods: [],
		maxCredentialsPerUser: {},
		mobileKeyNeedsCredentialManager: false,
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
	},
};

const GENERIC: Brand = {
	displayName: 'Access System',
	accessMethods: ['code', 'card', 'mobile_key'],
	maxCredentialsPerUser: {},
	mobileKeyNeedsCredentialManager: false,
};

export const brandOf = (externalType: AcsSystemExternalType): Brand => BRANDS[externalType] ?? GENERIC;

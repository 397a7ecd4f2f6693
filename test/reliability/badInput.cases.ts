import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SANDBOX_PERSONAL_ACCESS_TOKEN, SEED } from '../../sandbox';
import type { SeamCredentials } from '../harness';
import { SALTO, STAY, VISIONLINE } from '../nodes/mobileAccess.fixtures';

/** Where a credential-level case points the node: the sandbox, or servers that are not Seam. */
export interface Targets {
	sandbox: SeamCredentials;
	/** Answers every request with a proxy's HTML error page. */
	proxyHtml: string;
	/** Answers every request with 200 and a plain-text body. */
	plainText: string;
}

export interface BadInput {
	/** What is wrong. */
	name: string;
	/** The node's parameters: each item's values come from its JSON through expressions. */
	parameters: INodeParameters;
	/** The item that must fail. */
	bad: IDataObject;
	/** Two items that must go through beside it; none when the problem is the credential (every item fails). */
	good?: [IDataObject, IDataObject];
	/** How the error names the field at fault. */
	field: RegExp;
	credentials?: (targets: Targets) => SeamCredentials;
	/** A request to make first, e.g. the mobile key a second one would clash with. */
	arrange?: { route: string; body: IDataObject };
}

const id = (value: string) => ({ __rl: true, mode: 'id', value });
const fromItem = (field: string) => `={{ $json.${field} }}`;

const provision: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'provision',
	mode: 'acsCredential',
	acsSystemId: id(fromItem('system')),
	fullName: fromItem('name'),
	userIdentityKey: fromItem('key'),
	emailAddress: fromItem('email'),
	phoneNumber: fromItem('phone'),
	accessGroupIds: fromItem('groups'),
	startsAt: fromItem('startsAt'),
	endsAt: fromItem('endsAt'),
	options: { credentialManagerAcsSystemId: id(fromItem('manager')) },
};

/** A valid booking: distinct key, email and phone per number. */
const guest = (n: number, overrides: IDataObject = {}): IDataObject => ({
	system: SALTO.acsSystemId,
	name: `Guest ${n}`,
	key: `booking-${n}`,
	email: `guest-${n}@example.com`,
	phone: `+1415555${String(1000 + n)}`,
	groups: ['Lobby', 'Gym'],
	startsAt: STAY.startsAt,
	endsAt: STAY.endsAt,
	manager: '',
	...overrides,
});
const guests: [IDataObject, IDataObject] = [guest(1), guest(2)];
const badGuest = (overrides: IDataObject): IDataObject => guest(3, overrides);

const revoke: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'revoke',
	findBy: 'key',
	userIdentityKey: fromItem('key'),
	acsSystemId: id(fromItem('system')),
};
const revokeById: INodeParameters = { ...revoke, findBy: 'id', userIdentityId: id(fromItem('id')) };
const seededKeys: [IDataObject, IDataObject] = [
	{ key: SEED.userIdentities.jane.userIdentityKey, system: '' },
	{ key: SEED.userIdentities.john.userIdentityKey, system: SALTO.acsSystemId },
];
const seededIds: [IDataObject, IDataObject] = [
	{ id: SEED.userIdentities.jane.userIdentityId, system: '' },
	{ id: SEED.userIdentities.john.userIdentityId, system: '' },
];

const createCredential: INodeParameters = {
	resource: 'credential',
	operation: 'create',
	accessMethod: fromItem('method'),
	holder: 'acsUser',
	acsUserId: id(fromItem('acsUser')),
};
const mobileKeysFor: [IDataObject, IDataObject] = [
	{ method: 'mobile_key', acsUser: SEED.acsUsers.janeSaltoSpace },
	{ method: 'mobile_key', acsUser: SEED.acsUsers.frontDeskSaltoSpace },
];

const createPerson: INodeParameters = {
	resource: 'userIdentity',
	operation: 'create',
	fullName: fromItem('name'),
	additionalFields: { emailAddress: fromItem('email'), phoneNumber: fromItem('phone') },
};
const people: [IDataObject, IDataObject] = [
	{ name: 'Ada', email: 'ada@example.com', phone: '' },
	{ name: 'Bo', email: '', phone: '+14155550177' },
];

const getSystem: INodeParameters = { resource: 'acsSystem', operation: 'get', acsSystemId: id(fromItem('system')) };
const getStatus: INodeParameters = {
	resource: 'mobileAccess',
	operation: 'getStatus',
	findBy: 'key',
	userIdentityKey: fromItem('key'),
};
const listUsers: INodeParameters = { resource: 'acsUser', operation: 'getAll', returnAll: false, limit: fromItem('limit') };
const getSalto = { ...getSystem, acsSystemId: id(SALTO.acsSystemId) };

export const BAD_INPUTS: BadInput[] = [
	{ name: 'empty full name', parameters: provision, good: guests, bad: badGuest({ name: '' }), field: /Full Name/ },
	{ name: 'whitespace-only full name', parameters: provision, good: guests, bad: badGuest({ name: '   ' }), field: /Full Name/ },
	{ name: 'an object mapped into the full name', parameters: provision, good: guests, bad: badGuest({ name: { first: 'Ann' } }), field: /Full Name/ },
	{ name: 'a megabyte-long full name', parameters: provision, good: guests, bad: badGuest({ name: 'x'.repeat(1_000_000) }), field: /Full Name/ },
	{ name: 'an object mapped into the user identity key', parameters: provision, good: guests, bad: badGuest({ key: { id: 7 } }), field: /User Identity Key/ },
	{ name: 'a name instead of an ACS system ID', parameters: provision, good: guests, bad: badGuest({ system: 'Grand Hotel' }), field: /ACS System/ },
	{ name: 'an ACS system ID from no system of the workspace', parameters: provision, good: guests, bad: badGuest({ system: '00000000-0000-4000-8000-000000000000' }), field: /ACS System/ },
	{ name: 'a credential manager instead of the system', parameters: provision, good: guests, bad: badGuest({ system: VISIONLINE.credentialManagerAcsSystemId, groups: [] }), field: /credential manager/ },
	{ name: 'an access group of another system', parameters: provision, good: guests, bad: badGuest({ groups: [SEED.brivo.accessGroups.employees] }), field: /access group/ },
	{ name: 'an unknown access group name', parameters: provision, good: guests, bad: badGuest({ groups: ['Penthouse'] }), field: /access group "Penthouse"/ },
	{ name: 'an object mapped into the access groups', parameters: provision, good: guests, bad: badGuest({ groups: { lobby: true } }), field: /Access Group Names or IDs/ },
	{ name: 'a check-out in the past', parameters: provision, good: guests, bad: badGuest({ startsAt: '2020-01-01T15:00:00Z', endsAt: '2020-01-04T11:00:00Z' }), field: /Ends At/ },
	{ name: 'check-out before check-in', parameters: provision, good: guests, bad: badGuest({ startsAt: STAY.endsAt, endsAt: STAY.startsAt }), field: /Ends At .* Starts At/ },
	{ name: 'a check-in that is not a date', parameters: provision, good: guests, bad: badGuest({ startsAt: 'next Tuesday' }), field: /Starts At/ },
	{ name: 'a boolean mapped into the check-out', parameters: provision, good: guests, bad: badGuest({ endsAt: true }), field: /Ends At/ },
	{ name: 'a phone number without country code', parameters: provision, good: guests, bad: badGuest({ phone: '555-0100' }), field: /Phone Number/ },
	{ name: 'a phone number with words', parameters: provision, good: guests, bad: badGuest({ phone: '+1 call the desk' }), field: /Phone Number/ },
	{ name: 'an email address without @', parameters: provision, good: guests, bad: badGuest({ email: 'guest-at-example.com' }), field: /email address|Email Address/ },
	{
		name: "one person's email with another person's phone, and no key",
		parameters: provision,
		good: guests,
		bad: badGuest({ key: '', email: SEED.userIdentities.jane.emailAddress, phone: SEED.userIdentities.john.phoneNumber }),
		field: /email address and the phone number/,
	},
	{ name: 'a credential manager that cannot serve the system', parameters: provision, good: guests, bad: badGuest({ manager: VISIONLINE.credentialManagerAcsSystemId }), field: /Credential Manager/ },
	{ name: 'revoke with an empty user identity key', parameters: revoke, good: seededKeys, bad: { key: '  ', system: '' }, field: /User Identity Key/ },
	{ name: 'revoke with a malformed user identity ID', parameters: revokeById, good: seededIds, bad: { id: 'jane', system: '' }, field: /User Identity/ },
	{ name: 'revoke of a person Seam does not know', parameters: revoke, good: seededKeys, bad: { key: 'booking-404', system: '' }, field: /User Identity Key/ },
	{ name: 'revoke in a malformed ACS system', parameters: revoke, good: seededKeys, bad: { key: 'guest-jane-doe', system: 'salto' }, field: /ACS System/ },
	{ name: 'status of a person Seam does not know', parameters: getStatus, good: [{ key: 'guest-jane-doe' }, { key: 'guest-john-smith' }], bad: { key: 'nobody' }, field: /User Identity Key/ },
	{ name: 'Get Many with Limit 0', parameters: listUsers, good: [{ limit: 2 }, { limit: 1 }], bad: { limit: 0 }, field: /Limit/ },
	{ name: 'a malformed ACS system ID to get', parameters: getSystem, good: [{ system: SALTO.acsSystemId }, { system: VISIONLINE.acsSystemId }], bad: { system: 'hotel' }, field: /ACS System/ },
	{ name: 'an access method Salto Space does not issue', parameters: createCredential, good: mobileKeysFor, bad: { method: 'code', acsUser: SEED.acsUsers.johnSaltoSpace }, field: /Access Method/ },
	{
		name: 'a second Salto Space mobile key',
		parameters: createCredential,
		arrange: { route: 'acs/credentials/create', body: { acs_user_id: SEED.acsUsers.johnSaltoSpace, access_method: 'mobile_key' } },
		good: mobileKeysFor,
		bad: { method: 'mobile_key', acsUser: SEED.acsUsers.johnSaltoSpace },
		field: /mobile key/,
	},
	{ name: 'a person with an invalid email address', parameters: createPerson, good: people, bad: { name: 'Cy', email: 'cy@', phone: '' }, field: /email_address/ },
	{ name: 'a person with a local phone number', parameters: createPerson, good: people, bad: { name: 'Di', email: '', phone: '0612345678' }, field: /Phone Number/ },
	{
		name: 'a personal access token without its workspace',
		parameters: getSalto,
		bad: {},
		field: /Workspace ID/,
		credentials: ({ sandbox }) => ({ ...sandbox, apiKey: SANDBOX_PERSONAL_ACCESS_TOKEN }),
	},
	{ name: 'a wrong API key', parameters: getSalto, bad: {}, field: /API key/, credentials: ({ sandbox }) => ({ ...sandbox, apiKey: 'seam_not_a_real_key_1' }) },
	{ name: 'a Base URL where nothing listens', parameters: getSalto, bad: {}, field: /Base URL/, credentials: ({ sandbox }) => ({ ...sandbox, baseUrl: 'http://127.0.0.1:1' }) },
	{ name: 'an HTML error page from a proxy', parameters: getSalto, bad: {}, field: /Base URL/, credentials: ({ sandbox, proxyHtml }) => ({ ...sandbox, baseUrl: proxyHtml }) },
	{ name: 'a body that is not JSON', parameters: getSalto, bad: {}, field: /Base URL/, credentials: ({ sandbox, plainText }) => ({ ...sandbox, baseUrl: plainText }) },
];

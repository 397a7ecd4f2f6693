import { seedId } from './ids';
import { seedSmartLocks } from './seed-smart-locks';
import type { AccessSchedule, EntranceMetadata } from './records';
import type { SandboxStore } from './store';
import type { AcsSystemExternalType } from './seam-objects';

/** Credentials the sandbox accepts (see auth.ts). */
export const SANDBOX_API_KEY = 'seam_sandbox_test_key_0000';
export const SANDBOX_PERSONAL_ACCESS_TOKEN = 'seam_at_sandbox_personal_access_token_0000';

const SEEDED_AT = '2024-12-01T09:00:00.000Z';

/** Well-known ids and names of the seeded workspace, for tests to reference. */
export const SEED = {
	workspaceId: seedId('workspace'),
	workspaceName: 'Seam Sandbox Workspace',
	saltoSpace: {
		acsSystemId: seedId('salto_space.acs_system'),
		connectedAccountId: seedId('salto_space.connected_account'),
		name: 'Grand Hotel (Salto Space)',
		accessGroups: {
			guestRoomsFloor1: seedId('salto_space.access_group.guest_rooms_floor_1'),
			lobby: seedId('salto_space.access_group.lobby'),
			gym: seedId('salto_space.access_group.gym'),
		},
		accessGroupNames: { guestRoomsFloor1: 'Guest Rooms Floor 1', lobby: 'Lobby', gym: 'Gym' },
		entrances: {
			room101: seedId('salto_space.entrance.room_101'),
			room102: seedId('salto_space.entrance.room_102'),
			mainEntrance: seedId('salto_space.entrance.main_entrance'),
			gymDoor: seedId('salto_space.entrance.gym_door'),
		},
	},
	visionline: {
		acsSystemId: seedId('visionline.acs_system'),
		connectedAccountId: seedId('visionline.connected_account'),
		name: 'Seaside Resort (Visionline)',
		/** The ASSA ABLOY Credential Service system that issues Visionline mobile keys. */
		credentialManagerAcsSystemId: seedId('visionline.credential_manager'),
		credentialManagerName: 'Seaside Resort (ASSA ABLOY Credential Service)',
		entrances: {
			guestRoom201: seedId('visionline.entrance.guest_room_201'),
			guestRoom202: seedId('visionline.entrance.guest_room_202'),
			mainLobby: seedId('visionline.entrance.main_lobby'),
			elevator: seedId('visionline.entrance.elevator'),
		},
	},
	brivo: {
		acsSystemId: seedId('brivo.acs_system'),
		connectedAccountId: seedId('brivo.connected_account'),
		name: 'HQ Office (Brivo)',
		accessGroups: {
			employees: seedId('brivo.access_group.employees'),
			contractors: seedId('brivo.access_group.contractors'),
			serverRoom: seedId('brivo.access_group.server_room'),
		},
		accessGroupNames: { employees: 'Employees', contractors: 'Contractors', serverRoom: 'Server Room Access' },
		entrances: {
			frontDoor: seedId('brivo.entrance.front_door'),
			serverRoom: seedId('brivo.entrance.server_room'),
		},
	},
	userIdentities: {
		jane: {
			userIdentityId: seedId('user_identity.jane'),
			userIdentityKey: 'guest-jane-doe',
			fullName: 'Jane Doe',
			emailAddress: 'jane.doe@example.com',
			phoneNumber: '+15555550101',
		},
		john: {
			userIdentityId: seedId('user_identity.john'),
			userIdentityKey: 'guest-john-smith',
			fullName: 'John Smith',
			emailAddress: 'john.smith@example.com',
			phoneNumber: '+15555550102',
		},
		maria: {
			userIdentityId: seedId('user_identity.maria'),
			userIdentityKey: 'staff-maria-garcia',
			fullName: 'Maria Garcia',
			emailAddress: 'maria.garcia@example.com',
			phoneNumber: '+15555550103',
		},
	},
	acsUsers: {
		/** Jane in Salto Space, in "Guest Rooms Floor 1" and "Lobby", with a card credential. */
		janeSaltoSpace: seedId('acs_user.jane.salto_space'),
		/** John in Salto Space, in "Lobby". */
		johnSaltoSpace: seedId('acs_user.john.salto_space'),
		/** Maria in Brivo, in "Employees". */
		mariaBrivo: seedId('acs_user.maria.brivo'),
		/** An ACS user with no user identity. */
		frontDeskSaltoSpace: seedId('acs_user.front_desk.salto_space'),
	},
	credentials: {
		/** Jane's Salto Space key card (issued). */
		janeSaltoSpaceCard: seedId('acs_credential.jane.salto_space.card'),
	},
	/** One card encoder at the front desk of each system whose guide encodes cards (Salto Space, Visionline). */
	encoders: {
		saltoSpaceFrontDesk: seedId('salto_space.encoder.front_desk'),
		visionlineFrontDesk: seedId('visionline.encoder.front_desk'),
	},
} as const;

/** One access system as the seed writes it; tests add kinds the seed does not have with `seedSystem`. */
export interface SystemSeed {
	id: string;
	connectedAccountId: string;
	name: string;
	externalType: AcsSystemExternalType;
	timeZone: string;
	isCredentialManager?: boolean;
	credentialManagerIds?: string[];
	entrances?: Array<[id: string, name: string, metadata: EntranceMetadata]>;
	accessGroups?: Array<[id: string, name: string, entranceIds: string[], type?: 'pti_unit']>;
	encoders?: Array<[id: string, name: string]>;
}

const saltoDoor = (doorId: string, name: string, room?: string): EntranceMetadata => ({
	can_unlock_with_card: true,
	can_unlock_with_mobile_key: true,
	salto_space_metadata: { door_id: doorId, door_name: name, audit_on_keys: true, ...(room ? { room_name: room } : {}) },
	// Guest rooms take part in reservations, common doors do not (reservation-access-grants.md).
	can_belong_to_reservation: room !== undefined,
});

const visionlineDoor = (
	name: string,
	category: 'guest' | 'common' | 'elevator reader' | 'entrance',
): EntranceMetadata => ({
	can_unlock_with_card: true,
	can_unlock_with_mobile_key: true,
	visionline_metadata: { door_name: name, door_category: category, profiles: [] },
	can_belong_to_reservation: category === 'guest',
});

const brivoDoor = (accessPointId: string): EntranceMetadata => ({
	can_unlock_with_card: true,
	can_unlock_with_code: true,
	can_unlock_with_mobile_key: true,
	can_unlock_with_cloud_key: true,
	brivo_metadata: { access_point_id: accessPointId, site_id: 1001, site_name: 'HQ Office' },
	// Brivo is online: no reservations (reservation-access-grants.md, "fully online systems like Brivo").
	can_belong_to_reservation: false,
});

const { saltoSpace: ss, visionline: vl, brivo: bv } = SEED;

const SYSTEMS: SystemSeed[] = [
	{
		id: ss.acsSystemId,
		connectedAccountId: ss.connectedAccountId,
		name: ss.name,
		externalType: 'salto_space_system',
		timeZone: 'Europe/Madrid',
		entrances: [
			[ss.entrances.room101, 'Room 101', saltoDoor('101', 'Room 101', '101')],
			[ss.entrances.room102, 'Room 102', saltoDoor('102', 'Room 102', '102')],
			[ss.entrances.mainEntrance, 'Main Entrance', saltoDoor('900', 'Main Entrance')],
			[ss.entrances.gymDoor, 'Gym', saltoDoor('901', 'Gym')],
		],
		accessGroups: [
			[ss.accessGroups.guestRoomsFloor1, ss.accessGroupNames.guestRoomsFloor1, [ss.entrances.room101, ss.entrances.room102]],
			[ss.accessGroups.lobby, ss.accessGroupNames.lobby, [ss.entrances.mainEntrance]],
			[ss.accessGroups.gym, ss.accessGroupNames.gym, [ss.entrances.gymDoor]],
		],
		encoders: [[SEED.encoders.saltoSpaceFrontDesk, 'Front Desk']],
	},
	{
		id: vl.acsSystemId,
		connectedAccountId: vl.connectedAccountId,
		name: vl.name,
		externalType: 'visionline_system',
		timeZone: 'America/New_York',
		credentialManagerIds: [vl.credentialManagerAcsSystemId],
		entrances: [
			[vl.entrances.guestRoom201, 'Guest Room 201', visionlineDoor('Guest Room 201', 'guest')],
			[vl.entrances.guestRoom202, 'Guest Room 202', visionlineDoor('Guest Room 202', 'guest')],
			[vl.entrances.mainLobby, 'Main Lobby', visionlineDoor('Main Lobby', 'entrance')],
			[vl.entrances.elevator, 'Elevator', visionlineDoor('Elevator', 'elevator reader')],
		],
		encoders: [[SEED.encoders.visionlineFrontDesk, 'Front Desk']],
	},
	{
		id: vl.credentialManagerAcsSystemId,
		connectedAccountId: vl.connectedAccountId,
		name: vl.credentialManagerName,
		externalType: 'assa_abloy_credential_service',
		timeZone: 'America/New_York',
		isCredentialManager: true,
	},
	{
		id: bv.acsSystemId,
		connectedAccountId: bv.connectedAccountId,
		name: bv.name,
		externalType: 'brivo_account',
		timeZone: 'America/Los_Angeles',
		entrances: [
			[bv.entrances.frontDoor, 'Front Door', brivoDoor('ap-1')],
			[bv.entrances.serverRoom, 'Server Room', brivoDoor('ap-2')],
		],
		accessGroups: [
			[bv.accessGroups.employees, bv.accessGroupNames.employees, [bv.entrances.frontDoor]],
			[bv.accessGroups.contractors, bv.accessGroupNames.contractors, [bv.entrances.frontDoor]],
			[bv.accessGroups.serverRoom, bv.accessGroupNames.serverRoom, [bv.entrances.serverRoom]],
		],
	},
];

/** Fills an empty store with the seeded workspace. */
export function seedStore(store: SandboxStore): void {
	store.workspace = { workspace_id: SEED.workspaceId, name: SEED.workspaceName, company_name: 'Sandbox Hospitality Inc.' };
	for (const system of SYSTEMS) seedSystem(store, system);
	seedPeople(store);
	seedSmartLocks(store);
}

/** Adds an access system with its entrances and access groups to the store. */
export function seedSystem(store: SandboxStore, s: SystemSeed): void {
	store.acsSystems.set(s.id, {
		...store.stamp(SEEDED_AT),
		acs_system_id: s.id,
		name: s.name,
		external_type: s.externalType,
		is_credential_manager: s.isCredentialManager ?? false,
		connected_account_id: s.connectedAccountId,
		time_zone: s.timeZone,
		compatible_credential_manager_acs_system_ids: s.credentialManagerIds ?? [],
		default_credential_manager_acs_system_id: s.credentialManagerIds?.[0] ?? null,
		...(s.externalType === 'visionline_system'
			? { visionline_metadata: { lan_address: '10.0.0.10', mobile_access_uuid: seedId(`${s.id}.mobile_access`), system_id: 'VL-1' } }
			: {}),
	});
	for (const [id, name, metadata] of s.entrances ?? []) {
		store.entrances.set(id, { ...store.stamp(SEEDED_AT), acs_entrance_id: id, acs_system_id: s.id, display_name: name, metadata });
	}
	for (const [id, name] of s.encoders ?? []) {
		store.encoders.set(id, { ...store.stamp(SEEDED_AT), acs_encoder_id: id, acs_system_id: s.id, display_name: name });
	}
	for (const [id, name, entranceIds, type] of s.accessGroups ?? []) {
		store.accessGroups.set(id, {
			...store.stamp(SEEDED_AT),
			acs_access_group_id: id,
			acs_system_id: s.id,
			name,
			acs_entrance_ids: entranceIds,
			...(type ? { access_group_type: type } : {}),
		});
	}
}

function seedPeople(store: SandboxStore): void {
	const people = SEED.userIdentities;
	for (const p of [people.jane, people.john, people.maria]) {
		store.userIdentities.set(p.userIdentityId, {
			...store.stamp('2024-12-10T10:00:00.000Z'),
			user_identity_id: p.userIdentityId,
			user_identity_key: p.userIdentityKey,
			full_name: p.fullName,
			email_address: p.emailAddress,
			phone_number: p.phoneNumber,
		});
	}
	const users: Array<[id: string, systemId: string, name: string, identity: string | undefined, groups: string[], schedule?: AccessSchedule]> = [
		[SEED.acsUsers.janeSaltoSpace, ss.acsSystemId, people.jane.fullName, people.jane.userIdentityId, [ss.accessGroups.guestRoomsFloor1, ss.accessGroups.lobby], { starts_at: '2024-12-10T15:00:00.000Z', ends_at: '2025-12-31T11:00:00.000Z' }],
		[SEED.acsUsers.johnSaltoSpace, ss.acsSystemId, people.john.fullName, people.john.userIdentityId, [ss.accessGroups.lobby]],
		[SEED.acsUsers.mariaBrivo, bv.acsSystemId, people.maria.fullName, people.maria.userIdentityId, [bv.accessGroups.employees]],
		[SEED.acsUsers.frontDeskSaltoSpace, ss.acsSystemId, 'Front Desk', undefined, [ss.accessGroups.lobby, ss.accessGroups.gym]],
	];
	users.forEach(([id, systemId, name, identityId, groups, schedule], i) => {
		const identity = identityId ? store.userIdentities.get(identityId) : undefined;
		store.acsUsers.set(id, {
			...store.stamp('2024-12-10T10:05:00.000Z'),
			acs_user_id: id,
			acs_system_id: systemId,
			full_name: name,
			email_address: identity?.email_address ?? undefined,
			phone_number: identity?.phone_number ?? undefined,
			user_identity_id: identityId,
			access_schedule: schedule,
			is_suspended: false,
			acs_access_group_ids: groups,
			external_user_id: `seed-user-${i + 1}`,
		});
	});
	store.credentials.set(SEED.credentials.janeSaltoSpaceCard, {
		...store.stamp('2024-12-10T10:10:00.000Z'),
		acs_credential_id: SEED.credentials.janeSaltoSpaceCard,
		acs_system_id: ss.acsSystemId,
		acs_user_id: SEED.acsUsers.janeSaltoSpace,
		user_identity_id: people.jane.userIdentityId,
		access_method: 'card',
		is_multi_phone_sync_credential: false,
		code: null,
		card_number: '0042',
		is_issued: true,
		issued_at: '2024-12-10T10:12:00.000Z',
		allowed_acs_entrance_ids: [],
		display_name: 'Card 0042',
	});
}

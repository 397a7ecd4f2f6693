import type { AcsAccessGroup, AcsEntrance, AcsSystem } from '@seamapi/types/connect';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { AcsCredentialInput } from './provisionInput';

/** A kind of ACS system, in Seam's words (`acs_system.external_type`). */
type SystemType = NonNullable<AcsSystem['external_type']>;

/**
 * What Seam's guide for each kind of access system documents about giving a person a mobile key, keyed by the
 * OpenAPI enum `acs_system.external_type` (guides: seamapi/docs device-and-system-integration-guides/<guide>/; each
 * fact with its source, and what no guide says, in sandbox/README.md, "What each system's guide documents"). A
 * fact no guide states is absent, with two deliberate exceptions: doors on the key are accepted only where a guide
 * documents them (an ignored `allowed_acs_entrance_ids` would be a key that opens nothing), so elsewhere the node
 * points to Access Grant mode, where Seam applies the system's own rules; and Vostio's doors go on the key by
 * inference from the OpenAPI document (see its row), its guide not saying.
 */
interface SystemRules {
	/** The kind of system as the editor's help names it ("Salto Space"). */
	label: string;
	/**
	 * Where a person's doors are set: on each key (`allowed_acs_entrance_ids`, "a credential-based access control
	 * system") or through the ACS user's access groups ("an access group-based access system").
	 */
	doors?: 'entrances' | 'accessGroups';
	/** The credential manager service its mobile keys are issued through, when its guide requires one. */
	credentialManager?: string;
	/** Its guide's mobile keys are multi-phone sync credentials: "set `is_multi_phone_sync_credential` to `true`". */
	multiPhoneSync?: true;
	/** Its guide allows "a maximum of one … mobile key credential" per user: Seam refuses a second one. */
	oneMobileKeyPerUser?: true;
	/** Its guide says to "specify the desired start and end dates and times" of a key. */
	datesRequired?: true;
	/** The kinds of access group a person must be in, each at least once (`access_group_type`). */
	groupTypes?: Partial<Record<AcsAccessGroup['access_group_type'], string>>;
}

// Keyed by Seam's kinds of system: a kind Seam does not have fails the compiler.
const RULES: Partial<Record<SystemType, SystemRules>> = {
	// "an access group-based access system" (salto-proaccess-space-access-system, salto-ks-access-control-system).
	// Both guides' mobile keys: "set `is_multi_phone_sync_credential` to `true`".
	// Salto Space's guide: "a maximum of one key card credential and one mobile key credential" per user.
	salto_space_system: { label: 'Salto Space', doors: 'accessGroups', multiPhoneSync: true, oneMobileKeyPerUser: true },
	salto_ks_site: { label: 'Salto KS', doors: 'accessGroups', multiPhoneSync: true },
	// "you must add the users to pti_access_level and pti_unit access groups". Its guide names PIN code and card
	// credentials and no mobile keys, but does not say they are refused: Seam decides.
	pti_site: { label: 'PTI', doors: 'accessGroups', groupTypes: { pti_access_level: 'an access level', pti_unit: 'a unit' } },
	// "Within these credentials, you specify the set of entrances"; mobile keys need ASSA ABLOY Credential Services.
	visionline_system: { label: 'Visionline', doors: 'entrances', credentialManager: 'ASSA ABLOY Credential Services' },
	// programming-latch-acs-mobile-credentials: "Specify the desired start and end dates and times".
	latch_building: { label: 'Latch', doors: 'entrances', datesRequired: true },
	// Inference (the guide does not say): the OpenAPI enum has no Vostio access-group type, and a Vostio key's own
	// fields name entrances.
	assa_abloy_vostio: { label: 'ASSA ABLOY Vostio', doors: 'entrances' },
	// Its guide's credential carries `allowed_acs_entrance_ids`; it names "credentials (key cards)" only, without
	// saying mobile keys are refused: Seam decides.
	hotek_site: { label: 'Hotek', doors: 'entrances' },
	// dormakaba Community / Ambiance: only their sandbox pages ask for a LEGIC Connect account in the workspace; in
	// production dormakaba sets mobile keys up inside Community, so nothing is required here.
};

const rulesOf = (system: Pick<AcsSystem, 'external_type'>): Partial<SystemRules> => (system.external_type && RULES[system.external_type]) || {};

/** Whether the system's guide sets the doors on each key (Visionline, Latch, Vostio, Hotek). */
export const doorsOnKey = (system: Pick<AcsSystem, 'external_type'>): boolean => rulesOf(system).doors === 'entrances';

/** Whether the system's guide gives doors only through access groups (Salto Space, Salto KS, PTI). */
/** Whether Seam itself keeps a user to one mobile key in this system (Salto Space), so no racer can add a second. */
export const keepsOneMobileKey = (system: Pick<AcsSystem, 'external_type'>): boolean => rulesOf(system).oneMobileKeyPerUser === true;

export const doorsThroughGroups = (system: Pick<AcsSystem, 'external_type'>): boolean => rulesOf(system).doors === 'accessGroups';

/** The kinds of system whose guide takes doors this way, as the editor's help names them: "Salto Space, Salto KS and PTI". */
export function systemsTakingDoors(doors: NonNullable<SystemRules['doors']>): string {
	const labels = Object.values(RULES)
		.filter((rules) => rules.doors === doors)
		.map((rules) => rules.label);
	return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/**
 * What Provision says about a system's doors of the wrong kind, in the same words where it refuses them before a
 * write and where the editor lists a system's doors (nodes/Seam/methods/loadOptions.ts).
 */
export const DOOR_WORDS = {
	/** Access groups asked for on a system that sets the doors on each key. */
	noGroups: (name: string) => `${name} has no access groups: its doors are set on each key`,
	noGroupsHelp: 'Choose the rooms and doors in "Entrance Names or IDs" instead of access groups.',
	/** Entrances on the key of a system that gives doors through access groups. */
	throughGroups: (name: string) => `${name} gives doors through access groups, not on the key`,
	/** Entrances on the key of a system whose guide does not say where its doors go. */
	undocumented: (name: string) => `Seam does not document that a key for ${name} can carry its doors`,
	entrancesHelp:
		'Choose access groups instead of entrances, or use Mode → Access Grant, where Seam applies the system’s own rules to entrances.',
};

/** Stops the item with a message and what to do about it, before anything is written. */
export function refuse(context: IExecuteFunctions, message: string, description: string, itemIndex: number): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

/** The doors asked for must be of the kind the system takes: the other kind would open no door. */
function checkDoorKind(context: IExecuteFunctions, system: AcsSystem, input: AcsCredentialInput, itemIndex: number): void {
	const name = system.name;
	if (doorsOnKey(system)) {
		if (input.accessGroups.length) refuse(context, DOOR_WORDS.noGroups(name), DOOR_WORDS.noGroupsHelp, itemIndex);
		if (!input.entrances.length) {
			refuse(
				context,
				`A key for ${name} needs its doors`,
				`${name} sets the doors on each key: choose the guest room (and, for example, the lobby) in "Entrance Names or IDs".`,
				itemIndex,
			);
		}
	} else if (input.entrances.length) {
		refuse(context, (doorsThroughGroups(system) ? DOOR_WORDS.throughGroups : DOOR_WORDS.undocumented)(name), DOOR_WORDS.entrancesHelp, itemIndex);
	}
}

/**
 * What the system documents about a mobile key, checked before anything is written: a connected credential manager
 * when it needs one, and the kind of doors it takes.
 */
export function checkSystemRules(
	context: IExecuteFunctions,
	system: AcsSystem,
	input: AcsCredentialInput,
	credentialManagers: AcsSystem[],
	itemIndex: number,
): void {
	const rules = rulesOf(system);
	const name = system.name;
	if (rules.credentialManager && credentialManagers.length === 0) {
		refuse(
			context,
			`${name} has no credential manager to issue mobile keys`,
			`${name} issues mobile keys through ${rules.credentialManager}: connect it in Seam Console → ACS Systems → New Access System (choose ${rules.credentialManager}), then run again.`,
			itemIndex,
		);
	}
	if (rules.multiPhoneSync && !input.isMultiPhoneSyncCredential) {
		refuse(
			context,
			`${name} issues mobile keys as multi-phone sync keys only`,
			`Seam's guide for ${name} says to make every mobile key a multi-phone sync key: turn Options → Multi-Phone Sync Credential on.`,
			itemIndex,
		);
	}
	checkDates(context, system, input, itemIndex);
	checkDoorKind(context, system, input, itemIndex);
}

/** A system whose guide asks for a key's start and end gets both (both modes: checked before any write). */
export function checkDates(
	context: IExecuteFunctions,
	system: AcsSystem,
	input: { startsAt?: string; endsAt?: string },
	itemIndex: number,
): void {
	if (!rulesOf(system).datesRequired || (input.startsAt && input.endsAt)) return;
	refuse(
		context,
		`A key for ${system.name} needs its start and end`,
		`Seam's guide for ${system.name} says to give each key its dates: set Starts At and Ends At (for example the check-in and check-out times).`,
		itemIndex,
	);
}

/** On a system whose guide names the kinds of group a person must be in (PTI: an access level and a unit), each kind is there. */
export function checkGroupTypes(
	context: IExecuteFunctions,
	system: AcsSystem,
	groups: AcsAccessGroup[],
	itemIndex: number,
): void {
	const required = rulesOf(system).groupTypes;
	if (!required) return;
	const types = new Set<string>(groups.map((group) => group.access_group_type));
	const missing = Object.entries(required).filter(([type]) => !types.has(type));
	if (missing.length === 0) return;
	const name = system.name;
	refuse(
		context,
		`A person in ${name} needs ${Object.values(required).join(' and ')}`,
		`Seam's guide for ${name} says users must be in both kinds of access group: add ${missing.map(([, words]) => words).join(' and ')} (${missing.map(([type]) => type).join(', ')}) in "Access Group Names or IDs".`,
		itemIndex,
	);
}

/** A door Seam marks as not opening with a mobile key (`can_unlock_with_mobile_key: false`) would not open for this key. */
export function checkOpenWithMobileKey(context: IExecuteFunctions, system: AcsSystem, entrances: AcsEntrance[], itemIndex: number): void {
	const closed = entrances.filter((entrance) => entrance.can_unlock_with_mobile_key === false).map((entrance) => entrance.display_name ?? entrance.acs_entrance_id);
	if (closed.length === 0) return;
	refuse(
		context,
		`${closed.join(', ')} in ${system.name} cannot be opened with a mobile key`,
		'Leave those doors out of "Entrance Names or IDs", or give the person a card or PIN code for them (Mode → Access Grant, Options → Access Methods).',
		itemIndex,
	);
}

/** On a system that gives doors through access groups, a key of a person in no group opens nothing. */
export function checkInSomeGroup(
	context: IExecuteFunctions,
	system: AcsSystem,
	groups: AcsAccessGroup[],
	currentGroupIds: Set<string>,
	itemIndex: number,
): void {
	if (!doorsThroughGroups(system) || groups.length > 0 || currentGroupIds.size > 0) return;
	const name = system.name;
	refuse(
		context,
		`A key for ${name} needs an access group`,
		`${name} gives doors through access groups, and this person is in none: choose their groups (for example their floor and the lobby) in "Access Group Names or IDs".`,
		itemIndex,
	);
}

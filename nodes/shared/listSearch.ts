import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { seamEventPages } from './eventPages';
import { isSeamId, locatorValue } from './ids';
import { seamApiCall, seamApiRequest, unwrap, PAGED_ROUTES } from './transport';

const PAGE_SIZE = 100;

/**
 * One page of a Seam list as picker entries (objects for which `toEntry` answers undefined are left out). Seam
 * searches by name and ID where the route takes `search`; paged routes hand their cursor to n8n so the picker loads
 * more as the user scrolls.
 */
async function searchList(
	context: ILoadOptionsFunctions,
	route: string,
	body: IDataObject,
	toEntry: (object: IDataObject) => INodeListSearchItems | undefined,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const paged = PAGED_ROUTES.has(route);
	const request: IDataObject = { ...body };
	if (paged) {
		request.limit = PAGE_SIZE;
		if (paginationToken) request.page_cursor = paginationToken;
	}
	const response = await seamApiCall(context, { route, body: request });
	return {
		results: (unwrap<IDataObject[]>(response, route) ?? []).flatMap((object) => toEntry(object) ?? []),
		paginationToken: paged ? (response.pagination?.next_page_cursor ?? undefined) : undefined,
	};
}

/** How many pages a typed search reads at most in one call before handing the page token to n8n. */
const PAGES_PER_SEARCH = 20;

/**
 * For routes that take no `search`: the entries whose name contains the typed text. It reads on through Seam's pages
 * until it has a page's worth of matches (or read PAGES_PER_SEARCH pages, or the list ended), and hands the page
 * token to n8n, so scrolling the picker reads on from there: a match beyond the first page is found.
 */
async function searchByName(
	context: ILoadOptionsFunctions,
	filter: string | undefined,
	route: string,
	body: IDataObject,
	toEntry: (object: IDataObject) => INodeListSearchItems,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim().toLowerCase();
	if (!text) return await searchList(context, route, body, toEntry, paginationToken);
	const results: INodeListSearchItems[] = [];
	let token = paginationToken;
	for (let page = 0; page < PAGES_PER_SEARCH; page++) {
		const found = await searchList(context, route, body, toEntry, token);
		results.push(...found.results.filter((entry) => entry.name.toLowerCase().includes(text)));
		token = found.paginationToken as string | undefined;
		if (!token || results.length >= PAGE_SIZE) break;
	}
	return { results, paginationToken: token };
}

function searchBody(filter?: string): IDataObject {
	return filter?.trim() ? { search: filter.trim() } : {};
}

/** A list filter from what is chosen earlier in the node (e.g. the ACS system); none by default. */
type NarrowedBy = (context: ILoadOptionsFunctions) => IDataObject | Promise<IDataObject>;
const unnarrowed: NarrowedBy = () => ({});

/**
 * A picker over a route that takes Seam's `search`: the typed text goes to Seam, the pages follow its cursor;
 * `narrowedBy` adds a list filter from what is chosen earlier in the node (e.g. the ACS system).
 */
function searchedPicker(
	route: string,
	toEntry: (object: IDataObject) => INodeListSearchItems | undefined,
	narrowedBy: NarrowedBy = unnarrowed,
) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(this, route, { ...searchBody(filter), ...(await narrowedBy(this)) }, toEntry, paginationToken);
	};
}

/** A picker over a route that takes no `search`: the node filters by name itself (searchByName), pages followed. */
function namedPicker(route: string, toEntry: (object: IDataObject) => INodeListSearchItems, narrowedBy: NarrowedBy = unnarrowed) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchByName(this, filter, route, await narrowedBy(this), toEntry, paginationToken);
	};
}

/**
 * Seam's list filter `{ [field]: id }` for an ID chosen earlier in the node (e.g. the ACS system), for pickers that
 * depend on it. Read without `extractValue`, which throws when the operation does not show that parameter; an empty
 * choice or an expression not yet resolved is no filter.
 */
function chosenFilter(context: ILoadOptionsFunctions, name: string, field: string): IDataObject {
	const id = locatorValue(context.getCurrentNodeParameter(name));
	return isSeamId(id) ? { [field]: id } : {};
}

/** How pickers name an ACS system: its name, with the brand only where the name does not mention it. */
function acsSystemEntry(system: IDataObject): INodeListSearchItems {
	const name = system.name as string;
	const brand = system.external_type_display_name as string | undefined;
	// Names often carry the brand already ("Grand Hotel (Salto Space)" of a "Salto Space System"): add it only
	// where the name does not mention it.
	const mentioned = !brand || name.toLowerCase().includes(brand.split(' ')[0].toLowerCase());
	return { name: mentioned ? name : `${name} (${brand})`, value: system.acs_system_id as string };
}

/** Every ACS system of the workspace, credential managers included. */
export const searchAcsSystems = searchedPicker('acs/systems/list', acsSystemEntry);

/**
 * The ACS systems that have doors, for Provision: credential managers (such as the ASSA ABLOY Credential Service)
 * only issue keys for another system and are left out, since Provision refuses them.
 */
export const searchAccessControlSystems = searchedPicker('acs/systems/list', (system) =>
	system.is_credential_manager === true ? undefined : acsSystemEntry(system),
);

/** How pickers name a person: "Jane Doe · jane@example.com". */
function identityName(identity: IDataObject): string {
	return (
		[identity.full_name, identity.email_address ?? identity.user_identity_key].filter(Boolean).join(' · ') ||
		(identity.user_identity_id as string)
	);
}

export const searchUserIdentities = searchedPicker('user_identities/list', (identity) => ({
	name: identityName(identity),
	value: identity.user_identity_id as string,
}));

/** The ACS system chosen earlier in the node, as a list filter. */
const chosenSystem = (context: ILoadOptionsFunctions): IDataObject => chosenFilter(context, 'acsSystemId', 'acs_system_id');

export const searchAcsUsers = searchedPicker(
	'acs/users/list',
	(user) => ({
		name: [user.full_name, user.email_address].filter(Boolean).join(' · ') || (user.acs_user_id as string),
		value: user.acs_user_id as string,
	}),
	chosenSystem,
);

/** The system whose access groups to offer: the chosen one, else the chosen ACS user's (users join only groups of their system). */
async function accessGroupSystemFilter(context: ILoadOptionsFunctions): Promise<IDataObject> {
	const system = chosenSystem(context);
	const user = chosenFilter(context, 'acsUserId', 'acs_user_id');
	if (system.acs_system_id || !user.acs_user_id) return system;
	const acsUser = await seamApiRequest(context, { route: 'acs/users/get', body: user });
	return { acs_system_id: acsUser.acs_system_id };
}

export const searchAccessGroups = searchedPicker(
	'acs/access_groups/list',
	(group) => ({
		name: `${group.name as string} (${group.access_group_type_display_name as string})`,
		value: group.acs_access_group_id as string,
	}),
	accessGroupSystemFilter,
);

export const searchCredentials = searchedPicker(
	'acs/credentials/list',
	(credential) => ({
		name: `${credential.display_name as string} (${(credential.access_method as string).replace('_', ' ')})`,
		value: credential.acs_credential_id as string,
	}),
	chosenSystem,
);

/** Systems read per editor request: a list of doors loaded page by page (Provision's Entrances) reads them once. */
const systemsRead = new WeakMap<ILoadOptionsFunctions, Promise<Map<string, IDataObject>>>();

/** The workspace's ACS systems by ID. */
async function systemsById(context: ILoadOptionsFunctions): Promise<Map<string, IDataObject>> {
	let read = systemsRead.get(context);
	if (!read) {
		read = seamApiRequest<IDataObject[]>(context, { route: 'acs/systems/list' }).then(
			(systems) => new Map(systems.map((system) => [system.acs_system_id as string, system])),
		);
		systemsRead.set(context, read);
	}
	return await read;
}

/**
 * The doors of the chosen system by name ("Room 101"); before a system is chosen, every system's doors, each naming
 * its system as the ACS System picker does ("Room 101 · Grand Hotel (Salto Space)"): hotels name their rooms alike.
 */
export async function searchEntrances(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const system = chosenSystem(this);
	const systems = system.acs_system_id ? undefined : await systemsById(this);
	return await searchList(
		this,
		'acs/entrances/list',
		{ ...searchBody(filter), ...system },
		(entrance) => {
			const name = entrance.display_name as string;
			const owner = systems?.get(entrance.acs_system_id as string);
			return { name: owner ? `${name} · ${acsSystemEntry(owner).name}` : name, value: entrance.acs_entrance_id as string };
		},
		paginationToken,
	);
}

export const searchPhones = namedPicker(
	'phones/list',
	(phone) => ({
		name: `${phone.display_name as string} (${phone.device_type === 'ios_phone' ? 'iPhone' : 'Android'}, added ${(phone.created_at as string).slice(0, 10)})`,
		value: phone.device_id as string,
	}),
	(context) => chosenFilter(context, 'userIdentityId', 'owner_user_identity_id'),
);

export const searchCustomizationProfiles = namedPicker('workspaces/customization_profiles/list', (profile) => ({
	name: (profile.name as string | null) ?? (profile.customization_profile_id as string),
	value: profile.customization_profile_id as string,
}));

/** The date part of a Seam timestamp, for picker names. */
const day = (timestamp: unknown): string => String(timestamp ?? '').slice(0, 10);

export const searchClientSessions = namedPicker('client_sessions/list', (session) => ({
	name: `${(session.user_identifier_key as string | null) ?? 'Client session'} (expires ${day(session.expires_at)})`,
	value: session.client_session_id as string,
}));

export const searchInstantKeys = namedPicker('instant_keys/list', (key) => ({
	name: `${key.instant_key_url as string} (expires ${day(key.expires_at)})`,
	value: key.instant_key_id as string,
}));

export const searchAccessGrants = namedPicker('access_grants/list', (grant) => ({
	name: `${grant.display_name as string} (${day(grant.starts_at)} to ${grant.ends_at ? day(grant.ends_at) : 'no end'})`,
	value: grant.access_grant_id as string,
}));

export const searchAccessMethods = namedPicker('access_methods/list', (method) => ({
	name: `${[method.display_name, method.code].filter(Boolean).join(' ')} (${method.is_issued ? 'issued' : 'not issued yet'}, ${day(method.created_at)})`,
	value: method.access_method_id as string,
}));

/** Seam lists encoders per access system: those of the chosen system, else of every system of the workspace. */
async function encoderSystemFilter(context: ILoadOptionsFunctions): Promise<IDataObject> {
	const system = chosenSystem(context);
	if (system.acs_system_id) return system;
	const systems = await seamApiRequest<IDataObject[]>(context, { route: 'acs/systems/list' });
	return { acs_system_ids: systems.map((s) => s.acs_system_id) };
}

export const searchEncoders = namedPicker(
	'acs/encoders/list',
	(encoder) => ({ name: encoder.display_name as string, value: encoder.acs_encoder_id as string }),
	encoderSystemFilter,
);

/** Seam lists enrollment automations per person: those of a few people at a time, found by the typed text. */
export async function searchEnrollmentAutomations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const body: IDataObject = { ...searchBody(filter), limit: 10, ...(paginationToken ? { page_cursor: paginationToken } : {}) };
	const response = await seamApiCall(this, { route: 'user_identities/list', body });
	const people = unwrap<IDataObject[]>(response, 'user_identities/list') ?? [];
	const automations = await Promise.all(
		people.map(
			async (person) =>
				await seamApiRequest<IDataObject[]>(this, {
					route: 'user_identities/enrollment_automations/list',
					body: { user_identity_id: person.user_identity_id },
				}),
		),
	);
	return {
		results: people.flatMap((person, index) =>
			automations[index].map((automation) => ({
				name: `${identityName(person)} (since ${day(automation.created_at)})`,
				value: automation.enrollment_automation_id as string,
			})),
		),
		paginationToken: response.pagination?.next_page_cursor ?? undefined,
	};
}

const PICKER_EVENT_DAYS = 30;

/** Events of the last 30 days, newest first; the page token is where the next page starts in Seam's list. */
export async function searchEvents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const since = new Date(Date.now() - PICKER_EVENT_DAYS * 24 * 60 * 60 * 1000).toISOString();
	const text = filter?.trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	const read = { body: { since }, pageSize: PAGE_SIZE, offset: Number(paginationToken) || 0 };
	let pages = 0;
	let nextOffset: number | undefined;
	for await (const page of seamEventPages(this, read)) {
		const entries = page.events.map((event) => ({
			name: `${event.event_type as string} (${String(event.created_at).slice(0, 16).replace('T', ' ')})`,
			value: event.event_id as string,
		}));
		results.push(...(text ? entries.filter((entry) => entry.name.toLowerCase().includes(text)) : entries));
		nextOffset = page.nextOffset;
		if (!text || results.length >= PAGE_SIZE || ++pages >= PAGES_PER_SEARCH) break;
	}
	return { results, paginationToken: nextOffset === undefined ? undefined : String(nextOffset) };
}

export const searchActionAttempts = namedPicker('action_attempts/list', (attempt) => ({
	name: `${attempt.action_type as string} (${attempt.status as string})`,
	value: attempt.action_attempt_id as string,
}));

export const searchDevices = searchedPicker('devices/list', (device) => ({
	name: `${device.display_name as string} (${String(device.device_type).replace(/_/g, ' ')})`,
	value: device.device_id as string,
}));

export const searchSpaces = searchedPicker('spaces/list', (space) => ({
	name: space.name as string,
	value: space.space_id as string,
}));

export const searchWebhooks = namedPicker('webhooks/list', (webhook) => ({
	name: `${webhook.url as string} (${((webhook.event_types as string[] | undefined) ?? ['*']).join(', ')})`,
	value: webhook.webhook_id as string,
}));

/** How pickers name a device: "Beach House Front Door (August, offline)". */
function deviceName(device: IDataObject): string {
	const properties = (device.properties ?? {}) as IDataObject;
	const brand = ((device.device_manufacturer as IDataObject | undefined)?.display_name ?? properties.manufacturer) as string | undefined;
	const details = [brand, properties.online === false ? 'offline' : undefined].filter(Boolean).join(', ');
	return details ? `${device.display_name as string} (${details})` : (device.display_name as string);
}

export const searchLocks = searchedPicker('locks/list', (lock) => ({ name: deviceName(lock), value: lock.device_id as string }));

const LOCKS_PER_CODE_SEARCH = 20;

/**
 * The codes of the chosen lock, found by Seam's search; with no lock chosen, those of the first locks (one request
 * per lock, as Seam lists codes per lock), narrowed here to the typed text.
 */
async function searchCodes(
	context: ILoadOptionsFunctions,
	route: 'access_codes/list' | 'access_codes/unmanaged/list',
	filter: string | undefined,
): Promise<INodeListSearchResult> {
	const chosen = chosenFilter(context, 'deviceId', 'device_id');
	const locks = chosen.device_id
		? [{ device_id: chosen.device_id, display_name: '' } as IDataObject]
		: await seamApiRequest<IDataObject[]>(context, { route: 'locks/list', body: { limit: LOCKS_PER_CODE_SEARCH } });
	const codesPerLock = await Promise.all(
		locks.map(
			async (lock) =>
				await seamApiRequest<IDataObject[]>(context, {
					route,
					body: { device_id: lock.device_id, ...(chosen.device_id ? searchBody(filter) : {}) },
				}),
		),
	);
	const text = filter?.trim().toLowerCase();
	const results = locks.flatMap((lock, index) =>
		codesPerLock[index].map((code) => {
			const where = [lock.display_name, code.status].filter(Boolean).join(', ');
			return { name: `${(code.name as string | null) ?? 'Unnamed code'} · ${String(code.code ?? '')} (${where})`, value: code.access_code_id as string };
		}),
	);
	return { results: text && !chosen.device_id ? results.filter((entry) => entry.name.toLowerCase().includes(text)) : results };
}

export async function searchAccessCodes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchCodes(this, 'access_codes/list', filter);
}

export async function searchUnmanagedAccessCodes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchCodes(this, 'access_codes/unmanaged/list', filter);
}

export const searchConnectedAccounts = searchedPicker('connected_accounts/list', (account) => ({
	name: `${account.display_name as string} (${account.account_type_display_name as string})`,
	value: account.connected_account_id as string,
}));

export const searchConnectWebviews = namedPicker('connect_webviews/list', (webview) => ({
	name: `${[webview.selected_provider, webview.status].filter(Boolean).join(' · ')} (created ${day(webview.created_at)})`,
	value: webview.connect_webview_id as string,
}));

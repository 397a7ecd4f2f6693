import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { seamApiCall, unwrap, PAGED_ROUTES } from '../transport';

const PAGE_SIZE = 100;

/**
 * One page of a Seam list as picker entries. Seam searches by name and ID where the route takes `search`;
 * paged routes hand their cursor to n8n so the picker loads more as the user scrolls.
 */
async function searchList(
	context: ILoadOptionsFunctions,
	route: string,
	body: IDataObject,
	toEntry: (object: IDataObject) => INodeListSearchItems,
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
		results: (unwrap<IDataObject[]>(response) ?? []).map(toEntry),
		paginationToken: paged ? (response.pagination?.next_page_cursor ?? undefined) : undefined,
	};
}

function searchBody(filter?: string): IDataObject {
	return filter?.trim() ? { search: filter.trim() } : {};
}

/** The access control system chosen earlier in the node, for pickers that depend on it. */
function chosenAcsSystemId(context: ILoadOptionsFunctions): string | undefined {
	const value = context.getCurrentNodeParameter('acsSystemId', { extractValue: true }) as string | undefined;
	return value || undefined;
}

export async function searchAcsSystems(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchList(this, 'acs/systems/list', searchBody(filter), (system) => ({
		name: `${system.name as string} (${system.external_type_display_name as string})`,
		value: system.acs_system_id as string,
	}));
}

export async function searchUserIdentities(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(
		this,
		'user_identities/list',
		searchBody(filter),
		(identity) => ({
			name: [identity.full_name, identity.email_address ?? identity.user_identity_key]
				.filter(Boolean)
				.join(' · ') || (identity.user_identity_id as string),
			value: identity.user_identity_id as string,
		}),
		paginationToken,
	);
}

export async function searchAcsUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const acsSystemId = chosenAcsSystemId(this);
	return await searchList(
		this,
		'acs/users/list',
		{ ...searchBody(filter), ...(acsSystemId ? { acs_system_id: acsSystemId } : {}) },
		(user) => ({
			name: [user.full_name, user.email_address].filter(Boolean).join(' · ') || (user.acs_user_id as string),
			value: user.acs_user_id as string,
		}),
		paginationToken,
	);
}

export async function searchAccessGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const acsSystemId = chosenAcsSystemId(this);
	const result = await searchList(
		this,
		'acs/access_groups/list',
		acsSystemId ? { acs_system_id: acsSystemId } : {},
		(group) => ({ name: group.name as string, value: group.acs_access_group_id as string }),
	);
	// acs/access_groups/list takes no search text: filter by name here.
	const text = filter?.trim().toLowerCase();
	return text ? { results: result.results.filter((entry) => entry.name.toLowerCase().includes(text)) } : result;
}

export async function searchCredentials(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	const acsSystemId = chosenAcsSystemId(this);
	return await searchList(this, 'acs/credentials/list', acsSystemId ? { acs_system_id: acsSystemId } : {}, (credential) => ({
		name: `${(credential.access_method as string) ?? 'credential'} · ${(credential.display_name as string) ?? credential.acs_credential_id}`,
		value: credential.acs_credential_id as string,
	}));
}

import type { INode, INodeParameters } from 'n8n-workflow';

/** The Seam-compatible server the workflows read, and its API key. */
export interface Target {
	url: string;
	apiKey: string;
}

/**
 * The ways of reading every ACS user that the bench compares: the Seam node's Get Many with Return All, Simplify on
 * and off, and n8n's HTTP Request node paging the same route with its built-in pagination, alone (one item per page)
 * and followed by Split Out (one item per user, Seam's whole ACS user: what the Seam node outputs with Simplify off).
 */
export const BIG_LIST_ROWS = ['seamSimplified', 'seamFull', 'httpPages', 'httpSplitOut'] as const;
export type BigListRow = (typeof BIG_LIST_ROWS)[number];

/** Rows that need n8n-nodes-base, which only a real n8n install has. */
export const needsN8n = (row: BigListRow): boolean => row.startsWith('http');

export const ROUTE = 'acs/users/list';
/** Seam's largest page, which the Seam node asks for with Return All, and so does the HTTP Request node here. */
export const PAGE_SIZE = 500;

export const SEAM_NODE_TYPE = 'n8n-nodes-seam.seam';
export const SEAM_NODE_VERSION = 2;
/** The HTTP Request node's version in a workflow made today in n8n 2.8.4 (its `defaultVersion`). */
export const HTTP_REQUEST_VERSION = 4.4;

/** Items the row's last node outputs when the list holds `users`. */
export function expectedItems(row: BigListRow, users: number): number {
	return row === 'httpPages' ? Math.ceil(users / PAGE_SIZE) : users;
}

const node = (name: string, type: string, typeVersion: number, parameters: INodeParameters): INode => ({
	id: name,
	name,
	type,
	typeVersion,
	position: [0, 0],
	parameters,
});

function seamGetAll(simplify: boolean, warmUp: boolean): INode {
	const limit = warmUp ? { returnAll: false, limit: PAGE_SIZE } : { returnAll: true };
	return {
		...node('Seam', SEAM_NODE_TYPE, SEAM_NODE_VERSION, { resource: 'acsUser', operation: 'getAll', ...limit, simplify }),
		credentials: { seamApi: { id: '1', name: 'Seam account' } },
	};
}

/**
 * The HTTP Request node as a user sets it up for this route in n8n 2.8.4 (parameter names from n8n-nodes-base's
 * HttpRequest/V3/Description.js): POST with JSON body `{"limit": 500}`, the API key in an Authorization header,
 * Pagination → "Update a Parameter in Each Request" (body `page_cursor` = the previous answer's
 * `next_page_cursor`), complete when the answer says there is no next page. The key is a header parameter rather
 * than a Header Auth credential: the request goes through the same n8n request helper either way.
 */
function httpRequestAllPages(target: Target, warmUp: boolean): INode {
	const pagination: INodeParameters = {
		paginationMode: 'updateAParameterInEachRequest',
		parameters: {
			parameters: [
				{ type: 'body', name: 'page_cursor', value: '={{ $response.body.pagination.next_page_cursor }}' },
			],
		},
		paginationCompleteWhen: 'other',
		completeExpression: '={{ !$response.body.pagination.has_next_page }}',
		...(warmUp ? { limitPagesFetched: true, maxRequests: 1 } : {}),
	};
	return node('HTTP Request', 'n8n-nodes-base.httpRequest', HTTP_REQUEST_VERSION, {
		method: 'POST',
		url: `${target.url}/${ROUTE}`,
		authentication: 'none',
		sendHeaders: true,
		specifyHeaders: 'keypair',
		headerParameters: { parameters: [{ name: 'Authorization', value: `Bearer ${target.apiKey}` }] },
		sendBody: true,
		contentType: 'json',
		specifyBody: 'json',
		jsonBody: JSON.stringify({ limit: PAGE_SIZE }),
		options: { pagination: { pagination } },
	});
}

const splitOutUsers = (): INode =>
	node('Split Out', 'n8n-nodes-base.splitOut', 1, { fieldToSplitOut: 'acs_users', include: 'noOtherFields' });

/**
 * The row's nodes after the workflow's start node, connected in order. `warmUp`: the same nodes reading one page
 * only (Limit 500, or Max Pages 1), so that the code is loaded and warm before memory is measured.
 */
export function rowNodes(row: BigListRow, target: Target, warmUp: boolean): INode[] {
	switch (row) {
		case 'seamSimplified':
			return [seamGetAll(true, warmUp)];
		case 'seamFull':
			return [seamGetAll(false, warmUp)];
		case 'httpPages':
			return [httpRequestAllPages(target, warmUp)];
		case 'httpSplitOut':
			return [httpRequestAllPages(target, warmUp), splitOutUsers()];
	}
}

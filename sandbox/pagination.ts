import { createHash } from 'node:crypto';

import { badRequest, invalidParam } from './errors';
import { isObject } from './openapi';
import type { Timestamped } from './records';
import type { Pagination } from './seam-objects';

/** Newest first (`created_at` descending), then latest created: the order of every list. */
export function newestFirst<T extends Timestamped>(items: Iterable<T>): T[] {
	return [...items].sort(compareKeys);
}

function compareKeys(a: Timestamped, b: Timestamped): number {
	if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
	return b.seq - a.seq;
}

export interface PageRequest {
	params: Record<string, unknown>;
	route: string;
	baseUrl: string;
}

/**
 * One page of `items` (any order; they are sorted newest first), as Seam pages lists: `limit`
 * items from the position named by `page_cursor`, an opaque base64 cursor to the first item of
 * the next page, bound to the request's other parameters (another request with the cursor is
 * answered `mismatched_page_parameters`).
 */
export function paginate<T extends Timestamped>(
	items: Iterable<T>,
	{ params, route, baseUrl }: PageRequest,
): { page: T[]; pagination: Pagination } {
	const { page_cursor: pageCursor, ...query } = params;
	const queryHash = hashParams(query);
	const sorted = newestFirst(items);
	let start = 0;
	if (typeof pageCursor === 'string') {
		const cursor = decodeCursor(pageCursor);
		if (cursor.queryHash !== queryHash) {
			throw badRequest(
				'mismatched_page_parameters',
				'When using next_page_cursor, the request must send parameters identical to the initial request.',
			);
		}
		start = sorted.findIndex((item) => compareKeys(item, cursor.next) >= 0);
		if (start === -1) start = sorted.length;
	}
	const limit = typeof params.limit === 'number' ? Math.max(1, Math.floor(params.limit)) : 500;
	const page = sorted.slice(start, start + limit);
	const next = sorted[start + limit];
	const nextPageCursor = next ? encodeCursor(queryHash, next) : null;
	return {
		page,
		pagination: {
			has_next_page: next !== undefined,
			next_page_cursor: nextPageCursor,
			next_page_url: nextPageCursor ? nextPageUrl(baseUrl, route, query, nextPageCursor) : null,
		},
	};
}

interface Cursor {
	queryHash: string;
	next: Timestamped;
}

function encodeCursor(queryHash: string, next: Timestamped): string {
	const payload = [queryHash, { created_at: next.created_at, seq: next.seq }];
	return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64');
}

function decodeCursor(text: string): Cursor {
	try {
		const [queryHash, next] = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as unknown[];
		if (
			typeof queryHash === 'string' &&
			isObject(next) &&
			typeof next.created_at === 'string' &&
			typeof next.seq === 'number'
		) {
			return { queryHash, next: { created_at: next.created_at, seq: next.seq } };
		}
	} catch {
		// fall through
	}
	throw invalidParam('page_cursor', 'Invalid page cursor');
}

function hashParams(params: Record<string, unknown>): string {
	return createHash('sha256').update(stableJson(params)).digest('hex');
}

function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (isObject(value)) {
		const entries = Object.keys(value)
			.filter((key) => value[key] !== undefined)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value);
}

function nextPageUrl(baseUrl: string, route: string, query: Record<string, unknown>, cursor: string): string {
	const url = new URL(`${baseUrl}/${route}`);
	appendParams(url.searchParams, query, []);
	url.searchParams.set('page_cursor', cursor);
	url.searchParams.sort();
	return url.toString();
}

/** Query parameters as the Seam SDK writes them: dotted keys, repeated keys for arrays. */
function appendParams(search: URLSearchParams, params: Record<string, unknown>, path: string[]): void {
	for (const [key, value] of Object.entries(params)) {
		const name = [...path, key].join('.');
		if (value === undefined) continue;
		if (isObject(value)) appendParams(search, value, [...path, key]);
		else if (Array.isArray(value)) {
			if (value.length === 0) search.set(name, '');
			for (const item of value) search.append(name, String(item));
		} else search.set(name, value === null ? '' : String(value));
	}
}

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Sandbox } from '../sandbox';
import type { Target } from './bigList.workflows';

/**
 * Every page of one list route as the sandbox answered it, by the `page_cursor` asked for ('' for the first page).
 * The sandbox filters and sorts the whole list for every page (about 0.2 s a page at 100,000 users), which would
 * swamp what the clients themselves take; its recorded answers are served back in no time instead.
 */
export interface RecordedPages {
	route: string;
	limit: number;
	pages: Map<string, string>;
	/** How long the sandbox took to answer them all (read with `fetch`, one after the other). */
	sandboxMs: number;
}

type Page = { pagination?: { next_page_cursor?: string | null } };

async function post(target: Target, route: string, body: object): Promise<string> {
	const response = await fetch(`${target.url}/${route}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${route} answered ${response.status}: ${text}`);
	return text;
}

export async function recordPages(sandbox: Sandbox, route: string, limit: number): Promise<RecordedPages> {
	const pages = new Map<string, string>();
	const started = performance.now();
	let cursor = '';
	do {
		const text = await post(sandbox, route, cursor ? { limit, page_cursor: cursor } : { limit });
		pages.set(cursor, text);
		cursor = (JSON.parse(text) as Page).pagination?.next_page_cursor ?? '';
	} while (cursor);
	return { route, limit, pages, sandboxMs: performance.now() - started };
}

/** Reads every page from `target` as a bare client would (`fetch`, each page thrown away): the floor of any client. */
export async function rawPaging(target: Target, route: string, limit: number): Promise<number> {
	const started = performance.now();
	let cursor = '';
	do {
		const text = await post(target, route, cursor ? { limit, page_cursor: cursor } : { limit });
		cursor = (JSON.parse(text) as Page).pagination?.next_page_cursor ?? '';
	} while (cursor);
	return performance.now() - started;
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		return undefined;
	}
}

/**
 * The page a request asks for: only the recorded route, with the API key, and a body of exactly the recorded
 * `limit` and a recorded `page_cursor` (none for the first page). Anything else is not what was recorded.
 */
function pageFor(recorded: RecordedPages, apiKey: string, url: string | undefined, auth: string | undefined, body: unknown) {
	if (url !== `/${recorded.route}` || auth !== `Bearer ${apiKey}`) return undefined;
	const { limit, page_cursor: cursor = '', ...rest } = (body ?? {}) as { limit?: unknown; page_cursor?: unknown };
	if (limit !== recorded.limit || typeof cursor !== 'string' || Object.keys(rest).length > 0) return undefined;
	return recorded.pages.get(cursor);
}

/** Serves the recorded pages on a local port; every other request is answered 400 with what was recorded. */
export async function serveReplay(recorded: RecordedPages, apiKey: string): Promise<Target & { stop(): Promise<void> }> {
	const server = createServer(async (request, response) => {
		const body = await bodyOf(request);
		const page = pageFor(recorded, apiKey, request.url, request.headers.authorization, body);
		const answer =
			page ??
			JSON.stringify({
				error: {
					type: 'invalid_input',
					message: `The bench's replay has only POST /${recorded.route} with {"limit": ${recorded.limit}} and the recorded page cursors; got ${request.method} ${request.url} ${JSON.stringify(body)}`,
				},
			});
		response.writeHead(page ? 200 : 400, {
			'content-type': 'application/json; charset=utf-8',
			'content-length': Buffer.byteLength(answer),
		});
		response.end(answer);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		apiKey,
		stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}

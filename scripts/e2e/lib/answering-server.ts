import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Runs `body` with the URL of a local server that answers every request with this status, content type and body
 * (a Base URL that is not Seam's), and closes the server afterwards.
 */
export async function withServerAnswering<T>(
	answer: { status: number; contentType: string; body: string; location?: string },
	body: (url: string) => Promise<T>,
): Promise<T> {
	const server = createServer((request, response) => {
		request.resume();
		const location = answer.location ? { location: `${answer.location}${request.url ?? ''}` } : {};
		response.writeHead(answer.status, { 'content-type': answer.contentType, ...location }).end(answer.body);
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	try {
		return await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
	} finally {
		await new Promise<void>((closed) => server.close(() => closed()));
	}
}

/**
 * Runs `body` with the URL of a local server that redirects every request (307) to a second local server, and
 * answers what the second one saw: the Authorization headers it received (a redirect must never carry the API key).
 */
export async function withRedirectingServer<T>(body: (url: string) => Promise<T>): Promise<{ result: T; authorizationSeen: string[] }> {
	const authorizationSeen: string[] = [];
	const other = createServer((request, response) => {
		request.resume();
		if (request.headers.authorization) authorizationSeen.push(request.headers.authorization);
		response.writeHead(200, { 'content-type': 'application/json' }).end('{"workspace":{"workspace_id":"not-seam"},"ok":true}');
	});
	await new Promise<void>((listening) => other.listen(0, '127.0.0.1', listening));
	const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
	try {
		const result = await withServerAnswering({ status: 307, contentType: 'text/plain', body: '', location: otherUrl }, body);
		return { result, authorizationSeen };
	} finally {
		await new Promise<void>((closed) => other.close(() => closed()));
	}
}

/** A Base URL that is not Seam's and never lets a client finish, as `withHostileSeam` plays it. */
export interface HostileSeam {
	url: string;
	/** The requests received, in order: Seam's route and the JSON body. */
	received: Array<{ route: string; body: Record<string, unknown> }>;
	/** How many bytes of the 200 MB answer were written so far (the client may stop reading long before). */
	hugeBytesWritten(): number;
}

/** The cursor `acs/users/list` hands out, page after page. */
export const LOOPING_CURSOR = 'again';
/** The size of `acs/systems/get`'s answer: 200 MB, streamed 1 MB at a time, never held whole. */
export const HUGE_ANSWER_MB = 200;

/**
 * Runs `body` with a local server posing as Seam at a hostile Base URL, and closes it afterwards:
 * - `acs/users/list` answers one user and `next_page_cursor: "again"` every time, so a list read page by page
 *   would never end (a cursor loop);
 * - `acs/systems/get` answers 200 OK with a 200 MB JSON body, written 1 MB at a time as the client reads it, and no
 *   more once the client hangs up;
 * - any other route: 404 with Seam's error shape.
 */
export async function withHostileSeam<T>(body: (server: HostileSeam) => Promise<T>): Promise<T> {
	const received: HostileSeam['received'] = [];
	const chunk = Buffer.alloc(1024 * 1024, 'x');
	let hugeBytes = 0;
	const json = (response: ServerResponse, status: number, value: unknown) =>
		response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
	const server = createServer((request, response) => {
		const parts: Buffer[] = [];
		request.on('data', (part: Buffer) => parts.push(part));
		request.on('end', () => {
			const route = new URL(request.url ?? '/', 'http://local').pathname.replace(/^\/+/, '');
			const text = Buffer.concat(parts).toString();
			received.push({ route, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
			if (route === 'acs/users/list') {
				json(response, 200, {
					acs_users: [{ acs_user_id: 'hostile-user', full_name: 'Nobody' }],
					pagination: { has_next_page: true, next_page_cursor: LOOPING_CURSOR },
					ok: true,
				});
			} else if (route === 'acs/systems/get') {
				response.writeHead(200, { 'content-type': 'application/json' });
				response.write('{"acs_system":"');
				let chunksLeft = HUGE_ANSWER_MB;
				const more = (): void => {
					while (chunksLeft > 0 && !response.destroyed) {
						chunksLeft -= 1;
						hugeBytes += chunk.length;
						if (!response.write(chunk)) return void response.once('drain', more);
					}
					if (!response.destroyed) response.end('"}');
				};
				response.on('close', () => response.removeAllListeners('drain'));
				more();
			} else {
				json(response, 404, { error: { type: 'not_found', message: `No route ${route}` }, ok: false });
			}
		});
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	try {
		return await body({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, hugeBytesWritten: () => hugeBytes });
	} finally {
		server.closeAllConnections();
		await new Promise<void>((closed) => server.close(() => closed()));
	}
}

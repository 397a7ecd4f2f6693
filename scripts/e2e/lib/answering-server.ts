import { createServer } from 'node:http';
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

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Runs `body` with the URL of a local server that answers every request with this status, content type and body
 * (a Base URL that is not Seam's), and closes the server afterwards.
 */
export async function withServerAnswering<T>(
	answer: { status: number; contentType: string; body: string },
	body: (url: string) => Promise<T>,
): Promise<T> {
	const server = createServer((request, response) => {
		request.resume();
		response.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body);
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	try {
		return await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
	} finally {
		await new Promise<void>((closed) => server.close(() => closed()));
	}
}

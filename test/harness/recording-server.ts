import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A local server standing in for a Base URL that is not Seam (a redirect, a trickle, a huge answer): it records every
// request it receives, so a test can say what that host saw (never the API key after a redirect).

export interface Received {
	url: string;
	headers: http.IncomingHttpHeaders;
	body: Record<string, unknown>;
}

/** A local server: `answer` gets each request with its parsed JSON body; `received` lists them. */
export async function recordingServer(answer: (request: Received, response: http.ServerResponse) => void) {
	const received: Received[] = [];
	const listener = http.createServer((request, response) => {
		let text = '';
		request.on('data', (chunk: Buffer) => (text += chunk.toString()));
		request.on('end', () => {
			const entry = { url: request.url ?? '', headers: request.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
			received.push(entry);
			answer(entry, response);
		});
	});
	await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
	const { port } = listener.address() as AddressInfo;
	return {
		port,
		url: `http://127.0.0.1:${port}`,
		received,
		close: async () => {
			listener.closeAllConnections();
			await new Promise<void>((resolve) => listener.close(() => resolve()));
		},
	};
}

/**
 * A Base URL redirecting every request (HTTP `status`) to another host, and that host, answering `body` as JSON: at
 * localhost, not 127.0.0.1, so another origin, as an attacker's host would be. `close` closes both.
 */
export async function redirectToAnotherHost(status: number, body: unknown) {
	const otherHost = await recordingServer((_request, response) => json(response, body));
	const redirecting = await recordingServer((request, response) => {
		response.writeHead(status, { location: `http://localhost:${otherHost.port}${request.url}` });
		response.end();
	});
	const close = async () => {
		await otherHost.close();
		await redirecting.close();
	};
	return { redirecting, otherHost, close };
}

/** A server that answers 200 and then a space every 100 ms, never finishing; `close` stops the trickles too. */
export async function tricklingServer() {
	const timers: NodeJS.Timeout[] = [];
	const trickling = await recordingServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'application/json' });
		timers.push(setInterval(() => response.write(' '), 100));
	});
	const close = async () => {
		timers.forEach(clearInterval);
		await trickling.close();
	};
	return { ...trickling, close };
}

/** Answers JSON. */
export const json = (response: http.ServerResponse, body: unknown) => {
	response.setHeader('content-type', 'application/json');
	response.end(JSON.stringify(body));
};

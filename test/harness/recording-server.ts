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

/** Answers JSON. */
export const json = (response: http.ServerResponse, body: unknown) => {
	response.setHeader('content-type', 'application/json');
	response.end(JSON.stringify(body));
};

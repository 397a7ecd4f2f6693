import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { handleApiRequest, type ApiState } from './api';
import { handleControl, type SandboxControls } from './control';
import { deterministicUuid } from './ids';

/**
 * The sandbox's HTTP server: `/_sandbox/*` goes to the control routes, everything else to the
 * Seam API pipeline. Every route accepts every method (the Seam SDK reads with GET and query
 * parameters). Every response is JSON and carries a `seam-request-id` header.
 */
export function createSandboxServer(state: ApiState, controls: SandboxControls): Server {
	let requestCount = 0;
	return createServer((req, res) => {
		requestCount += 1;
		const requestId = deterministicUuid(`seam-sandbox:request:${requestCount}`);
		res.setHeader('seam-request-id', requestId);
		readBody(req)
			.then(async (bodyText) => {
				const url = new URL(req.url ?? '/', state.baseUrl);
				const method = (req.method ?? 'GET').toUpperCase();
				if (url.pathname === '/_sandbox' || url.pathname.startsWith('/_sandbox/')) {
					const result = await handleControl(controls, method, url.pathname, bodyText);
					sendJson(res, result.status, result.body);
					return;
				}
				const outcome = await handleApiRequest(state, { method, url, headers: req.headers, bodyText, requestId });
				if (outcome.kind === 'drop') {
					req.socket.destroy();
					return;
				}
				sendJson(res, outcome.status, outcome.body, outcome.headers);
			})
			.catch((error: unknown) => {
				const message = error instanceof Error ? error.message : String(error);
				if (!res.headersSent) {
					sendJson(res, 500, { error: { type: 'internal_server_error', message, request_id: requestId }, ok: false });
				}
			});
	});
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		...headers,
		'content-type': 'application/json; charset=utf-8',
		'content-length': Buffer.byteLength(text),
	});
	res.end(text);
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as n8n hands it to a webhook node: Express-style fields, and the raw body n8n's middleware keeps. */
export interface WebhookRequest extends IncomingMessage {
	body: unknown;
	query: Record<string, string>;
	params: Record<string, string>;
	contentType?: string;
}

export type WebhookHandler = (request: WebhookRequest, response: ServerResponse, isTest: boolean) => Promise<void>;

export interface WebhookServer {
	/** e.g. `http://127.0.0.1:40123`; webhooks live under `/webhook/…`, test webhooks under `/webhook-test/…`. */
	url: string;
	stop(): Promise<void>;
}

function readStream(request: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

/**
 * What n8n's webhook server does before a webhook node runs: `rawBodyReader` gives the request `readRawBody()`,
 * which keeps the bytes as `rawBody`; `parseBody` reads them and parses JSON into `body` (a body that does not
 * parse is answered 422 without reaching the node).
 */
async function prepare(request: IncomingMessage): Promise<WebhookRequest | undefined> {
	const req = request as WebhookRequest;
	const [mimeType, ...parameters] = (req.headers['content-type'] ?? '').split(';');
	req.contentType = mimeType.trim().toLowerCase() || undefined;
	const charset = parameters.map((p) => p.trim().split('=')).find(([key]) => key === 'charset')?.[1];
	req.encoding = (charset ?? 'utf-8') as BufferEncoding;
	req.readRawBody = async () => {
		if (!req.rawBody) {
			req.rawBody = await readStream(req);
			req._body = true;
		}
	};
	const url = new URL(req.url ?? '/', 'http://localhost');
	req.query = Object.fromEntries(url.searchParams);
	req.params = {};
	req.body = {};
	await req.readRawBody();
	if (req.rawBody.length > 0 && req.contentType === 'application/json') {
		try {
			req.body = JSON.parse(req.rawBody.toString(req.encoding));
		} catch {
			return undefined;
		}
	}
	return req;
}

function send(response: ServerResponse, status: number, body: object): void {
	if (response.headersSent) return;
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	response.end(JSON.stringify(body));
}

/** An HTTP server on 127.0.0.1 standing in for n8n's webhook endpoints. */
export async function startWebhookServer(handler: WebhookHandler): Promise<WebhookServer> {
	const server: Server = createServer((request, response) => {
		const isTest = (request.url ?? '').startsWith('/webhook-test/');
		if (!isTest && !(request.url ?? '').startsWith('/webhook/')) return send(response, 404, { message: 'Not found' });
		void prepare(request)
			.then(async (prepared) => {
				if (!prepared) return send(response, 422, { message: 'Failed to parse request body' });
				await handler(prepared, response, isTest);
			})
			.catch(() => send(response, 500, { message: 'Workflow Webhook Error: Workflow could not be started!' }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		async stop() {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

import axios from 'axios';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ICredentialTestRequest, IHttpRequestOptions, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { SeamApi } from '../credentials/SeamApi.credentials';
import { nodeTypes } from './harness';
import { testCredentialAsN8n } from './harness/credential-test';
import { useSandbox } from './harness/sandbox';

/**
 * The credential's Test button as n8n runs it: resolve `test.request` with `$credentials`, let the credential
 * type authenticate it, send it. What the user sees on failure is Seam's own error message.
 */
async function testCredential(credentials: { apiKey: string; baseUrl: string; workspaceId?: string }) {
	const credentialType = new SeamApi();
	const node: INode = { id: 'n', name: 'Test', type: 'n8n-nodes-seam.seam', typeVersion: 1, position: [0, 0], parameters: {} };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const resolve = (value: string | undefined) =>
		workflow.expression.getParameterValue(value, null, 0, 0, 'Test', [], 'internal', {
			$credentials: credentials,
		} as never) as string;
	const request = credentialType.test.request;
	const authenticated: IHttpRequestOptions = await credentialType.authenticate(credentials, {
		url: `${resolve(request.baseURL)}${request.url}`,
		method: request.method,
	});
	const response = await axios.request({
		url: authenticated.url,
		method: authenticated.method,
		headers: authenticated.headers as Record<string, string>,
		validateStatus: () => true,
	});
	return { url: authenticated.url, status: response.status, body: response.data };
}

describe('Seam API credential', () => {
	const seam = useSandbox();

	test('Test calls POST /workspaces/get and succeeds with a good key (trailing slash in Base URL tolerated)', async () => {
		const result = await testCredential({ apiKey: seam.sandbox.apiKey, baseUrl: `${seam.sandbox.url}/` });
		expect(result.url).toBe(`${seam.sandbox.url}/workspaces/get`);
		expect(result.status).toBe(200);
		expect(result.body.workspace.workspace_id).toBe(seam.sandbox.workspaceId);
		expect(seam.calls()).toEqual([{ route: 'workspaces/get', body: {}, status: 200 }]);
	});

	test('a wrong key gets Seam’s 401 message', async () => {
		const result = await testCredential({ apiKey: 'seam_wrong', baseUrl: seam.sandbox.url });
		expect(result.status).toBe(401);
		expect(result.body.error).toEqual(expect.objectContaining({ type: expect.any(String), message: expect.any(String) }));
	});

	test('a personal access token needs the Workspace ID, and works with it', async () => {
		const without = await testCredential({ apiKey: seam.sandbox.personalAccessToken, baseUrl: seam.sandbox.url });
		expect(without.status).toBeGreaterThanOrEqual(400);
		expect(without.body.error.message).toMatch(/workspace/i);

		const withWorkspace = await testCredential({
			apiKey: seam.sandbox.personalAccessToken,
			baseUrl: seam.sandbox.url,
			workspaceId: seam.sandbox.workspaceId,
		});
		expect(withWorkspace.status).toBe(200);
	});

	test('the API key field is a password field and required', () => {
		const apiKey = new SeamApi().properties.find((property) => property.name === 'apiKey');
		expect(apiKey).toEqual(expect.objectContaining({ required: true, typeOptions: { password: true } }));
	});
});

/** A local server that answers every request with this status, content type and body. */
async function serverAnswering(status: number, contentType: string, body: string): Promise<{ url: string; close(): Promise<void> }> {
	const server: Server = createServer((request, response) => {
		request.resume();
		response.writeHead(status, { 'content-type': contentType }).end(body);
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: async () => await new Promise<void>((closed) => server.close(() => closed())),
	};
}

describe('the Test button, as n8n 2.8.4 runs it and shows the result', () => {
	const seam = useSandbox();
	const rule = (value: unknown) => new SeamApi().test.rules!.find((candidate) => candidate.properties.value === value)!.properties.message;

	test('a good key: "Connection successful!", after one POST /workspaces/get', async () => {
		const result = await testCredentialAsN8n({ apiKey: seam.sandbox.apiKey, baseUrl: `${seam.sandbox.url}/`, workspaceId: '' });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(seam.calls()).toEqual([{ route: 'workspaces/get', body: {}, status: 200 }]);
	});

	test('a personal access token with its Workspace ID: successful', async () => {
		const result = await testCredentialAsN8n({
			apiKey: seam.sandbox.personalAccessToken,
			baseUrl: seam.sandbox.url,
			workspaceId: seam.sandbox.workspaceId,
		});
		expect(result.status).toBe('OK');
	});

	test('Seam refuses the key (401 unauthorized): says so and where to find a key, not n8n\'s "Authorization failed"', async () => {
		const result = await testCredentialAsN8n({ apiKey: 'seam_wrong', baseUrl: seam.sandbox.url, workspaceId: '' });
		expect(result).toEqual({ status: 'Error', message: rule('unauthorized') });
		expect(result.message).toMatch(/^Seam refused the API key: .*Seam Console → Developer → API Keys/);
	});

	test('a personal access token without Workspace ID refused (400 missing_workspace_id, as Seam\'s fake answers): the message names the Workspace ID', async () => {
		const result = await testCredentialAsN8n({ apiKey: seam.sandbox.personalAccessToken, baseUrl: seam.sandbox.url, workspaceId: '' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/personal access token .*Workspace ID/);
	});

	test('Seam\'s 400 missing_workspace_id (its answer to a personal access token without workspace): fill in Workspace ID', async () => {
		const server = await serverAnswering(
			400,
			'application/json',
			JSON.stringify({ error: { type: 'missing_workspace_id', message: 'When using access token authentication, you must provide the Seam-Workspace header' }, ok: false }),
		);
		try {
			const result = await testCredentialAsN8n({ apiKey: 'seam_at1_token', baseUrl: server.url, workspaceId: '' });
			expect(result).toEqual({ status: 'Error', message: rule('missing_workspace_id') });
			expect(result.message).toMatch(/fill in Workspace ID/);
		} finally {
			await server.close();
		}
	});

	test('Seam busy (503 with Seam\'s error body): check the settings, or try again in a minute', async () => {
		seam.sandbox.injectFaults({ route: 'workspaces/get', count: 1, kind: 'status', status: 503 });
		const result = await testCredentialAsN8n({ apiKey: seam.sandbox.apiKey, baseUrl: seam.sandbox.url, workspaceId: '' });
		expect(result).toEqual({ status: 'Error', message: rule(false) });
		expect(result.message).toMatch(/^Seam answered the test with an error.*try again in a minute/);
	});

	test('a Base URL that is not Seam\'s API (a 404 page): says the Base URL is not Seam\'s API, not "could not be found"', async () => {
		const server = await serverAnswering(404, 'text/html', '<!doctype html><title>Not Found</title><h1>Not Found</h1>');
		try {
			const result = await testCredentialAsN8n({ apiKey: seam.sandbox.apiKey, baseUrl: server.url, workspaceId: '' });
			expect(result).toEqual({ status: 'Error', message: rule(undefined) });
			expect(result.message).toMatch(/^The Base URL is not Seam's API/);
		} finally {
			await server.close();
		}
	});

	test('a Base URL that answers 200 but not as Seam does (another JSON API): not Seam\'s API either', async () => {
		const server = await serverAnswering(200, 'application/json', JSON.stringify({ status: 'ok' }));
		try {
			const result = await testCredentialAsN8n({ apiKey: seam.sandbox.apiKey, baseUrl: server.url, workspaceId: '' });
			expect(result).toEqual({ status: 'Error', message: rule(undefined) });
		} finally {
			await server.close();
		}
	});

	test('nothing listens at the Base URL: n8n\'s own connection message (no Seam answer to interpret)', async () => {
		const server = await serverAnswering(200, 'application/json', '{}');
		await server.close();
		const result = await testCredentialAsN8n({ apiKey: seam.sandbox.apiKey, baseUrl: server.url, workspaceId: '' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/refused the connection|ECONNREFUSED/);
	});

	test('why responseSuccessBody rules: n8n 2.8 never reaches responseCode rules and shows its generic message', async () => {
		const withResponseCodeRules: ICredentialTestRequest = {
			request: { ...new SeamApi().test.request, ignoreHttpStatusErrors: false },
			rules: [{ type: 'responseCode', properties: { value: 401, message: 'Seam refused the API key' } }],
		};
		const credentialType = Object.assign(new SeamApi(), { test: withResponseCodeRules });
		const result = await testCredentialAsN8n({ apiKey: 'seam_wrong', baseUrl: seam.sandbox.url, workspaceId: '' }, credentialType);
		expect(result).toEqual({ status: 'Error', message: 'Authorization failed - please check your credentials' });
	});
});

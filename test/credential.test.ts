import axios from 'axios';
import type { IHttpRequestOptions, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { SeamApi } from '../credentials/SeamApi.credentials';
import { nodeTypes } from './harness';
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

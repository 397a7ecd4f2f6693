import type { ICredentialDataDecryptedObject, INode, INodeType, IRunExecutionData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ExecuteContext, ExecutionLifecycleHooks, RoutingNode } from 'n8n-core';

import { SeamApi } from '../credentials/SeamApi.credentials';
import { LIMITS } from '../nodes/shared/transport/limits';
import { additionalDataFor } from './harness';
import { redirectToAnotherHost, tricklingServer } from './harness/recording-server';

// The Test button's answers (good key, refused key, personal access token with and without Workspace ID, Seam busy,
// Base URLs that are not Seam's, nothing listening) are checked through a running n8n 2.8.4's own credential test
// (`POST /rest/credentials/test`) in `npm run test:e2e`; the credential's `authenticate` on the node's own requests
// in test/transport.test.ts and test/reliability/hostileBaseUrl.test.ts.
describe('Seam API credential', () => {
	test('the API key field is a password field and required', () => {
		const apiKey = new SeamApi().properties.find((property) => property.name === 'apiKey');
		expect(apiKey).toEqual(expect.objectContaining({ required: true, typeOptions: { password: true } }));
	});
});

/**
 * The request half of n8n's credential test, as n8n's CredentialsTester makes it: the credential's `test.request` as
 * the routing of a one-property node, run by n8n-core's RoutingNode in an ExecuteContext without a Stop signal. What
 * the user then reads (the rules, n8n's messages) is the e2e's to check; this checks where the key goes.
 */
async function testRequest(data: ICredentialDataDecryptedObject) {
	const credential = new SeamApi();
	const nodeType: INodeType = {
		description: {
			displayName: 'Temp',
			name: 'temp',
			group: [],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: 'seamApi', required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: credential.test.request }, default: '' }],
		},
	};
	const node: INode = { id: 'temp', name: 'Temp-Node', type: 'temp', typeVersion: 1, position: [0, 0], parameters: {}, credentials: { seamApi: { id: '1', name: 'Seam' } } };
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) },
	});
	const hooks = new ExecutionLifecycleHooks('internal', 'credential-test', { id: 'w', name: 'w', nodes: [node], connections: {} } as never);
	const additionalData = additionalDataFor(hooks, data as never);
	const runData = { resultData: { runData: {} } } as unknown as IRunExecutionData;
	const context = new ExecuteContext(workflow, node, additionalData, 'internal', runData, 0, [], { main: [[{ json: {} }]] }, { node, data: {}, source: null }, []);
	return await new RoutingNode(context, nodeType, { id: '1', name: 'Seam', type: 'seamApi', data }).runNode();
}

describe('Seam API credential · Test button: the key goes where the node sends it, no further', () => {
	const apiKey = 'seam_credential_test_key_1';

	test('a Base URL redirecting to another host: not followed, that host sees nothing', async () => {
		const { redirecting, otherHost, close } = await redirectToAnotherHost(307, { workspace: { workspace_id: 'w' }, ok: true });
		try {
			const answer = await testRequest({ apiKey, baseUrl: redirecting.url, workspaceId: '' });

			expect(redirecting.received.map((request) => request.headers.authorization)).toEqual([`Bearer ${apiKey}`]);
			expect(otherHost.received).toEqual([]);
			// No workspace in the answer: the credential's last rule says the Base URL is not Seam's API.
			expect(answer?.[0][0].json).not.toHaveProperty('workspace');
		} finally {
			await close();
		}
	});

	test('an http:// Base URL beyond this machine: refused before sending, with the message n8n shows', async () => {
		await expect(testRequest({ apiKey, baseUrl: 'http://seam-proxy.example.com', workspaceId: '' })).rejects.toThrow(
			'The Base URL in the Seam API credential starts with http://, which would send the API key unencrypted: use https:// (only a local address such as http://localhost may use http://)',
		);
	});

	test('a server trickling its answer: the test ends at the time limit', async () => {
		const limit = jest.replaceProperty(LIMITS, 'attemptMs', 1000);
		const trickling = await tricklingServer();
		const started = Date.now();
		try {
			await expect(testRequest({ apiKey, baseUrl: trickling.url, workspaceId: '' })).rejects.toThrow('canceled');
			expect(Date.now() - started).toBeLessThan(3000);
		} finally {
			limit.restore();
			await trickling.close();
		}
	});
});

import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialType,
	IExecuteData,
	INode,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	INodeTypes,
} from 'n8n-workflow';
import { Workflow, createRunExecutionData } from 'n8n-workflow';

import { SeamApi } from '../../credentials/SeamApi.credentials';
import { TestCredentialsHelper } from './credentials-helper';

/** lodash's `get` for a dot path, as n8n reads a rule's `key`. */
function valueAt(root: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key]), root);
}

/**
 * The credential's Test button as n8n 2.8.4 runs it: `CredentialsTester.testCredentials` (packages/cli,
 * credentials-tester.service.ts) for a credential with a `test` request. The request goes through n8n-core's real
 * `ExecuteContext` and `RoutingNode` (expressions resolved with `$credentials`, the credential's `authenticate`,
 * axios); what the user sees is decided by the same steps, copied from n8n: an HTTP error is looked up in the
 * `responseCode` rules through `error.cause.response`, then "the status text" or the error's own message; a success
 * is checked against the `responseSuccessBody` rules in order; otherwise "Connection successful!".
 */
export async function testCredentialAsN8n(
	data: ICredentialDataDecryptedObject,
	credentialType: ICredentialType = new SeamApi(),
): Promise<INodeCredentialTestResult> {
	const testRequest = credentialType.test!;
	const credentialsDecrypted: ICredentialsDecrypted = { id: '1', name: 'Seam account', type: credentialType.name, data };
	const nodeType: INodeType = {
		description: {
			displayName: 'No Operation, do nothing',
			name: 'n8n-nodes-base.noOp',
			group: ['organization'],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType.name, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: testRequest.request }, default: '' }],
		},
	};
	const node: INode = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: nodeType.description.name,
		typeVersion: 1,
		position: [0, 0],
		credentials: { [credentialType.name]: { id: credentialsDecrypted.id, name: credentialsDecrypted.name } },
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper({ [credentialType.name]: credentialType }, { [credentialType.name]: data }),
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		variables: {},
		userId: 'test-user',
	} as never;
	const runExecutionData = createRunExecutionData();
	const executeData: IExecuteData = { node, data: {}, source: null };
	const context = new ExecuteContext(workflow, node, additionalData, 'internal', runExecutionData, 0, [], { main: [[{ json: {} }]] }, executeData, []);
	const routingNode = new RoutingNode(context, nodeType, credentialsDecrypted);

	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await routingNode.runNode();
	} catch (caught) {
		// n8n's credentials tester reads these fields of whatever the request threw.
		const error = caught as Error & { cause?: { response?: { status: number; statusText: string }; code?: string } };
		if (error.cause?.response) {
			const statusCode = error.cause.response.status;
			const statusMessage = error.cause.response.statusText;
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && statusCode === rule.properties.value) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			if (statusCode < 199 || statusCode > 299) {
				return { status: 'Error', message: statusMessage || `Received HTTP status code: ${statusCode}` };
			}
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: error.message.toString() };
	}
	for (const rule of testRequest.rules ?? []) {
		if (rule.type === 'responseSuccessBody' && valueAt(response![0][0].json, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

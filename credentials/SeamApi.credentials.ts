import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { INSECURE_BASE_URL_MESSAGE, isInsecureUrl } from '../nodes/shared/transport/baseUrl';
import { LIMITS } from '../nodes/shared/transport/limits';

export class SeamApi implements ICredentialType {
	name = 'seamApi';

	displayName = 'Seam API';

	icon: Icon = { light: 'file:../icons/seam.svg', dark: 'file:../icons/seam.dark.svg' };

	documentationUrl = 'https://docs.seam.co/latest/core-concepts/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'seam_...',
			description:
				'Your Seam API key, created in the Seam Console under Developer > API Keys. It starts with "seam_".',
		},
		{
			displayName: 'Workspace ID',
			name: 'workspaceId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 4d1a9a5e-...',
			description:
				'Only needed for a personal access token (a key starting with "seam_at"): the ID of the Seam workspace to act in. Leave empty for a workspace API key.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://connect.getseam.com',
			description:
				'Where the Seam API lives. Keep the default unless Seam gave you another address or you test against a local Seam sandbox. It must start with https:// (only a local address such as http://localhost may use http://).',
		},
	];

	// A function rather than a generic header map: the workspace header must be absent, not empty, for workspace keys.
	// It is also the one place the key is put on a request, the node's and the Test button's alike, so it sets how the
	// key travels: never unencrypted beyond this machine or its private network, never after a redirect (n8n would
	// re-send it to the other host), and within LIMITS.attemptMs (n8n's own timeout only ends silence). n8n has
	// already put the execution's Stop signal in `abortSignal`; the time limit is added to it.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		if (isInsecureUrl(`${requestOptions.baseURL ?? ''}${requestOptions.url}`)) throw new Error(INSECURE_BASE_URL_MESSAGE);
		const headers: Record<string, string> = {
			...(requestOptions.headers as Record<string, string> | undefined),
			Authorization: `Bearer ${credentials.apiKey as string}`,
		};
		const workspaceId = String(credentials.workspaceId ?? '').trim();
		if (workspaceId) headers['seam-workspace'] = workspaceId;
		const timeLimit = AbortSignal.timeout(LIMITS.attemptMs);
		const stop = requestOptions.abortSignal as AbortSignal | undefined;
		return {
			...requestOptions,
			headers,
			disableFollowRedirect: true,
			abortSignal: stop ? AbortSignal.any([stop, timeLimit]) : timeLimit,
		};
	}

	// n8n 2.8 never applies `responseCode` rules (its errors lose the HTTP response before the rules are read) and
	// shows its generic "Authorization failed" instead (`npm run test:e2e` shows it with n8n's own Vertica credential).
	// So every answer comes back as a body (ignoreHttpStatusErrors) and `responseSuccessBody` rules, checked in order,
	// name the cause; rule messages are fixed text: n8n cannot put Seam's own message in them.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{($credentials.baseUrl || "https://connect.getseam.com").replace(/\\/+$/, "")}}',
			url: '/workspaces/get',
			method: 'POST',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error.type',
					value: 'unauthorized',
					message:
						'Seam refused the API key: it is wrong, revoked or from another workspace. Check it in Seam Console → Developer → API Keys (it starts with "seam_"); a personal access token ("seam_at…") also needs the Workspace ID of a workspace it can use.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error.type',
					value: 'missing_workspace_id',
					message:
						'This key is a personal access token ("seam_at…"): fill in Workspace ID with the ID of the Seam workspace to work in, or use a workspace API key from Seam Console → Developer → API Keys.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ok',
					value: false,
					message:
						'Seam answered the test with an error instead of the workspace. Check the API key (Seam Console → Developer → API Keys), the Workspace ID (only for a personal access token) and the Base URL; if they are right, Seam may be busy: try again in a minute.',
				},
			},
			{
				// Anything without a workspace is not Seam's answer to workspaces/get: a 404 page, a proxy, another API.
				type: 'responseSuccessBody',
				properties: {
					key: 'workspace',
					value: undefined,
					message:
						'The Base URL is not Seam\'s API: it did not answer as Seam does. Keep https://connect.getseam.com unless Seam gave you another address (nothing after the host name).',
				},
			},
		],
	};
}

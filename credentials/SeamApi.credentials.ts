import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

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
				'Where the Seam API lives. Keep the default unless Seam gave you another address or you test against a local Seam sandbox.',
		},
	];

	// A function rather than a generic header map: the workspace header must be absent, not empty, for workspace keys.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers: Record<string, string> = {
			...(requestOptions.headers as Record<string, string> | undefined),
			Authorization: `Bearer ${credentials.apiKey as string}`,
		};
		const workspaceId = String(credentials.workspaceId ?? '').trim();
		if (workspaceId) headers['seam-workspace'] = workspaceId;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{($credentials.baseUrl || "https://connect.getseam.com").replace(/\\/+$/, "")}}',
			url: '/workspaces/get',
			method: 'POST',
		},
	};
}

import type { IncomingHttpHeaders } from 'node:http';

import { badRequest, unauthorized } from './errors';
import { SANDBOX_API_KEY, SANDBOX_PERSONAL_ACCESS_TOKEN } from './seed';

/**
 * Authenticates a request as Seam does, returning its workspace id: an API key belongs to its
 * workspace; a personal access token (`seam_at…`) names the workspace in `seam-workspace`.
 */
export function authenticate(headers: IncomingHttpHeaders, workspaceId: string): string {
	const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
	if (!match) throw unauthorized();
	const token = match[1];
	if (token.startsWith('seam_at')) {
		if (token !== SANDBOX_PERSONAL_ACCESS_TOKEN) throw unauthorized('Access token not found');
		const workspaceHeader = headers['seam-workspace'];
		// What Seam's own fake (@seamapi/fake-seam-connect) answers for a personal access token without a workspace.
		if (typeof workspaceHeader !== 'string' || workspaceHeader === '') {
			throw badRequest('missing_workspace_id', 'When using access token authentication, you must provide the Seam-Workspace header');
		}
		if (workspaceHeader !== workspaceId) throw unauthorized('Workspace not found');
		return workspaceId;
	}
	if (token !== SANDBOX_API_KEY) throw unauthorized();
	return workspaceId;
}

import { join } from 'node:path';

import { freePort, startService, waitFor, type Service } from './processes';

/** The Seam sandbox (`sandbox/cli.ts`) as a separate process, driven over HTTP like any Seam client would. */
export class SandboxProcess {
	private constructor(
		readonly service: Service,
		readonly url: string,
		readonly apiKey: string,
		/** The workspace's personal access token (`seam_at…`): it needs `workspaceId` as the `seam-workspace` header. */
		readonly personalAccessToken: string,
		readonly workspaceId: string,
	) {}

	/** Starts the sandbox with its clock at the real time, so that bookings "from tomorrow" are in the future. */
	static async start(repoRoot: string, logFolder: string): Promise<SandboxProcess> {
		const port = await freePort();
		// `node --import tsx` keeps it to one process (no npx/tsx wrapper), so stopping its PID stops it.
		const service = startService(
			'sandbox',
			process.execPath,
			// No --now: the sandbox follows real time, as Seam does, and n8n compares its timestamps with its own clock.
			['--import', 'tsx', join(repoRoot, 'sandbox', 'cli.ts'), '--port', String(port)],
			{ cwd: repoRoot, logFile: join(logFolder, 'sandbox.log') },
		);
		const url = `http://127.0.0.1:${port}`;
		const info = await waitFor('the Seam sandbox', async () => {
			const response = await fetch(`${url}/_sandbox`);
			return response.ok
				? ((await response.json()) as { api_key: string; personal_access_token: string; workspace_id: string })
				: undefined;
		}, { service });
		return new SandboxProcess(service, url, info.api_key, info.personal_access_token, info.workspace_id);
	}

	/** A Seam API call, as the Seam node makes it: `POST /<route>` with the workspace's API key. */
	async api<T = Record<string, unknown>>(route: string, body: Record<string, unknown> = {}): Promise<T> {
		const response = await fetch(`${this.url}/${route}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		const json = (await response.json()) as T & { ok: boolean };
		if (!response.ok) throw new Error(`Seam sandbox ${route} answered ${response.status}: ${JSON.stringify(json)}`);
		return json;
	}

	/** A sandbox control route (`/_sandbox/<path>`). */
	async control<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}/_sandbox/${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const json = (await response.json()) as T;
		if (!response.ok) throw new Error(`Sandbox control ${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
		return json;
	}

	/**
	 * What Seam knows about the person with this `user_identity_key`, read through the API: the identity (or null),
	 * their ACS users with the names of their access groups, their credentials, and their access grants with the
	 * names of their entrances and their access methods.
	 */
	async person(userIdentityKey: string): Promise<PersonState> {
		const found = await fetch(`${this.url}/user_identities/get`, {
			method: 'POST',
			headers: { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify({ user_identity_key: userIdentityKey }),
		});
		if (found.status === 404) return { identity: null, acsUsers: [], credentials: [], accessGrants: [] };
		const { user_identity: identity } = (await found.json()) as { user_identity: SeamObject };
		const byIdentity = { user_identity_id: identity.user_identity_id };
		const [{ acs_users: users }, { acs_credentials: credentials }, accessGrants] = await Promise.all([
			this.api<{ acs_users: SeamObject[] }>('acs/users/list', byIdentity),
			this.api<{ acs_credentials: SeamObject[] }>('acs/credentials/list', byIdentity),
			this.accessGrants(byIdentity),
		]);
		const acsUsers = await Promise.all(
			users.map(async (user) => {
				const { acs_access_groups: groups } = await this.api<{ acs_access_groups: SeamObject[] }>('acs/access_groups/list', {
					acs_user_id: user.acs_user_id,
				});
				return { ...user, access_group_names: groups.map((group) => String(group.name)).sort() };
			}),
		);
		return { identity, acsUsers, credentials, accessGrants };
	}

	/** Access grants (`access_grants/list` filters, e.g. `reservation_key`), each with its entrances' names and its access methods. */
	async accessGrants(filters: Record<string, unknown>): Promise<GrantState[]> {
		const { access_grants: grants } = await this.api<{ access_grants: SeamObject[] }>('access_grants/list', filters);
		return await Promise.all(
			grants.map(async (grant) => {
				const { batch } = await this.api<{ batch: { acs_entrances: SeamObject[]; access_methods: SeamObject[] } }>('access_grants/get_related', {
					access_grant_ids: [grant.access_grant_id],
					include: ['acs_entrances', 'access_methods'],
				});
				return {
					...grant,
					entrance_names: batch.acs_entrances.map((entrance) => String(entrance.display_name)).sort(),
					access_methods: batch.access_methods,
				};
			}),
		);
	}

	/** The Seam calls received since the log was last cleared, in order: route (`acs/users/create`, …), parameters, status. */
	async requests(): Promise<LoggedRequest[]> {
		return (await this.control<{ requests: LoggedRequest[] }>('GET', 'requests')).requests;
	}

	/** The routes of those calls. */
	async requestedRoutes(): Promise<string[]> {
		return (await this.requests()).map((request) => request.route);
	}

	/** Of those calls, the ones that create or change something (`…/get_related` is a read). */
	async writeRequests(): Promise<LoggedRequest[]> {
		return (await this.requests()).filter((request) => !/\/(get|list|get_related)$|\/list_/.test(request.route));
	}

	/** Their routes. */
	async writtenRoutes(): Promise<string[]> {
		return (await this.writeRequests()).map((request) => request.route);
	}

	async clearRequests(): Promise<void> {
		await this.control('DELETE', 'requests');
	}
}

/** One Seam call in the sandbox's request log: query and body parameters merged. */
export interface LoggedRequest {
	route: string;
	body: Record<string, unknown>;
	status: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SeamObject = Record<string, any>;

export interface PersonState {
	identity: SeamObject | null;
	acsUsers: Array<SeamObject & { access_group_names: string[] }>;
	credentials: SeamObject[];
	accessGrants: GrantState[];
}

export type GrantState = SeamObject & { entrance_names: string[]; access_methods: SeamObject[] };

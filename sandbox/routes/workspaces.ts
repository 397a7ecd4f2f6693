import { renderWorkspace } from '../factories';
import type { RouteMap } from '../types';

export const workspaceRoutes = {
	'workspaces/get': ({ store }) => ({ workspace: renderWorkspace(store) }),

	/** The sandbox workspace has no customization profiles (an unreleased Seam feature). */
	'workspaces/customization_profiles/list': () => ({ customization_profiles: [] }),
} satisfies RouteMap;

import type { AnyHandler } from '../types';
import { accessCodeRoutes } from './access-codes';
import { accessGrantRoutes } from './access-grants';
import { accessMethodRoutes } from './access-methods';
import { accessGroupRoutes } from './acs-access-groups';
import { acsCredentialRoutes } from './acs-credentials';
import { acsEncoderRoutes } from './acs-encoders';
import { acsEntranceRoutes } from './acs-entrances';
import { acsSystemRoutes } from './acs-systems';
import { acsUserRoutes } from './acs-users';
import { actionAttemptRoutes } from './action-attempts';
import { clientSessionRoutes } from './client-sessions';
import { connectWebviewRoutes } from './connect-webviews';
import { connectedAccountRoutes } from './connected-accounts';
import { customerRoutes } from './customers';
import { deviceRoutes } from './devices';
import { enrollmentAutomationRoutes } from './enrollment-automations';
import { eventRoutes } from './events';
import { instantKeyRoutes } from './instant-keys';
import { lockRoutes } from './locks';
import { phoneRoutes } from './phones';
import { userIdentityRoutes } from './user-identities';
import { spaceRoutes } from './spaces';
import { webhookRoutes } from './webhooks';
import { workspaceRoutes } from './workspaces';

/** Every implemented route, keyed by route name (`acs/users/create`). */
export const routes: Readonly<Record<string, AnyHandler>> = {
	...workspaceRoutes,
	...acsSystemRoutes,
	...accessGroupRoutes,
	...acsEntranceRoutes,
	...acsUserRoutes,
	...acsCredentialRoutes,
	...userIdentityRoutes,
	...phoneRoutes,
	...eventRoutes,
	...clientSessionRoutes,
	...instantKeyRoutes,
	...accessGrantRoutes,
	...accessMethodRoutes,
	...enrollmentAutomationRoutes,
	...actionAttemptRoutes,
	...webhookRoutes,
	...spaceRoutes,
	...customerRoutes,
	...connectedAccountRoutes,
	...connectWebviewRoutes,
	...deviceRoutes,
	...lockRoutes,
	...accessCodeRoutes,
	...acsEncoderRoutes,
};

/** The handler of a route name, if the sandbox implements it. */
export const routeHandler = (route: string): AnyHandler | undefined =>
	Object.hasOwn(routes, route) ? routes[route] : undefined;

export const implementedRoutes = (): string[] => Object.keys(routes).sort();

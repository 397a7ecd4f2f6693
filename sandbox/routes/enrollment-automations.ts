import { acsUserForIdentity } from '../domain';
import { badRequest, invalidParam, notFound } from '../errors';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import type { EnrollmentAutomationRecord } from '../records';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import type { EnrollmentAutomation } from '../seam-objects';

function render(store: SandboxStore, a: EnrollmentAutomationRecord): EnrollmentAutomation {
	return {
		enrollment_automation_id: a.enrollment_automation_id,
		credential_manager_acs_system_id: a.credential_manager_acs_system_id,
		user_identity_id: a.user_identity_id,
		created_at: a.created_at,
		workspace_id: store.workspace.workspace_id,
	};
}

export const enrollmentAutomationRoutes = {
	/** Enrolls the identity's phones with a credential manager; can create (or link) its user there. */
	'user_identities/enrollment_automations/launch': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		const manager = lookup.acsSystem(store, params.credential_manager_acs_system_id);
		if (!manager.is_credential_manager) {
			throw badRequest('acs_system_not_credential_manager', `${manager.name} is not a credential manager`);
		}
		if (params.create_credential_manager_user && params.credential_manager_acs_user_id !== undefined) {
			const message = 'Cannot specify credential_manager_acs_user_id with create_credential_manager_user';
			throw invalidParam('credential_manager_acs_user_id', message);
		}
		// The sandbox has no credential pools.
		if (params.acs_credential_pool_id !== undefined) {
			throw notFound('acs_credential_pool_not_found', 'ACS credential pool not found');
		}
		if (params.credential_manager_acs_user_id !== undefined) {
			const user = lookup.acsUser(store, params.credential_manager_acs_user_id);
			if (user.acs_system_id !== manager.acs_system_id) lookup.acsUser(store, undefined);
			user.user_identity_id = identity.user_identity_id;
		} else if (params.create_credential_manager_user) {
			acsUserForIdentity(store, identity, manager.acs_system_id);
		}
		const automation: EnrollmentAutomationRecord = {
			...store.stamp(),
			enrollment_automation_id: store.nextId(),
			user_identity_id: identity.user_identity_id,
			credential_manager_acs_system_id: manager.acs_system_id,
		};
		store.enrollmentAutomations.set(automation.enrollment_automation_id, automation);
		return { enrollment_automation: render(store, automation) };
	},

	'user_identities/enrollment_automations/get': ({ store, params }) => ({
		enrollment_automation: render(store, lookup.enrollmentAutomation(store, params.enrollment_automation_id)),
	}),

	'user_identities/enrollment_automations/list': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		const automations = newestFirst(store.enrollmentAutomations.values()).filter(
			(a) => a.user_identity_id === identity.user_identity_id,
		);
		return { enrollment_automations: automations.map((a) => render(store, a)) };
	},

	'user_identities/enrollment_automations/delete': ({ store, params }) => {
		const automation = lookup.enrollmentAutomation(store, params.enrollment_automation_id);
		store.enrollmentAutomations.delete(automation.enrollment_automation_id);
		store.addEvent(
			{ event_type: 'enrollment_automation.deleted', enrollment_automation_id: automation.enrollment_automation_id },
			automation.user_identity_id,
		);
		return {};
	},
} satisfies RouteMap;

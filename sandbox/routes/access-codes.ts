import {
	convertToManaged,
	createAccessCode,
	createMultipleAccessCodes,
	deleteAccessCode,
	generateCode,
	pullBackupAccessCode,
	renderAccessCode,
	renderUnmanagedAccessCode,
	updateAccessCode,
} from '../access-codes';
import { lockOf } from '../devices';
import { invalidParam, notFound } from '../errors';
import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { AccessCodeRecord } from '../records';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import { matchesSearch } from './util';

/** A managed access code by ID (unmanaged ones are `access_codes/unmanaged/*`'s: 404 here). */
function managedCode(store: SandboxStore, id: string | undefined): AccessCodeRecord {
	const code = lookup.accessCode(store, id);
	if (!code.is_managed) lookup.accessCode(store, undefined);
	return code;
}

function unmanagedCode(store: SandboxStore, id: string | undefined): AccessCodeRecord {
	const code = store.accessCodes.get(id ?? '');
	if (code === undefined || code.is_managed) throw notFound('access_code_not_found', 'Unmanaged access code not found');
	return code;
}

/** The codes behind the access methods an `access_codes/list` names by grant ID, grant key or method; undefined: none named. */
function grantCodeIds(
	store: SandboxStore,
	params: { access_grant_id?: string; access_grant_key?: string; access_method_id?: string },
): Set<string> | undefined {
	const { access_grant_id: grantId, access_grant_key: grantKey, access_method_id: methodId } = params;
	if (grantId === undefined && grantKey === undefined && methodId === undefined) return undefined;
	const methods = [...store.accessMethods.values()].filter(
		(m) =>
			(methodId === undefined || m.access_method_id === methodId) &&
			(grantId === undefined || m.access_grant_id === grantId) &&
			(grantKey === undefined || store.accessGrants.get(m.access_grant_id)?.access_grant_key === grantKey),
	);
	return new Set(methods.flatMap((m) => m.access_code_ids));
}

export const accessCodeRoutes = {
	'access_codes/create': ({ store, params }) => {
		const { device_id, sync, ...input } = params;
		return createAccessCode(store, device_id, input, sync);
	},

	'access_codes/create_multiple': ({ store, params }) => {
		const { device_ids, ...input } = params;
		return { access_codes: createMultipleAccessCodes(store, device_ids, input) };
	},

	/** By ID, or by lock and PIN. */
	'access_codes/get': ({ store, params }) => {
		if (params.access_code_id !== undefined) return { access_code: renderAccessCode(store, managedCode(store, params.access_code_id)) };
		if (params.device_id === undefined || params.code === undefined) {
			throw invalidParam('access_code_id', 'Either access_code_id, or device_id and code, must be provided');
		}
		const found = [...store.accessCodes.values()].find(
			(c) => c.is_managed && c.device_id === params.device_id && c.code === params.code,
		);
		return { access_code: renderAccessCode(store, managedCode(store, found?.access_code_id)) };
	},

	/**
	 * The managed codes of a lock, or those named by ID (Seam: "Specify either device_id or access_code_ids"), or
	 * those an access grant (by ID or key) or one of its access methods set on its smart locks.
	 */
	'access_codes/list': ({ store, params, route, baseUrl }) => {
		const ofGrant = grantCodeIds(store, params);
		if (params.device_id === undefined && params.access_code_ids === undefined && ofGrant === undefined) {
			throw invalidParam('device_id', 'Either device_id or access_code_ids must be provided');
		}
		if (params.device_id !== undefined) lookup.device(store, params.device_id);
		const ids = params.access_code_ids;
		const codes = [...store.accessCodes.values()].filter(
			(c) =>
				c.is_managed &&
				(ofGrant === undefined || ofGrant.has(c.access_code_id)) &&
				(params.device_id === undefined || c.device_id === params.device_id) &&
				(ids === undefined || ids.includes(c.access_code_id)) &&
				params.customer_key === undefined &&
				params.user_identifier_key === undefined &&
				matchesSearch(params.search, [c.name, c.code, c.access_code_id]),
		);
		const { page, pagination } = paginate(codes, { params, route, baseUrl });
		return { access_codes: page.map((c) => renderAccessCode(store, c)), pagination };
	},

	'access_codes/update': ({ store, params }) => {
		const { access_code_id, device_id, sync, ...changes } = params;
		const code = managedCode(store, access_code_id);
		if (device_id !== undefined && device_id !== code.device_id) lookup.accessCode(store, undefined);
		if (changes.is_managed === false) {
			code.is_managed = false;
			return { action_attempt: updateAccessCode(store, code, {}, sync) };
		}
		return { action_attempt: updateAccessCode(store, code, changes, sync) };
	},

	'access_codes/delete': ({ store, params }) => {
		const code = managedCode(store, params.access_code_id);
		if (params.device_id !== undefined && params.device_id !== code.device_id) lookup.accessCode(store, undefined);
		return { action_attempt: deleteAccessCode(store, code, params.sync) };
	},

	/** Seam's OpenAPI answers an access code object here (its route types: just `device_id` and `code`): both fit. */
	'access_codes/generate_code': ({ store, params }) => {
		const generated = generateCode(store, params.device_id);
		return { generated_code: { ...generated, code: generated.code ?? '' } };
	},

	'access_codes/pull_backup_access_code': ({ store, params }) => {
		const backup = pullBackupAccessCode(store, managedCode(store, params.access_code_id));
		return { access_code: backup, backup_access_code: backup };
	},

	'access_codes/unmanaged/get': ({ store, params }) => {
		if (params.access_code_id !== undefined) {
			return { access_code: renderUnmanagedAccessCode(store, unmanagedCode(store, params.access_code_id)) };
		}
		const found = [...store.accessCodes.values()].find(
			(c) => !c.is_managed && c.device_id === params.device_id && c.code === params.code,
		);
		return { access_code: renderUnmanagedAccessCode(store, unmanagedCode(store, found?.access_code_id)) };
	},

	/** The codes set on a lock outside Seam (in the brand's app, on the keypad). */
	'access_codes/unmanaged/list': ({ store, params, route, baseUrl }) => {
		const device = lockOf(store, params.device_id);
		const codes = [...store.accessCodes.values()].filter(
			(c) =>
				!c.is_managed &&
				c.device_id === device.device_id &&
				params.user_identifier_key === undefined &&
				matchesSearch(params.search, [c.name, c.code]),
		);
		const { page, pagination } = paginate(codes, { params, route, baseUrl });
		return { access_codes: page.map((c) => renderUnmanagedAccessCode(store, c)), pagination };
	},

	'access_codes/unmanaged/convert_to_managed': ({ store, params }) => {
		const code = unmanagedCode(store, params.access_code_id);
		convertToManaged(store, code, params.is_external_modification_allowed ?? params.allow_external_modification);
		return {};
	},
} satisfies RouteMap;

import { renderEncoder, scanCredential, scanToAssignCredential } from '../encoders';
import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { RouteMap } from '../types';

// `acs/encoders/*` (OpenAPI; docs `docs/api-reference/acs/encoders/`). The simulate routes set what the encoder's
// next encode or scan does, once ("the next attempt … will fail / succeed"); Seam allows them in sandbox
// workspaces only, which this one is.

export const acsEncoderRoutes = {
	'acs/encoders/get': ({ store, params }) => ({
		acs_encoder: renderEncoder(store, lookup.encoder(store, params.acs_encoder_id)),
	}),

	'acs/encoders/list': ({ store, params, route, baseUrl }) => {
		const systemIds = 'acs_system_id' in params ? [params.acs_system_id] : 'acs_system_ids' in params ? params.acs_system_ids : undefined;
		const encoderIds = 'acs_encoder_ids' in params ? params.acs_encoder_ids : undefined;
		const encoders = [...store.encoders.values()].filter(
			(e) =>
				(systemIds === undefined || systemIds.includes(e.acs_system_id)) &&
				(encoderIds === undefined || encoderIds.includes(e.acs_encoder_id)),
		);
		const { page, pagination } = paginate(encoders, { params, route, baseUrl });
		return { acs_encoders: page.map((e) => renderEncoder(store, e)), pagination };
	},

	'acs/encoders/scan_credential': ({ store, params }) => ({
		action_attempt: scanCredential(store, lookup.encoder(store, params.acs_encoder_id)),
	}),

	'acs/encoders/scan_to_assign_credential': ({ store, params }) => ({
		action_attempt: scanToAssignCredential(store, lookup.encoder(store, params.acs_encoder_id), params),
	}),

	'acs/encoders/simulate/next_credential_encode_will_fail': ({ store, params }) => {
		lookup.encoder(store, params.acs_encoder_id).next_encode = {
			outcome: 'fail',
			error_code: params.error_code ?? 'no_credential_on_encoder',
		};
		return {};
	},

	'acs/encoders/simulate/next_credential_encode_will_succeed': ({ store, params }) => {
		lookup.encoder(store, params.acs_encoder_id).next_encode = { outcome: 'succeed', scenario: params.scenario ?? 'credential_is_issued' };
		return {};
	},

	'acs/encoders/simulate/next_credential_scan_will_fail': ({ store, params }) => {
		lookup.encoder(store, params.acs_encoder_id).next_scan = {
			outcome: 'fail',
			error_code: params.error_code ?? 'no_credential_on_encoder',
		};
		return {};
	},

	'acs/encoders/simulate/next_credential_scan_will_succeed': ({ store, params }) => {
		const onSeam = 'acs_credential_id_on_seam' in params ? params.acs_credential_id_on_seam : undefined;
		lookup.encoder(store, params.acs_encoder_id).next_scan = {
			outcome: 'succeed',
			scenario: params.scenario ?? 'credential_exists_on_seam',
			...(onSeam === undefined ? {} : { acs_credential_id_on_seam: lookup.credential(store, onSeam).acs_credential_id }),
		};
		return {};
	},
} satisfies RouteMap;

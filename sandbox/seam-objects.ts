import type { RouteResponse } from '@seamapi/types/connect';

// Seam's resource shapes, as the route types (generated from the same OpenAPI document) declare them.
export type Workspace = RouteResponse<'/workspaces/get'>['workspace'];
export type AcsSystem = RouteResponse<'/acs/systems/get'>['acs_system'];
export type AcsAccessGroup = RouteResponse<'/acs/access_groups/get'>['acs_access_group'];
export type AcsEntrance = RouteResponse<'/acs/entrances/get'>['acs_entrance'];
export type AcsUser = RouteResponse<'/acs/users/get'>['acs_user'];
export type AcsCredential = RouteResponse<'/acs/credentials/get'>['acs_credential'];
export type UserIdentity = RouteResponse<'/user_identities/get'>['user_identity'];
export type Phone = RouteResponse<'/phones/get'>['phone'];
export type SeamEvent = NonNullable<RouteResponse<'/events/get'>['event']>;
export type Pagination = RouteResponse<'/acs/users/list'>['pagination'];
export type ClientSession = RouteResponse<'/client_sessions/get'>['client_session'];
export type InstantKey = RouteResponse<'/instant_keys/get'>['instant_key'];
export type AccessGrant = RouteResponse<'/access_grants/get'>['access_grant'];
export type AccessMethodObject = RouteResponse<'/access_methods/get'>['access_method'];
export type EnrollmentAutomation = RouteResponse<'/user_identities/enrollment_automations/get'>['enrollment_automation'];
export type ActionAttempt = RouteResponse<'/action_attempts/get'>['action_attempt'];
export type AcsEncoder = RouteResponse<'/acs/encoders/get'>['acs_encoder'];

export type AcsSystemExternalType = NonNullable<AcsSystem['external_type']>;
export type AccessMethod = AcsCredential['access_method'];
export type SeamEventType = SeamEvent['event_type'];

// Smart locks: devices, access codes, connected accounts and Connect Webviews.
export type Device = RouteResponse<'/devices/get'>['device'];
export type DeviceType = Device['device_type'];
export type AccessCode = RouteResponse<'/access_codes/get'>['access_code'];
export type UnmanagedAccessCode = RouteResponse<'/access_codes/unmanaged/get'>['access_code'];
export type ConnectedAccount = RouteResponse<'/connected_accounts/get'>['connected_account'];
export type ConnectWebview = RouteResponse<'/connect_webviews/get'>['connect_webview'];
export type Space = RouteResponse<'/spaces/get'>['space'];

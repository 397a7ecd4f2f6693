import type { RouteRequestBody, RouteResponse, Routes } from '@seamapi/types/connect';
import type { IDataObject } from 'n8n-workflow';

import type { RESPONSE_KEYS } from './responseKeys';

// Seam's own types of each route (`@seamapi/types`, a devDependency): type-only imports, so nothing of them ships
// and nothing is required at run time. The transport types a request by its route with these.

type RouteName<Path> = Path extends `/${infer Route}` ? Route : never;

/** A route the node may call, as it names them: `acs/users/create` (every workspace route of Seam's document). */
export type SeamRoute = keyof typeof RESPONSE_KEYS & RouteName<keyof Routes>;

/** What a route takes: Seam's parameters of it (`access_grants/create` → its grant, person and access methods). */
export type SeamBody<R extends SeamRoute> = RouteRequestBody<`/${R}`>;

/** A parameter name of a route, in any of its forms (`access_methods/delete` takes an access method or a grant). */
export type SeamParameter<R extends SeamRoute> = SeamBody<R> extends infer Body ? (Body extends unknown ? keyof Body & string : never) : never;

type AnswerKey<R extends SeamRoute> = (typeof RESPONSE_KEYS)[R];

/**
 * What the transport answers for a route: Seam's object or list under the route's response key (`access_grants/get`
 * → the access grant); nothing for routes that answer only `ok`.
 */
export type SeamAnswer<R extends SeamRoute> =
	AnswerKey<R> extends keyof RouteResponse<`/${R}`> ? RouteResponse<`/${R}`>[AnswerKey<R>] : Record<string, never>;

/** One object of a list route's answer (`acs/entrances/list` → an entrance). */
export type SeamItem<R extends SeamRoute> = SeamAnswer<R> extends ReadonlyArray<infer Item> ? Item : never;

/** A request to a route written in the code: its body is Seam's parameters of that route. */
export interface SeamRouteRequest<R extends SeamRoute> {
	route: R;
	body?: SeamBody<R>;
	/** The input item this request is made for: errors point the user at it. */
	itemIndex?: number;
}

/** Whether the code does not type a value: read from n8n parameters or an untyped answer (IDataObject or a value of one). */
type IsUntyped<V> = 0 extends 1 & V ? true : unknown extends V ? true : IDataObject extends V ? true : IDataObject[] extends V ? true : false;

/** The type Seam gives a parameter of a route, in whichever of the route's forms has it. */
type ParameterType<R extends SeamRoute, Name> =
	SeamBody<R> extends infer Body ? (Body extends unknown ? (Name extends keyof Body ? Body[Name] : never) : never) : never;

/** Whether a body has a value the code does not type. */
type HasUntyped<B> = true extends { [Name in keyof B]-?: IsUntyped<B[Name]> }[keyof B] ? true : false;

/**
 * A body with untyped values, checked against its route: every name must be Seam's, every typed value of Seam's
 * type; untyped values go as they are. A whole IDataObject (n8n parameters) is sent as it is. A body whose values are
 * all typed is not one: it is Seam's parameters of the route (SeamRouteRequest), or an error.
 */
type CheckedBody<R extends SeamRoute, B> = string extends keyof B
	? unknown
	: HasUntyped<B> extends true
		? { [Name in keyof B]: Name extends SeamParameter<R> ? (IsUntyped<B[Name]> extends true ? B[Name] : ParameterType<R, Name>) : never }
		: never;

/**
 * A request whose values are not all typed: a route chosen at run time (the operation factories, `removeEach`), or a
 * body with values read from n8n parameters or untyped answers. Its answer is not typed either (IDataObject).
 */
export interface UntypedRequest<R extends string, B extends object> {
	route: R;
	body?: B & (R extends SeamRoute ? CheckedBody<R, B> : unknown);
	itemIndex?: number;
}

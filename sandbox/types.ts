import type { RouteRequestBody, RouteResponse, Routes } from '@seamapi/types/connect';

import type { SandboxStore } from './store';

/** Seam's route paths, e.g. `/acs/users/create`. */
export type RoutePath = keyof Routes;
type StripSlash<P> = P extends `/${infer Name}` ? Name : never;
/** Seam's route names as the sandbox keys them, e.g. `acs/users/create`. */
export type RouteName = StripSlash<RoutePath>;
type PathOf<N extends RouteName> = Extract<`/${N}`, RoutePath>;

/** The validated parameters of a route: its JSON body and common parameters. */
export type Params<N extends RouteName> = RouteRequestBody<PathOf<N>>;
/** The route's success response, without `ok` (the server adds it). */
export type Response<N extends RouteName> = RouteResponse<PathOf<N>>;

export interface HandlerContext<P> {
	params: P;
	store: SandboxStore;
	/** Workspace the request authenticated into. */
	workspaceId: string;
	/** e.g. `acs/users/list` */
	route: string;
	/** The sandbox's base URL, e.g. `http://127.0.0.1:4010`. */
	baseUrl: string;
}

export type Handler<N extends RouteName> = (ctx: HandlerContext<Params<N>>) => Response<N>;

/** A resource's handlers, keyed by route name; `satisfies RouteMap` types each handler. */
export type RouteMap = { [N in RouteName]?: Handler<N> };

export type AnyHandler = (ctx: HandlerContext<any>) => object;

/** A minimal HTTP client for the sandbox, for tests, the demo and scripts. */

export interface CallOptions {
	/** Default POST with a JSON body; GET and DELETE send the parameters as a query string. */
	method?: string;
	/** Bearer token; default the API key given to {@link sandboxClient}; `null` sends none. */
	token?: string | null;
	headers?: Record<string, string>;
}

export interface CallResult<T = Record<string, unknown>> {
	status: number;
	headers: Headers;
	body: T;
}

export interface SandboxClient {
	call<T = any>(route: string, params?: Record<string, unknown>, options?: CallOptions): Promise<CallResult<T>>;
}

export function sandboxClient(target: { url: string; apiKey: string }): SandboxClient {
	return {
		async call(route, params = {}, options = {}) {
			const method = (options.method ?? 'POST').toUpperCase();
			const usesQuery = method === 'GET' || method === 'DELETE';
			const url = new URL(`${target.url}/${route.replace(/^\//, '')}`);
			if (usesQuery) for (const [key, value] of Object.entries(params)) appendQuery(url.searchParams, key, value);
			const token = options.token === undefined ? target.apiKey : options.token;
			const response = await fetch(url, {
				method,
				headers: {
					...(token === null ? {} : { authorization: `Bearer ${token}` }),
					...(usesQuery ? {} : { 'content-type': 'application/json' }),
					...options.headers,
				},
				body: usesQuery ? undefined : JSON.stringify(params),
			});
			const text = await response.text();
			return { status: response.status, headers: response.headers, body: text === '' ? {} : JSON.parse(text) };
		},
	};
}

function appendQuery(search: URLSearchParams, key: string, value: unknown): void {
	if (value === undefined) return;
	if (Array.isArray(value)) {
		if (value.length === 0) search.append(key, '');
		for (const item of value) search.append(key, String(item));
	} else if (typeof value === 'object' && value !== null) {
		for (const [sub, item] of Object.entries(value)) appendQuery(search, `${key}.${sub}`, item);
	} else {
		search.append(key, value === null ? '' : String(value));
	}
}

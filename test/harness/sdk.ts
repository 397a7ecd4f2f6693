import type * as SeamSdk from 'seam';

/**
 * Seam's official SDK. `seam` is ESM-only. Jest (CommonJS) cannot import() it without --experimental-vm-modules,
 * and jest's own require cannot parse ESM; Node's native require can (require(esm), Node >= 20.19), so it is
 * loaded through Node's real `module.createRequire`, outside jest's module registry.
 */
export function loadSeam(): typeof SeamSdk {
	const { createRequire } = process.getBuiltinModule('node:module');
	return createRequire(__filename)('seam') as typeof SeamSdk;
}

/** The official SDK pointed at a sandbox: what a Seam developer would see after a workflow ran. */
export function seamSdkFor(target: { url: string; apiKey: string }): SeamSdk.Seam {
	const { Seam } = loadSeam();
	return new Seam({ endpoint: target.url, apiKey: target.apiKey, axiosRetryOptions: { retries: 0 } });
}

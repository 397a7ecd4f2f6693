import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Seam signs webhook deliveries with Svix: `svix-signature` holds space-separated `v1,<base64>` signatures,
 * each an HMAC-SHA256 of `<svix-id>.<svix-timestamp>.<raw body>` keyed with the base64-decoded part of the
 * `whsec_…` secret. Deliveries older or newer than 5 minutes are refused, so a captured one cannot be replayed later.
 */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

const SECRET_PREFIX = 'whsec_';

export interface SvixHeaders {
	id?: string;
	timestamp?: string;
	signature?: string;
}

export type Verification =
	| { valid: true; id: string }
	| { valid: false; reason: 'unsigned' | 'malformed' | 'stale' | 'forged' };

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** The Svix headers of a request (Node lower-cases header names); `webhook-*` is Svix's newer spelling. */
export function svixHeadersOf(headers: HeaderBag): SvixHeaders {
	return {
		id: header(headers, 'svix-id') ?? header(headers, 'webhook-id'),
		timestamp: header(headers, 'svix-timestamp') ?? header(headers, 'webhook-timestamp'),
		signature: header(headers, 'svix-signature') ?? header(headers, 'webhook-signature'),
	};
}

function signingKey(secret: string): Buffer {
	return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** Checks a delivery against the webhook's secret, on the exact bytes received. Never throws. */
export function verifySvixSignature(
	secret: string,
	headers: SvixHeaders,
	rawBody: Buffer,
	nowSeconds: number,
): Verification {
	const { id, timestamp, signature } = headers;
	if (!id || !timestamp || !signature) return { valid: false, reason: 'unsigned' };
	if (!/^\d{1,12}$/.test(timestamp)) return { valid: false, reason: 'malformed' };
	if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return { valid: false, reason: 'stale' };

	const expected = createHmac('sha256', signingKey(secret)).update(`${id}.${timestamp}.`).update(rawBody).digest();
	const matches = signature.split(' ').some((entry) => {
		const [version, encoded] = entry.split(',', 2);
		if (version !== 'v1' || !encoded) return false;
		const given = Buffer.from(encoded, 'base64');
		return given.length === expected.length && timingSafeEqual(given, expected);
	});
	return matches ? { valid: true, id } : { valid: false, reason: 'forged' };
}

import { createHash, createHmac } from 'node:crypto';

// Seam sends its webhooks through Svix: each delivery carries `svix-id`, `svix-timestamp` and
// `svix-signature` headers, the signature being `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`
// keyed with the base64-decoded part of the `whsec_…` secret.

const SECRET_PREFIX = 'whsec_';

/** A webhook secret as Seam hands it out (`whsec_` + base64 of 24 bytes), derived from `seed`. */
export function webhookSecret(seed: string): string {
	const key = createHash('sha256').update(`seam-sandbox:webhook-secret:${seed}`).digest().subarray(0, 24);
	return `${SECRET_PREFIX}${key.toString('base64')}`;
}

/** The `v1,<base64>` signature of one delivery. */
export function svixSignature(secret: string, id: string, timestamp: number, body: string): string {
	const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
	const digest = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
	return `v1,${digest}`;
}

/** The three Svix headers of a delivery signed with `secret` at `timestamp` (Unix seconds). */
export function svixHeaders(secret: string, id: string, timestamp: number, body: string): Record<string, string> {
	return {
		'svix-id': id,
		'svix-timestamp': String(timestamp),
		'svix-signature': svixSignature(secret, id, timestamp, body),
	};
}

/** Svix's message id for an event: the same for every attempt and every endpoint. */
export const svixMessageId = (eventId: string): string =>
	`msg_${createHash('sha256').update(`seam-sandbox:svix:${eventId}`).digest('hex').slice(0, 27)}`;

/** Wall-clock Unix seconds: receivers check the timestamp against their own clock, not the sandbox's. */
export const unixSeconds = (now = Date.now()): number => Math.floor(now / 1000);

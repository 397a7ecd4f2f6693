import { createHash } from 'node:crypto';

/**
 * A UUID shaped like a v4 UUID (version nibble 4, RFC 4122 variant), derived from
 * `seed` with SHA-256, so the same seed gives the same id in every run.
 */
export function deterministicUuid(seed: string): string {
	const hex = createHash('sha256').update(seed).digest('hex');
	const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	return [
		hex.slice(0, 8),
		hex.slice(8, 12),
		`4${hex.slice(13, 16)}`,
		`${variant}${hex.slice(17, 20)}`,
		hex.slice(20, 32),
	].join('-');
}

/** Well-known ids of seeded objects: stable, and distinct from counter-made ids. */
export const seedId = (name: string): string => deterministicUuid(`seam-sandbox:seed:${name}`);

/** Ids of objects created while the sandbox runs: the n-th id after a reset. */
export const counterId = (n: number): string => deterministicUuid(`seam-sandbox:id:${n}`);

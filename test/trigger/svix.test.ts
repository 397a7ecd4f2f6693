import type * as Svix from 'svix';

import { SIGNATURE_TOLERANCE_SECONDS, svixHeadersOf, verifySvixSignature } from '../../nodes/SeamTrigger/svix';

// The trigger's Svix check against signatures made by Svix's own library (what Seam uses to sign).

function loadSvix(): typeof Svix {
	const { createRequire } = process.getBuiltinModule('node:module');
	return createRequire(__filename)('svix') as typeof Svix;
}

const { Webhook } = loadSvix();
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER_SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
const NOW = 1_736_942_400; // 2025-01-15T12:00:00Z
const BODY = '{"event_type" : "acs_credential.issued",\n "event_id":"e-1"}';

function signed(secret = SECRET, at = NOW, body = BODY) {
	const id = 'msg_2a1b3c';
	return { id, timestamp: String(at), signature: new Webhook(secret).sign(id, new Date(at * 1000), body) };
}

const verify = (headers: ReturnType<typeof signed>, body = BODY, secret = SECRET, now = NOW) =>
	verifySvixSignature(secret, headers, Buffer.from(body, 'utf8'), now);

test("accepts Svix's signature of the exact bytes", () => {
	expect(verify(signed())).toEqual({ valid: true, id: 'msg_2a1b3c' });
	expect(verify(signed(), BODY, SECRET.slice('whsec_'.length))).toMatchObject({ valid: true });
});

test('refuses another secret, or any change to id, timestamp or body', () => {
	expect(verify(signed(OTHER_SECRET))).toEqual({ valid: false, reason: 'forged' });
	expect(verify({ ...signed(), id: 'msg_other' })).toEqual({ valid: false, reason: 'forged' });
	expect(verify({ ...signed(), timestamp: String(NOW + 1) })).toEqual({ valid: false, reason: 'forged' });
	expect(verify(signed(), JSON.stringify(JSON.parse(BODY)))).toEqual({ valid: false, reason: 'forged' });
});

test('accepts one valid signature among several (secret rotation), and ignores other versions', () => {
	const good = signed();
	const other = signed(OTHER_SECRET).signature;
	expect(verify({ ...good, signature: `${other} ${good.signature}` })).toMatchObject({ valid: true });
	expect(verify({ ...good, signature: good.signature.replace(/^v1,/, 'v2,') })).toEqual({ valid: false, reason: 'forged' });
	expect(verify({ ...good, signature: 'v1,not base64!' })).toEqual({ valid: false, reason: 'forged' });
});

test(`refuses deliveries more than ${SIGNATURE_TOLERANCE_SECONDS} seconds from now, either way`, () => {
	expect(verify(signed(SECRET, NOW - SIGNATURE_TOLERANCE_SECONDS))).toMatchObject({ valid: true });
	expect(verify(signed(SECRET, NOW + SIGNATURE_TOLERANCE_SECONDS))).toMatchObject({ valid: true });
	expect(verify(signed(SECRET, NOW - SIGNATURE_TOLERANCE_SECONDS - 1))).toEqual({ valid: false, reason: 'stale' });
	expect(verify(signed(SECRET, NOW + SIGNATURE_TOLERANCE_SECONDS + 1))).toEqual({ valid: false, reason: 'stale' });
});

test('refuses missing or unreadable headers', () => {
	expect(verify({ ...signed(), signature: '' })).toEqual({ valid: false, reason: 'unsigned' });
	expect(verify({ ...signed(), timestamp: '2025-01-15T12:00:00Z' })).toEqual({ valid: false, reason: 'malformed' });
});

test('reads svix-* headers, and the webhook-* spelling', () => {
	expect(svixHeadersOf({ 'svix-id': 'a', 'svix-timestamp': '1', 'svix-signature': ['v1,x'] })).toEqual({ id: 'a', timestamp: '1', signature: 'v1,x' });
	expect(svixHeadersOf({ 'webhook-id': 'b', 'webhook-timestamp': '2', 'webhook-signature': 'v1,y' })).toEqual({ id: 'b', timestamp: '2', signature: 'v1,y' });
});

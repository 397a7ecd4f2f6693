import { SEED } from '../../sandbox';
import { useSandbox } from '../harness/sandbox';
import { WebhookTrigger } from '../harness/webhook-trigger';
import { guardConsoleAgainstSecrets } from './secrets';

// Forged, stale, unsigned, malformed and replayed deliveries are covered in test/trigger/seamTrigger.test.ts;
// this adds oversized ones: a body of megabytes is refused and starts nothing, whether forged or signed.

const MEGABYTES = 5;

/** A Seam event padded with a field of several megabytes. */
const oversizedEvent = JSON.stringify({
	event_id: 'e-oversized',
	event_type: 'acs_credential.issued',
	workspace_id: SEED.workspaceId,
	acs_credential_id: SEED.credentials.janeSaltoSpaceCard,
	created_at: '2025-01-15T12:00:00.000Z',
	padding: 'x'.repeat(MEGABYTES * 1024 * 1024),
});

describe(`Seam Trigger · oversized deliveries (${MEGABYTES} MB)`, () => {
	const seam = useSandbox();
	const signingSecrets: string[] = [];
	guardConsoleAgainstSecrets(() => signingSecrets);
	let trigger: WebhookTrigger;

	beforeEach(async () => {
		trigger = await WebhookTrigger.start({ parameters: { events: ['acs_credential.issued'] }, credentials: seam.credentials });
		await trigger.activate();
		signingSecrets.push(trigger.staticData.secret as string);
	});
	afterEach(async () => await trigger.stop());

	test.each(['forged', 'stale', 'unsigned'] as const)('%s: refused, and nothing starts', async (kind) => {
		const result = await seam.sandbox.deliverWebhook({ url: trigger.url(), kind, body: oversizedEvent });
		expect(result.status).toBe(401);
		expect(result.response).not.toContain(trigger.staticData.secret as string);
		expect(trigger.executions).toEqual([]);
	});

	test('signed, but not a Seam event: refused, and nothing starts', async () => {
		const result = await seam.sandbox.deliverWebhook({ url: trigger.url(), body: JSON.stringify({ padding: 'x'.repeat(MEGABYTES * 1024 * 1024) }) });
		expect(result.status).toBe(400);
		expect(trigger.executions).toEqual([]);
	});
});

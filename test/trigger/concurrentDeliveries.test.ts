import { SEED } from '../../sandbox';
import { useSandbox } from '../harness/sandbox';
import { WebhookTrigger } from '../harness/webhook-trigger';

// Issue 22, part 6. n8n's LiveWebhooks (packages/cli/src/webhooks/live-webhooks.ts, n8n 2.x) reads the workflow, static
// data included, from the database when a webhook request arrives, and once the webhook has answered writes the
// static data back whole (WorkflowStaticDataService.saveStaticData: an UPDATE of the column, no merge): last write
// wins. The harness does the same here (`staticDataAsLiveWebhooks`), with the save 100 ms after the node answered so
// that two deliveries arriving together overlap, as they do in n8n while it records the execution.

const event = (id: string) => ({
	event_id: id,
	event_type: 'acs_credential.issued',
	workspace_id: SEED.workspaceId,
	acs_credential_id: SEED.credentials.janeSaltoSpaceCard,
	created_at: '2025-01-15T12:00:00.000Z',
});

describe('Seam Trigger · two deliveries at once, static data saved as n8n saves it', () => {
	const seam = useSandbox();
	let trigger: WebhookTrigger;

	beforeEach(async () => {
		trigger = await WebhookTrigger.start({
			parameters: { events: ['acs_credential.issued'] },
			credentials: seam.credentials,
			staticDataAsLiveWebhooks: { saveAfterMs: 100 },
		});
		await trigger.activate();
	});
	afterEach(async () => await trigger.stop());

	test("each starts one execution; the next delivery writes back a svix-id n8n's save lost; Seam's later retry of either starts nothing", async () => {
		const deliver = (id: string, svixId?: string) =>
			seam.sandbox.deliverWebhook({ url: trigger.url(), event: event(id), ...(svixId ? { svix_id: svixId } : {}) });
		const saved = () => (trigger.staticData.deliveriesSeen as { ids: string[] }).ids;
		const first = await Promise.all([deliver('e-1'), deliver('e-2')]);
		expect(first.map((delivery) => delivery.status)).toEqual([200, 200]);
		expect(trigger.executions.map((items) => items.map((item) => item.json.event_id))).toEqual([['e-1'], ['e-2']]);
		// The next delivery answered here saves every svix-id this process received, one a concurrent save lost included:
		// what a restart or another n8n process reads then holds all three.
		const next = await deliver('e-3');
		expect(saved().sort()).toEqual([...first.map((delivery) => delivery.svix_id), next.svix_id].sort());

		// Seam retries a delivery whose answer it did not get, with the same svix-id: the node still knows both.
		const retries = await Promise.all(first.map(async (delivery, i) => await deliver(`e-${i + 1}`, delivery.svix_id)));
		expect(retries.map((retry) => [retry.status, JSON.parse(retry.response)])).toEqual([
			[200, { message: 'Already received' }],
			[200, { message: 'Already received' }],
		]);
		expect(trigger.executions).toHaveLength(3);
	});

	test('the same delivery twice at once starts one execution', async () => {
		const [a, b] = await Promise.all([
			seam.sandbox.deliverWebhook({ url: trigger.url(), event: event('e-3'), svix_id: 'msg_same' }),
			seam.sandbox.deliverWebhook({ url: trigger.url(), event: event('e-3'), svix_id: 'msg_same' }),
		]);
		expect([a.status, b.status]).toEqual([200, 200]);
		expect(trigger.executions).toHaveLength(1);
	});
});

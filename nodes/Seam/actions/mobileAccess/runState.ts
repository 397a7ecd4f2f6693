import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { DEFAULT_ITEMS_AT_ONCE } from './fields';
import { KeyedQueue } from '../../helpers/keyedQueue';
import { perRun, SharedReads } from '../../helpers/perRun';

/** What the items of one mobile access run share: a queue per person, and system-level reads made once. */
export const runState = perRun(() => ({ people: new KeyedQueue(), reads: new SharedReads(), keyHintShown: false, failed: false }));

/**
 * Runs an item's work in its person's queue (items about the same person one after the other). With Continue On
 * Fail off, once an item has failed, an item still waiting in a queue does not start: the run stops as n8n's nodes
 * do (the router reports the earlier item's failure, so this one's refusal is never shown).
 */
export async function forPerson<T>(context: IExecuteFunctions, handles: string[], work: () => Promise<T>): Promise<T> {
	const state = runState(context);
	const stopOnFailure = !context.continueOnFail();
	return await state.people.run(handles, async () => {
		if (stopOnFailure && state.failed) throw new NodeOperationError(context.getNode(), 'Not run: an earlier item failed');
		return await work().catch((error: unknown) => {
			state.failed = true;
			throw error;
		});
	});
}

/** How many items run at the same time (Options → Items at Once). */
export function itemConcurrency(this: IExecuteFunctions): number {
	const value = Number(this.getNodeParameter('options.itemsAtOnce', 0, DEFAULT_ITEMS_AT_ONCE));
	return Number.isInteger(value) && value >= 1 ? value : DEFAULT_ITEMS_AT_ONCE;
}

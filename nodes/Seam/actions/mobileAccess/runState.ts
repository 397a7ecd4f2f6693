import type { IExecuteFunctions } from 'n8n-workflow';

import { DEFAULT_ITEMS_AT_ONCE } from './fields';
import { KeyedQueue } from '../../helpers/keyedQueue';
import { perRun, SharedReads } from '../../helpers/perRun';

/** What the items of one mobile access run share: a queue per person, and system-level reads made once. */
export const runState = perRun(() => ({ people: new KeyedQueue(), reads: new SharedReads(), keyHintShown: false }));

/** How many items run at the same time (Options → Items at Once). */
export function itemConcurrency(this: IExecuteFunctions): number {
	const value = Number(this.getNodeParameter('options.itemsAtOnce', 0, DEFAULT_ITEMS_AT_ONCE));
	return Number.isInteger(value) && value >= 1 ? value : DEFAULT_ITEMS_AT_ONCE;
}

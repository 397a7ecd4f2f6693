import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { claimContacts } from './checks';
import { bodyOf, type Push } from './push';
import { perRun } from '../../helpers/perRun';
import { seamApiRequest } from '../../../shared/transport';

interface Waiting {
	push: Push;
	resolve(): void;
	reject(reason: unknown): void;
}

/**
 * "Push Items Together": every item of the run is checked on its own, then the checked reservations go to Seam in
 * one push_data per customer. Every item starts at once (the operation's concurrency is the item count), so the
 * batch knows when the last one is in.
 */
class Batch {
	private pending?: number;
	private readonly waiting: Waiting[] = [];
	private readonly failures = new Map<number, unknown>();

	async add(context: IExecuteFunctions, itemIndex: number, prepare: () => Promise<Push>): Promise<IDataObject> {
		this.pending ??= context.getInputData().length;
		const push = await prepare().catch((error: unknown) => {
			this.failures.set(itemIndex, error);
			this.settle(context);
			throw error;
		});
		const pushed = new Promise<void>((resolve, reject) => this.waiting.push({ push, resolve, reject }));
		this.settle(context);
		await pushed;
		return { pushed: true };
	}

	private settle(context: IExecuteFunctions): void {
		this.pending = (this.pending ?? 1) - 1;
		if (this.pending === 0) void this.flush(context);
	}

	private async flush(context: IExecuteFunctions): Promise<void> {
		const waiting = [...this.waiting].sort((a, b) => a.push.itemIndex - b.push.itemIndex);
		for (const { push } of waiting) {
			// In item order, as a run of one push per item claims them.
			try {
				claimContacts(context, push.guest, push.itemIndex);
			} catch (error) {
				this.failures.set(push.itemIndex, error);
			}
		}
		const ready = waiting.filter(({ push }) => !this.failures.has(push.itemIndex));
		for (const item of waiting) if (!ready.includes(item)) item.reject(this.failures.get(item.push.itemIndex));
		if (this.failures.size > 0 && !context.continueOnFail()) {
			// The run stops on the first failed item, as n8n's nodes do: nothing is pushed, and each item reports that failure.
			const first = this.failures.get(Math.min(...this.failures.keys()));
			for (const item of ready) item.reject(first);
			return;
		}
		const byCustomer = new Map<string, Waiting[]>();
		for (const item of ready) byCustomer.set(item.push.customerKey, [...(byCustomer.get(item.push.customerKey) ?? []), item]);
		for (const items of byCustomer.values()) {
			const body = bodyOf(items.map(({ push }) => push));
			await seamApiRequest(context, { route: 'customers/push_data', body, itemIndex: items[0].push.itemIndex }).then(
				() => items.forEach((item) => item.resolve()),
				(error: unknown) => items.forEach((item) => item.reject(error)),
			);
		}
	}
}

export const batchOf = perRun(() => new Batch());

import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ALL_EVENTS, chosenEventTypes } from '../shared/events';
import { toEventFilters, toEventsListParameters } from '../shared/eventFilters';
import { advance, sinceFor, type PollState } from './cursor';
import { latestEventSince, listEventsOfCheck } from './listEvents';

/** How far back "Fetch Test Event" looks for an example. */
const TEST_EVENT_LOOKBACK_MS = 30 * 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

type SeamEvent = IDataObject & { event_id: string; created_at: string };

/** The `events/list` parameters for the node's Events and Filters. */
function eventsQuery(context: IPollFunctions): IDataObject {
	const eventTypes = chosenEventTypes(context.getNodeParameter('events', []) as string[]);
	if (eventTypes.length === 0) {
		throw new NodeOperationError(context.getNode(), 'No events are chosen', {
			description: 'Choose at least one event in "Events", or "All Events".',
		});
	}
	const filters = toEventsListParameters(toEventFilters(context.getNodeParameter('filters', {}) as IDataObject));
	return eventTypes.includes(ALL_EVENTS) ? filters : { ...filters, event_types: eventTypes };
}

/** "Fetch Test Event" in the editor: the latest matching event, without moving the trigger's place. */
async function testEvent(context: IPollFunctions, query: IDataObject): Promise<INodeExecutionData[][]> {
	const latest = await latestEventSince(context, query, new Date(Date.now() - TEST_EVENT_LOOKBACK_MS).toISOString());
	if (!latest) {
		throw new NodeOperationError(context.getNode(), 'No matching Seam event in the last 30 days', {
			description: 'Make one of the chosen events happen in Seam (or choose more events, or fewer filters), then fetch again.',
		});
	}
	return [context.helpers.returnJsonArray(latest)];
}

/**
 * One check: the events since the last one, each once, oldest first. The trigger's place moves only once Seam
 * has answered, so a check that fails (Seam busy or down) loses nothing: the next one picks up from the same place.
 * A check passes on at most `POLL_LIMITS.eventsPerCheck` events: when more wait, the oldest go first and the next
 * checks pass on the rest, in order. The first check after activation emits only what "Start With" asks for.
 */
export async function pollEvents(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const query = eventsQuery(context);
	if (context.getMode() === 'manual') return await testEvent(context, query);

	const state = context.getWorkflowStaticData('node') as PollState;
	const first = !state.cursor;
	const lookBackHours = first ? (context.getNodeParameter('startWith', 0) as number) : 0;
	const cursor = state.cursor ?? new Date(Date.now() - lookBackHours * HOUR_MS).toISOString();

	const since = state.farBehind ? cursor : sinceFor(cursor);
	const { events, until, farBehind } = await listEventsOfCheck(context, query, since, cursor);
	const { fresh, next } = advance({ cursor, seen: state.seen }, events as SeamEvent[]);
	// Cut short: every event before `until` is passed on, so the next check starts there.
	if (until && Date.parse(until) > Date.parse(next.cursor)) next.cursor = until;
	Object.assign(state, next);
	if (farBehind) state.farBehind = true;
	else delete state.farBehind;
	// On the first check, events before its start are only marked as seen: with "Only New Events", all of them.
	const startsAt = Date.parse(cursor);
	const emitted = first ? fresh.filter((e) => lookBackHours > 0 && Date.parse(e.created_at) >= startsAt) : fresh;
	return emitted.length > 0 ? [context.helpers.returnJsonArray(emitted)] : null;
}

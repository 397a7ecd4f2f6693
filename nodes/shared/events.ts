import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { SEAM_EVENT_TYPES } from './eventTypes';

/** Subscribes to every event type, including those Seam adds later. */
export const ALL_EVENTS = '*';

/** Every event type as an option, All Events first, then by name (generated: hotel and office words, see eventTypes.ts). */
export const EVENT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'All Events',
		value: ALL_EVENTS,
		description: 'Every event in the Seam workspace, including kinds Seam adds later',
	},
	...SEAM_EVENT_TYPES.map(({ value, name, description }) => ({
		name,
		value,
		description: `${description} (Seam event type ${value})`,
	})).sort((a, b) => a.name.localeCompare(b.name)),
];

/**
 * n8n's node panel lists a trigger's events as its entries, each named by the option's `action`, or else
 * "On " + the name in lowercase ("On acs system added"): the generated catalogue writes each one out.
 */
const PANEL_ENTRIES: Record<string, string> = {
	[ALL_EVENTS]: 'On any Seam event',
	...Object.fromEntries(SEAM_EVENT_TYPES.map(({ value, action }) => [value, action])),
};

/** The Events multi-select both triggers share. */
export const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: [],
	options: EVENT_TYPE_OPTIONS.map((option) => ({ ...option, action: PANEL_ENTRIES[option.value as string] })),
	description:
		'The Seam events that start the workflow, for example "Access Method (Mobile Key, PIN or Card): Issued" when a guest\'s mobile key is ready, or "Phone (Mobile Keys): Deactivated" when a phone can no longer open doors',
};

/** The event types to ask Seam for: `*` alone when All Events is among them. */
export function chosenEventTypes(events: string[]): string[] {
	return events.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(events)].sort();
}

export function isChosenEventType(eventType: unknown, chosen: string[]): boolean {
	return chosen.includes(ALL_EVENTS) || (typeof eventType === 'string' && chosen.includes(eventType));
}

/** The chosen events by name ("Credential (Mobile Key, Card or PIN): Issued, Phone (Mobile Keys): Deactivated"), under a trigger on the canvas. */
export const eventsSubtitle = `={{ $parameter["events"].map((event) => (${JSON.stringify(
	Object.fromEntries(EVENT_TYPE_OPTIONS.map((option) => [option.value, option.name])),
)})[event] ?? event).join(", ") }}`;

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { SEAM_EVENT_TYPES } from './eventTypes';

/** Subscribes to every event type, including those Seam adds later. */
export const ALL_EVENTS = '*';

/** What each kind of Seam object is called in the Events list, where the title-cased prefix would not read well. */
const OBJECT_LABELS: Record<string, string> = {
	acs_credential: 'Credential',
	acs_access_group: 'Access Group',
	acs_encoder: 'Card Encoder',
	acs_entrance: 'Entrance',
};

const titleCase = (text: string): string =>
	text
		.split(/[._]/)
		.filter(Boolean)
		.map((word) => (word === 'acs' ? 'ACS' : word.charAt(0).toUpperCase() + word.slice(1)))
		.join(' ');

/** `acs_credential.issued` → `Credential: Issued`; the object first, so the sorted list reads grouped by object. */
export function eventTypeLabel(eventType: string): string {
	const [object, ...action] = eventType.split('.');
	return `${OBJECT_LABELS[object] ?? titleCase(object)}: ${titleCase(action.join('.'))}`;
}

/** Every event type as an option, All Events first, then by name. */
export const EVENT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'All Events',
		value: ALL_EVENTS,
		description: 'Every event in the Seam workspace, including kinds Seam adds later',
	},
	...SEAM_EVENT_TYPES.map(({ value, description }) => ({
		name: eventTypeLabel(value),
		value,
		description: `${description} (Seam event type ${value})`,
	})).sort((a, b) => a.name.localeCompare(b.name)),
];

/** The Events multi-select both triggers share. */
export const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: [],
	options: EVENT_TYPE_OPTIONS,
	description:
		'The Seam events that start the workflow, for example "Credential: Issued" when a mobile key is ready for a guest, or "Phone: Deactivated" when a phone can no longer open doors',
};

/** The event types to ask Seam for: `*` alone when All Events is among them. */
export function chosenEventTypes(events: string[]): string[] {
	return events.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(events)].sort();
}

export function isChosenEventType(eventType: unknown, chosen: string[]): boolean {
	return chosen.includes(ALL_EVENTS) || (typeof eventType === 'string' && chosen.includes(eventType));
}

/** The chosen events by name ("Credential: Issued, Phone: Deactivated"), under a trigger on the canvas. */
export const eventsSubtitle = `={{ $parameter["events"].map((event) => (${JSON.stringify(
	Object.fromEntries(EVENT_TYPE_OPTIONS.map((option) => [option.value, option.name])),
)})[event] ?? event).join(", ") }}`;

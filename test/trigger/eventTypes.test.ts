import { readFileSync } from 'node:fs';

import { openapi } from '@seamapi/types/connect';

import { SEAM_EVENT_TYPES } from '../../nodes/shared/eventTypes';
import type { INodePropertyOptions } from 'n8n-workflow';

import { ALL_EVENTS, EVENT_TYPE_OPTIONS, eventsProperty } from '../../nodes/shared/events';
import { EVENT_TYPES_FILE, eventTypesFromSchema, renderEventTypesModule } from '../../scripts/generate-event-types';

// Nodes cannot import @seamapi/types at runtime (a devDependency), so the event types are committed as a generated
// file. These tests fail when it falls behind the schema: run `npx tsx scripts/generate-event-types.ts`.

test('the committed event types are exactly those of the event schema in @seamapi/types', () => {
	const fromSchema = eventTypesFromSchema();
	expect(SEAM_EVENT_TYPES).toEqual(fromSchema);
	expect(readFileSync(EVENT_TYPES_FILE, 'utf8')).toBe(renderEventTypesModule(fromSchema));
	expect(fromSchema.length).toBeGreaterThan(100);
	expect(fromSchema).toContainEqual({
		value: 'acs_credential.issued',
		name: 'Credential (Mobile Key, Card or PIN): Issued',
		action: 'On credential (mobile key, card or PIN) issued',
		description:
			'An access system credential was issued. A credential is the mobile key, card or PIN code a door access system gives one guest or staff member.',
	});
});

test('they are the types events/list filters on', () => {
	const paths = (openapi as unknown as { paths: Record<string, { post: any }> }).paths;
	const schema = paths['/events/list'].post.requestBody.content['application/json'].schema;
	expect([...schema.properties.event_types.items.enum].sort()).toEqual(SEAM_EVENT_TYPES.map((t) => t.value).sort());
});

test('the Events options: All Events first, then one readable, distinct label per type, with no markdown', () => {
	expect(EVENT_TYPE_OPTIONS[0]).toMatchObject({ name: 'All Events', value: ALL_EVENTS });
	const options = EVENT_TYPE_OPTIONS.slice(1);
	expect(options.map((o) => o.value).sort()).toEqual(SEAM_EVENT_TYPES.map((t) => t.value).sort());
	expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
	expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
	for (const option of options) expect(option.description).not.toMatch(/\]\(|`|https?:/);

	const nameOf = (value: string) => options.find((option) => option.value === value)?.name;
	expect(nameOf('access_method.issued')).toBe('Access Method (Mobile Key, PIN or Card): Issued');
	expect(nameOf('acs_user.created')).toBe('ACS User (Guest or Staff): Created');
	expect(nameOf('access_code.deleted_external_to_seam')).toBe('Access Code (PIN): Deleted Outside Seam');
	expect(nameOf('device.salto.privacy_mode_activated')).toBe('Device (Lock, Keypad or Sensor): Salto Privacy Mode Activated');
});

/** What the Events list shows for a search: n8n's select keeps the options whose name contains the text, any case. */
const searchEvents = (text: string): string[] =>
	(eventsProperty.options as INodePropertyOptions[])
		.filter((option) => option.name.toLowerCase().includes(text.toLowerCase()))
		.map((option) => option.value as string);

test('hotel words find the events: "mobile key" the issued key, "PIN" the codes, "door" the doors and locks, "guest" the people', () => {
	expect(searchEvents('mobile key')).toEqual(expect.arrayContaining(['access_method.issued', 'acs_credential.issued', 'phone.deactivated']));
	expect(searchEvents('mobile key').every((value) => /^(access_method|acs_credential|phone)\./.test(value))).toBe(true);
	expect(searchEvents('PIN')).toEqual(expect.arrayContaining(['access_code.set_on_device', 'access_method.issued', 'acs_credential.issued']));
	expect(searchEvents('card')).toEqual(expect.arrayContaining(['access_method.card_encoding_required', 'acs_encoder.added']));
	expect(searchEvents('door')).toEqual(expect.arrayContaining(['lock.unlocked', 'acs_entrance.added', 'access_grant.access_to_door_lost']));
	expect(searchEvents('guest')).toEqual(expect.arrayContaining(['access_grant.created', 'acs_user.created']));
});

/**
 * n8n's node panel lists each trigger event as an entry named by the option's `action`, or else "On " + the name in
 * lower case (n8n's editor, useActionsGeneration.ts: `categoryItem.action ?? … formatTriggerActionName(name)`).
 */
test('the node panel lists each event by its words, not in lowercase machine text', () => {
	const entries = (eventsProperty.options as INodePropertyOptions[]).map((option) => option.action);
	expect(entries.every((entry) => typeof entry === 'string' && /^On [a-zA-Z]/.test(entry))).toBe(true);
	expect(new Set(entries).size).toBe(entries.length);
	expect(entries.filter((entry) => /_|\bacs\b|external to seam/.test(entry ?? ''))).toEqual([]);
	const entryOf = (value: string) => (eventsProperty.options as INodePropertyOptions[]).find((option) => option.value === value)?.action;
	expect(entryOf(ALL_EVENTS)).toBe('On any Seam event');
	expect(entryOf('access_method.issued')).toBe('On access method (mobile key, PIN or card) issued');
	expect(entryOf('acs_system.added')).toBe('On ACS system (access control) added');
	expect(entryOf('access_code.deleted_external_to_seam')).toBe('On access code (PIN) deleted outside Seam');
});

import { readFileSync } from 'node:fs';

import { openapi } from '@seamapi/types/connect';

import { SEAM_EVENT_TYPES } from '../../nodes/shared/eventTypes';
import { ALL_EVENTS, EVENT_TYPE_OPTIONS, eventTypeLabel } from '../../nodes/shared/events';
import { EVENT_TYPES_FILE, eventTypesFromSchema, renderEventTypesModule } from '../../scripts/generate-event-types';

// Nodes cannot import @seamapi/types at runtime (a devDependency), so the event types are committed as a generated
// file. These tests fail when it falls behind the schema: run `npx tsx scripts/generate-event-types.ts`.

test('the committed event types are exactly those of the event schema in @seamapi/types', () => {
	const fromSchema = eventTypesFromSchema();
	expect(SEAM_EVENT_TYPES).toEqual(fromSchema);
	expect(readFileSync(EVENT_TYPES_FILE, 'utf8')).toBe(renderEventTypesModule(fromSchema));
	expect(fromSchema.length).toBeGreaterThan(100);
	expect(fromSchema).toContainEqual({ value: 'acs_credential.issued', description: 'An access system credential was issued.' });
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

	expect(eventTypeLabel('acs_credential.issued')).toBe('Credential: Issued');
	expect(eventTypeLabel('acs_user.created')).toBe('ACS User: Created');
	expect(eventTypeLabel('phone.deactivated')).toBe('Phone: Deactivated');
	expect(eventTypeLabel('device.salto.privacy_mode_activated')).toBe('Device: Salto Privacy Mode Activated');
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { openapi } from '@seamapi/types/connect';

/**
 * Writes nodes/shared/eventTypes.ts: Seam's event types and their descriptions, taken from the event schema
 * in `@seamapi/types` (a devDependency nodes cannot import at runtime), with names in the words hotel and office
 * staff search for (OBJECTS below). Run after upgrading `@seamapi/types` or changing the words:
 *
 *   npx tsx scripts/generate-event-types.ts
 *
 * test/trigger/eventTypes.test.ts fails while the committed file lags behind the schema.
 */

export interface SeamEventType {
	value: string;
	/** The name in the Events list: Seam's object, the words a hotel or office uses for it, then what happened. */
	name: string;
	/** The entry in n8n's node panel ("On access method (mobile key, PIN or card) issued"). */
	action: string;
	description: string;
}

interface EventBranch {
	description?: string;
	properties: { event_type: { enum: string[] } };
}

/**
 * Each kind of Seam object as the Events list names it: Seam's word first (as in Seam's docs and webhooks), then in
 * brackets the words hotel and office staff search for; `about` is added to each of its events' descriptions.
 */
const OBJECTS: Record<string, { label: string; about: string }> = {
	access_code: {
		label: 'Access Code (PIN)',
		about: 'An access code is a PIN code a guest types on a smart lock or keypad.',
	},
	access_grant: {
		label: 'Access Grant (Guest Access)',
		about: "An access grant gives one guest or staff member their doors for a stay or a shift, with a mobile key, PIN code or card.",
	},
	access_method: {
		label: 'Access Method (Mobile Key, PIN or Card)',
		about: 'An access method is the mobile key, PIN code or card an access grant gives a guest or staff member.',
	},
	acs_system: {
		label: 'ACS System (Access Control)',
		about: "An ACS system is a building's door access system, such as Salto, Visionline or Brivo.",
	},
	acs_credential: {
		label: 'Credential (Mobile Key, Card or PIN)',
		about: 'A credential is the mobile key, card or PIN code a door access system gives one guest or staff member.',
	},
	acs_user: {
		label: 'ACS User (Guest or Staff)',
		about: "An ACS user is a guest's or staff member's account in a door access system.",
	},
	acs_encoder: { label: 'Card Encoder', about: 'A card encoder is the device at the front desk that writes key cards.' },
	acs_access_group: {
		label: 'Access Group',
		about: 'An access group is a set of doors given together, such as "Guest Rooms Floor 1".',
	},
	acs_entrance: { label: 'Entrance (Door)', about: 'An entrance is a door, gate or lift of a door access system.' },
	client_session: {
		label: 'Client Session (App Sign-In)',
		about: "A client session lets your guest or staff app reach one person's mobile keys.",
	},
	connected_account: {
		label: 'Connected Account (Brand Login)',
		about: 'A connected account is the login of a lock brand or door access system linked to Seam.',
	},
	action_attempt: {
		label: 'Action Attempt (Remote Action)',
		about: "An action attempt is Seam's try at a remote action on a device, such as unlocking a door.",
	},
	connect_webview: {
		label: 'Connect Webview (Login Page)',
		about: 'A Connect Webview is the page where a lock brand or access system login is linked to Seam.',
	},
	device: {
		label: 'Device (Lock, Keypad or Sensor)',
		about: 'A device is a smart lock, keypad, thermostat, sensor or other device connected to Seam.',
	},
	noise_sensor: { label: 'Noise Sensor', about: 'A noise sensor watches for parties and loud noise in a rental.' },
	lock: { label: 'Lock (Door)', about: 'A lock is a smart lock on a door.' },
	thermostat: { label: 'Thermostat', about: 'A thermostat heats or cools a room or rental.' },
	camera: { label: 'Camera (Doorbell)', about: 'A camera is a doorbell or security camera connected to Seam.' },
	enrollment_automation: {
		label: 'Enrollment Automation (Legacy)',
		about: "An enrollment automation set up a person's phone for mobile keys (legacy).",
	},
	phone: {
		label: 'Phone (Mobile Keys)',
		about: "A phone is a guest's or staff member's phone set up to hold mobile keys.",
	},
	space: { label: 'Space (Room or Unit)', about: 'A space is a named set of doors and smart locks, such as a room, a unit or a floor.' },
};

/** Words kept as written when a name becomes a sentence (the panel's "On …" entries). */
const PROPER = new Set(['PIN', 'ACS', 'Seam', 'Salto', 'Webview']);

const titleCase = (text: string): string =>
	text
		.split(/[._]/)
		.filter(Boolean)
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ')
		.replace('External To Seam', 'Outside Seam');

/** `acs_credential.issued` → `Credential (Mobile Key, Card or PIN): Issued`; the object first, so the sorted list reads grouped by object. */
export function eventTypeName(eventType: string): string {
	const [object, ...happened] = eventType.split('.');
	const label = OBJECTS[object]?.label;
	if (!label) throw new Error(`No words for Seam's "${object}" events: add them to OBJECTS in scripts/generate-event-types.ts`);
	return `${label}: ${titleCase(happened.join('.'))}`;
}

/** The node panel's entry: `On credential (mobile key, card or PIN) issued`, proper names and PIN kept. */
export function eventTypeAction(name: string): string {
	const words = name
		.replace(':', '')
		.split(' ')
		.map((word) => (PROPER.has(word.replace(/\W/g, '')) ? word : word.toLowerCase()));
	return `On ${words.join(' ')}`;
}

/** `An [access code](https://…) was created.` → `An access code was created.` */
export function plainText(markdown: string): string {
	return markdown
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every event type of `components.schemas.event`, in the schema's order. */
export function eventTypesFromSchema(): SeamEventType[] {
	const schemas = (openapi as unknown as { components: { schemas: Record<string, { oneOf: EventBranch[] }> } }).components
		.schemas;
	return schemas.event.oneOf.flatMap((branch) =>
		branch.properties.event_type.enum.map((value) => {
			const name = eventTypeName(value);
			const about = OBJECTS[value.split('.')[0]].about;
			return { value, name, action: eventTypeAction(name), description: `${plainText(branch.description ?? '')} ${about}` };
		}),
	);
}

export const EVENT_TYPES_FILE = join(__dirname, '..', 'nodes', 'shared', 'eventTypes.ts');

export function renderEventTypesModule(types: SeamEventType[]): string {
	const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	const entries = types.map(
		(type) =>
			`\t{ value: ${quote(type.value)}, name: ${quote(type.name)}, action: ${quote(type.action)}, description: ${quote(type.description)} },`,
	);
	return [
		'// Generated by scripts/generate-event-types.ts from the event schema of @seamapi/types. Do not edit by hand:',
		'// run `npx tsx scripts/generate-event-types.ts` instead (test/trigger/eventTypes.test.ts checks it is current).',
		'',
		'/** Every type of event Seam sends: its name in the Events list, its entry in the node panel, what it means. */',
		'export const SEAM_EVENT_TYPES: ReadonlyArray<{ value: string; name: string; action: string; description: string }> = [',
		...entries,
		'];',
		'',
	].join('\n');
}

if (require.main === module) {
	writeFileSync(EVENT_TYPES_FILE, renderEventTypesModule(eventTypesFromSchema()));
	console.log(`Wrote ${EVENT_TYPES_FILE}`);
}

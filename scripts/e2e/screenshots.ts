/// <reference lib="dom" />
/**
 * `npm run e2e:screenshots`: the n8n editor as a person sees it, in headless Chromium (Debian's `chromium`).
 *
 * Same set-up as `npm run test:e2e` (packed package in n8n 2.8.4, sandbox, imported credential and examples), then
 * `n8n start`, the owner signed in, and the hotel check-in example opened. Each check reads what the editor shows (the
 * rendered text, not the node's definition), then screenshots go into docs/screenshots/:
 * - the Seam node's icon is loaded on the canvas (hotel-check-in-canvas.png);
 * - every example opens with no node flagged, and the text under each Seam node is the action (or the trigger's
 *   events) in words, exactly as listed in SUBTITLES below; where the canvas cuts a subtitle short, the part shown is
 *   printed (key-issued-notification-canvas.png, short-term-rental-canvas.png);
 * - the provision parameters panel shows only labels and values a person reads, no parameter names
 *   (provision-parameters.png);
 * - Provision's ACS System picker lists each system with doors once by name, not the credential manager Provision
 *   refuses, and its search asks the sandbox (acs-system-picker.png, acs-system-picker-search.png); the general
 *   picker (Revoke's) still lists every system, each once;
 * - Provision's door fields by system, in a new workflow whose Provision has no system yet: before a system is chosen,
 *   each door in Entrances names its system (provision-entrances-no-system.png); Smart Locks lists locks only, brands
 *   as written, offline marked (provision-smart-locks.png); Salto Space chosen, Access Grant mode: its doors, each
 *   saying Salto gives doors through access groups and Seam does that for the grant, and its groups, each giving
 *   every door (provision-entrances-salto.png, provision-access-groups-salto.png); ACS Credential mode: one entry
 *   saying why no Salto door goes on a key (provision-entrances-salto-acs-credential.png); Visionline chosen: its doors,
 *   each going on the key, and in Access Groups one entry saying it has none (provision-entrances-visionline.png,
 *   provision-access-groups-visionline.png); the fields' hints name the systems of each rule (provision-door-fields-salto.png);
 * - Provision's output, executed in the editor (a new workflow: a Salto Space guest, her room and the lobby, Access
 *   Grant mode): n8n's Table view shows first, at the item's top level, the guest, her key, the doors by name, the
 *   dates, the key link (`key_link`) and the access in words ("Mobile key: being issued by Seam"), the key link's
 *   column on screen without scrolling; then the JSON view (provision-output.png, provision-output-json.png);
 * - the trigger's Events list, searched for "mobile key", offers the issued mobile key (trigger-events-search.png);
 * - n8n's node panel shows the Seam node's own description and lists the trigger's events in words: it
 *   lists the issued key, no entry reads "On acs …" (node-panel-seam.png, node-panel-triggers.png).
 * Exits 1 when a check fails (the screenshots are still written, to see why). SCREENSHOTS_FOLDER writes them into another
 * folder; SCREENSHOTS_ONLY=<words> runs only the checks whose name contains those words. SCREENSHOTS_TARBALL=<file>
 * installs that packed package instead of packing this one, and SCREENSHOTS_BEFORE=1 relaxes the output check for a
 * commit before the output's summary (it asserts the old shape: no `key_link`, Seam's `access_grant` a column).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { N8nRest } from './lib/n8n';
import { cleanUp, cleanUpOnExit, commandExists, runOrFail, waitFor } from './lib/processes';
import type { SandboxProcess } from './lib/sandbox';
import { section, seconds, step, summary } from './lib/steps';
import { EXAMPLE_CREDENTIAL, prepare, WORKFLOWS } from './run';

const repoRoot = resolve(__dirname, '..', '..');
// SCREENSHOTS_FOLDER writes them elsewhere, e.g. to keep the screenshots of another commit for a before/after.
const shotsFolder = process.env.SCREENSHOTS_FOLDER ? resolve(process.env.SCREENSHOTS_FOLDER) : join(repoRoot, 'docs', 'screenshots');
const SEAM_NODE = 'Give guest a mobile key';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** A parameter name as the node defines it (`acsSystemId`, `user_identity_key`), never meant to be read by a person. */
const TECHNICAL = /^[a-z]+(?:[A-Z][a-z0-9]*)+$|^[a-z0-9]+(?:_[a-z0-9]+)+$|^[a-z]+[A-Z]/;

function technicalWords(texts: string[]): string[] {
	return texts.flatMap((text) => text.split(/[\s:,().]+/)).filter((word) => TECHNICAL.test(word));
}

/**
 * What a person reads under each Seam node of each example: the action in words, or a trigger's events. Written out
 * here on purpose: the check compares the rendered canvas with this text, not with what the node's code computes.
 */
const SUBTITLES: Record<string, Record<string, string>> = {
	[WORKFLOWS.hotelCheckIn]: { 'Give guest a mobile key': 'Provision mobile access' },
	[WORKFLOWS.hrOnboarding]: { 'Give new hire office access': 'Provision mobile access' },
	[WORKFLOWS.checkout]: { 'Revoke their access': 'Revoke mobile access' },
	[WORKFLOWS.keyIssued]: {
		'Key issued': 'Access Method (Mobile Key, PIN or Card): Issued, Credential (Mobile Key, Card or PIN): Issued',
		'Which access method?': 'Get an access method',
		'Whose grant?': 'Get an access grant',
		'Which key?': 'Get a credential',
		'Who is it for?': 'Get mobile access status',
	},
	[WORKFLOWS.reconciliation]: {
		'People in Seam': 'Get many user identities',
		'Provision missing or changed keys': 'Provision mobile access',
		'Revoke stale keys': 'Revoke mobile access',
	},
	[WORKFLOWS.shortTermRental]: {
		'Give the guest a PIN code': 'Provision mobile access',
		'Take the PIN code away': 'Revoke mobile access',
	},
	[WORKFLOWS.reservationAutomations]: {
		'Hand the booking to Seam': 'Push a reservation',
		'Cancel the reservation in Seam': 'Delete reservation data',
	},
};

/**
 * The sandbox's ACS systems as the pickers must name them, each once. Provision's picker leaves out the credential
 * manager (Provision refuses it: it has no doors of its own); the general one (ACS System → Get, Revoke) lists it.
 */
const SYSTEMS_WITH_DOORS = ['Grand Hotel (Salto Space)', 'HQ Office (Brivo)', 'Seaside Resort (Visionline)'];
const CREDENTIAL_MANAGER = 'Seaside Resort (ASSA ABLOY Credential Service)';

async function ensureChromium(): Promise<void> {
	if (process.env.CHROMIUM_PATH || commandExists('chromium')) return;
	if (process.getuid?.() !== 0) throw new Error("Debian's chromium is missing: apt-get install chromium");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await runOrFail('apt-get', ['update', '-qq'], { env });
	await runOrFail('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
}

async function shoot(page: Page, file: string): Promise<void> {
	await page.screenshot({ path: join(shotsFolder, file) });
}

async function openWorkflow(page: Page, url: string): Promise<void> {
	await page.goto(`${url}/workflow/${WORKFLOWS.hotelCheckIn}`);
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${SEAM_NODE}"]`).waitFor();
	// Let the canvas fit the view and the icons load.
	await page.waitForLoadState('load');
	await page.waitForTimeout(1500);
}

async function checkCanvas(page: Page): Promise<void> {
	const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${SEAM_NODE}"]`);
	const icon = await node.locator('img').first().evaluate((img: HTMLImageElement) => ({
		src: img.getAttribute('src'),
		loaded: img.complete && img.naturalWidth > 0,
	}));
	assert.match(String(icon.src), /^\/icons\/n8n-nodes-seam\//, 'the Seam icon comes from the installed package');
	assert.ok(icon.loaded, `the Seam icon (${icon.src}) is loaded`);
}

async function openSeamNode(page: Page): Promise<void> {
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${SEAM_NODE}"]`).dblclick();
	await page.locator('[data-test-id="parameter-input-operation"]').waitFor();
	await page.waitForTimeout(500);
}

async function checkParameters(page: Page): Promise<void> {
	// The title of each label only (the label row also holds the Fixed/Expression toggle and, on hover, more).
	const labels = (await page.locator('[data-test-id="input-label"]:visible label [class*="_title_"]').allInnerTexts()).map((label) =>
		label.trim(),
	);
	assert.ok(labels.some((label) => label.includes('ACS System')), `labels: ${labels.join(' | ')}`);
	const values = await page
		.locator('[data-test-id="parameter-input-resource"] input, [data-test-id="parameter-input-operation"] input')
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
	assert.deepEqual(values, ['Mobile Access', 'Provision']);
	// Every option of the Options collection, as the "Add Option" list shows them.
	await page.locator('input[placeholder="Add Option"]').click();
	await page.locator('.el-select-dropdown__item:visible').first().waitFor();
	const options = await page.locator('.el-select-dropdown__item:visible, [role="option"]:visible').allInnerTexts();
	await page.keyboard.press('Escape');
	assert.ok(options.length > 0, 'the Options collection lists its options');
	assert.deepEqual(technicalWords([...labels, ...values, ...options]), [], `labels and options: ${[...labels, ...options].join(' | ')}`);
}

/** The entries an open resource-locator picker shows, once they are `expected` (the list loads after it opens). */
async function pickerShows(page: Page, expected: string[], what: string): Promise<string[]> {
	const items = page.locator('[data-test-id="rlc-item"]');
	const same = (listed: string[]) => JSON.stringify([...listed].sort()) === JSON.stringify([...expected].sort());
	let listed: string[] = [];
	await waitFor(what, async () => {
		listed = (await items.allInnerTexts()).map((text) => text.trim());
		return same(listed) ? true : undefined;
	}, { timeoutMs: 10_000 }).catch(() => {
		throw new Error(`${what}: the picker shows ${JSON.stringify(listed)}, expected ${JSON.stringify(expected)}`);
	});
	return listed;
}

/** Provision's ACS System picker (hotel check-in, Access Grant mode): each system with doors once, no credential manager. */
async function checkPicker(page: Page, seam: SandboxProcess): Promise<void> {
	const { acs_systems: systems } = await seam.api<{ acs_systems: Array<{ name: string; is_credential_manager: boolean }> }>('acs/systems/list');
	assert.deepEqual(
		systems.filter((system) => !system.is_credential_manager).map((system) => system.name).sort(),
		SYSTEMS_WITH_DOORS,
		'the sandbox still has these systems with doors',
	);
	assert.deepEqual(systems.filter((system) => system.is_credential_manager).map((system) => system.name), [CREDENTIAL_MANAGER]);
	await seam.clearRequests();
	const current = await page.locator('[data-test-id="rlc-input"]').first().inputValue();
	await page.locator('[data-test-id="rlc-input"]').first().click();
	const listed = await pickerShows(page, SYSTEMS_WITH_DOORS, "Provision's ACS System picker to list each system with doors once");
	assert.ok(!listed.includes(CREDENTIAL_MANAGER), `the credential manager is not offered: ${listed.join(' | ')}`);
	await page.waitForTimeout(500); // the dropdown fades in
	await shoot(page, 'acs-system-picker.png');
	// The search box asks Seam (the sandbox), not only the page.
	const items = page.locator('[data-test-id="rlc-item"]');
	await page.locator('[data-test-id="rlc-search"]').fill('Brivo');
	const found = await waitFor('the picker to show the search results', async () => {
		const texts = await items.allInnerTexts();
		return texts.some((text) => text.startsWith('HQ Office')) ? texts : undefined;
	}, { timeoutMs: 10_000 });
	await shoot(page, 'acs-system-picker-search.png');
	// n8n keeps the current choice (its cached name) at the top of the list; the rest is what the search found.
	const results = found.filter((text) => text !== current);
	assert.deepEqual(results, ['HQ Office (Brivo)'], `only the matching system is listed: ${found.join(' | ')}`);
	const { requests } = await seam.control<{ requests: Array<{ route: string; body: { search?: string } }> }>('GET', 'requests');
	assert.ok(
		requests.some((request) => request.route === 'acs/systems/list' && request.body.search === 'Brivo'),
		`the sandbox was asked for "Brivo": ${JSON.stringify(requests.map((request) => [request.route, request.body]))}`,
	);
	// Searching for the resort finds its Visionline system, still not its credential manager.
	await page.locator('[data-test-id="rlc-search"]').fill('Seaside');
	await waitFor('the picker to show the Seaside search results', async () => {
		const texts = await items.allInnerTexts();
		return texts.some((text) => text.startsWith('Seaside')) ? texts : undefined;
	}, { timeoutMs: 10_000 });
	await page.waitForTimeout(500);
	const seaside = (await items.allInnerTexts()).filter((text) => text !== current);
	assert.deepEqual(seaside, ['Seaside Resort (Visionline)'], `searching "Seaside" offers the Visionline system only: ${seaside.join(' | ')}`);
	await page.keyboard.press('Escape');
}

/** Opens a workflow and the panel of its node `nodeName`, once n8n has drawn the canvas. */
async function openNodePanel(page: Page, url: string, workflowId: string, nodeName: string, ready: string): Promise<void> {
	await page.goto(`${url}/workflow/${workflowId}`);
	const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`);
	await node.waitFor();
	await page.waitForLoadState('load');
	await page.waitForTimeout(1000);
	await node.dblclick();
	await page.locator(ready).first().waitFor();
	await page.waitForTimeout(500);
}

/** Collects the checks that failed, so one run reports them all; `done` fails with every one of them. */
function failureList(what: string): { check: (ok: boolean, message: string) => void; done: () => void } {
	const failures: string[] = [];
	return {
		check: (ok, message) => {
			if (!ok) failures.push(message);
		},
		done: () => assert.ok(failures.length === 0, `${what}:\n- ${failures.join('\n- ')}`),
	};
}

/** The general ACS System picker (Revoke, checkout example) keeps every system, the credential manager too, each once. */
async function checkGeneralPicker(page: Page, url: string): Promise<void> {
	await openNodePanel(page, url, WORKFLOWS.checkout, 'Revoke their access', '[data-test-id="rlc-input"]');
	await page.locator('[data-test-id="rlc-input"]').first().click();
	await pickerShows(page, [...SYSTEMS_WITH_DOORS, CREDENTIAL_MANAGER], "Revoke's ACS System picker to list every system once");
	await page.keyboard.press('Escape');
}

/** The workflow the door checks open: one Provision (Access Grant mode, node version 2) with no system chosen yet. */
const DOORS_NODE = 'Give the guest their doors';

async function createDoorsWorkflow(rest: N8nRest): Promise<string> {
	const workflow = await rest.call<{ id: string }>('POST', '/rest/workflows', {
		name: 'Door fields by system',
		active: false,
		settings: {},
		connections: {},
		nodes: [
			{
				id: randomUUID(),
				name: DOORS_NODE,
				type: 'n8n-nodes-seam.seam',
				typeVersion: 2,
				position: [0, 0],
				parameters: {
					resource: 'mobileAccess',
					operation: 'provision',
					mode: 'accessGrant',
					acsSystemId: { __rl: true, mode: 'list', value: '' },
					fullName: 'Victor Guest',
				},
				credentials: { seamApi: EXAMPLE_CREDENTIAL },
			},
		],
	});
	return workflow.id;
}

/** Closes an open dropdown (an options list or a picker); Escape with none open would close the whole panel. */
async function closeDropdown(page: Page): Promise<void> {
	const open = page.locator('.el-select-dropdown:visible, [data-test-id="resource-locator-dropdown"]:visible');
	if ((await open.count()) === 0) return;
	await page.keyboard.press('Escape');
	await page.waitForTimeout(300);
}

interface Choice {
	name: string;
	description: string;
}

/**
 * The choices an options field shows when opened (each option's name, and the description n8n prints under it), once
 * `ready` says they are the ones expected (the list reloads when a field it depends on changes), or as they are after
 * 10 s: the caller screenshots, then asserts. The dropdown is left open.
 */
async function choicesOf(page: Page, parameter: string, ready: (choices: Choice[]) => boolean): Promise<Choice[]> {
	const field = page.locator(`[data-test-id="parameter-input-${parameter}"]`);
	const items = page.locator('.el-select-dropdown__item:visible');
	let choices: Choice[] = [];
	await waitFor(`the ${parameter} choices`, async () => {
		await closeDropdown(page);
		await field.scrollIntoViewIfNeeded();
		await field.locator('.el-select, input').first().click();
		await page.waitForTimeout(400);
		choices = await items.evaluateAll((nodes) =>
			nodes.map((node) => ({
				name: (node.querySelector('.option-headline')?.textContent ?? node.textContent ?? '').trim(),
				description: (node.querySelector('.option-description')?.textContent ?? '').trim(),
			})),
		);
		return ready(choices) ? true : undefined;
	}, { timeoutMs: 10_000, intervalMs: 600 }).catch(() => undefined);
	await page.waitForTimeout(300);
	return choices;
}

/** Picks an entry of the panel's first resource locator (Provision's ACS System) by its name. */
async function pickSystem(page: Page, name: string): Promise<void> {
	await closeDropdown(page);
	await page.locator('[data-test-id="rlc-input"]').first().click();
	const item = page.locator('[data-test-id="rlc-item"]', { hasText: name }).first();
	await item.waitFor({ timeout: 10_000 });
	await item.click();
	await page.waitForTimeout(500);
}

async function pickMode(page: Page, mode: string): Promise<void> {
	await closeDropdown(page);
	await page.locator('[data-test-id="parameter-input-mode"]').click();
	await page.locator('.el-select-dropdown__item:visible', { hasText: mode }).first().click();
	await page.waitForTimeout(500);
}

/** The door fields' texts per system, written out: the check compares the editor with these, not with the node's code. */
const DOORS = {
	systems: ['Grand Hotel (Salto Space)', 'Seaside Resort (Visionline)', 'HQ Office (Brivo)'],
	saltoDoors: ['Gym', 'Main Entrance', 'Room 101', 'Room 102'],
	saltoDoor: 'Grand Hotel (Salto Space) gives doors through access groups: in Access Grant mode Seam does that for this door',
	saltoGroup: 'Grand Hotel (Salto Space) gives doors through access groups: the person gets every door of this group',
	saltoOnKey: 'Grand Hotel (Salto Space) gives doors through access groups, not on the key',
	saltoOnKeyHelp: 'Choose access groups instead of entrances, or use Mode → Access Grant, where Seam applies the system’s own rules to entrances.',
	visionlineDoors: ['Elevator', 'Guest Room 201', 'Guest Room 202', 'Main Lobby'],
	visionlineDoor: 'Seaside Resort (Visionline) sets the doors on each key: this one goes on the person’s key',
	visionlineGroups: 'Seaside Resort (Visionline) has no access groups: its doors are set on each key',
	visionlineGroupsHelp: 'Choose the rooms and doors in "Entrance Names or IDs" instead of access groups.',
	entrancesHint: 'Visionline, Latch, ASSA ABLOY Vostio and Hotek put them on the key; Salto Space, Salto KS and PTI give them through access groups',
	groupsHint: 'Salto Space, Salto KS and PTI give doors this way; Visionline, Latch, ASSA ABLOY Vostio and Hotek have none',
	locks: ['Beach House Front Door (August)', 'Garden Studio (Nuki, offline)'],
};

/** The panel's line that starts with these words (a field's hint), for a failure's message. */
const hintOf = (panel: string, start: string) => JSON.stringify(panel.split('\n').find((line) => line.startsWith(start)) ?? '');
const names = (choices: Choice[]) => choices.map((choice) => choice.name).sort();
const describedAs = (choices: Choice[], description: string) => choices.length > 0 && choices.every((choice) => choice.description === description);

/**
 * Provision's door fields by system, in the editor: a new workflow's Provision with no system, then Salto Space (Access
 * Grant mode, then ACS Credential mode), then Visionline. Every screenshot is written before its assertions.
 */
async function checkDoorFields(context: BrowserContext, url: string, rest: N8nRest): Promise<void> {
	const id = await createDoorsWorkflow(rest);
	// Its own tab, closed without asking: the changes made here are never saved.
	const page = await context.newPage();
	const { check, done } = failureList('what the door fields show');
	try {
		await openNodePanel(page, url, id, DOORS_NODE, '[data-test-id="parameter-input-operation"]');
		const panel = await page.locator('[data-test-id="ndv"]').first().innerText().catch(async () => await page.locator('body').innerText());
		check(panel.includes(DOORS.entrancesHint), `the Entrances hint names the systems that put doors on the key and those with groups (it says: ${hintOf(panel, 'The rooms and doors')})`);
		check(panel.includes(DOORS.groupsHint), `the Access Groups hint names the systems with groups and those without (it says: ${hintOf(panel, 'Groups of doors')})`);
		check(!/Salto KS, Brivo|Brivo\)/.test(panel), 'no hint calls Brivo group-based (no guide says so)');

		// Before a system is chosen: every system's doors, each naming its system.
		const ownerOf = (choice: Choice) => DOORS.systems.find((system) => choice.name.endsWith(` · ${system}`));
		const everyDoor = await choicesOf(page, 'acsEntranceIds', (choices) => choices.length >= 10 && choices.every(ownerOf));
		await shoot(page, 'provision-entrances-no-system.png');
		check(everyDoor.length >= 10 && everyDoor.every(ownerOf), `before a system is chosen, each door names its system: ${JSON.stringify(names(everyDoor))}`);
		check(names(everyDoor).includes('Room 101 · Grand Hotel (Salto Space)'), 'Room 101 names Grand Hotel (Salto Space)');
		check(names(everyDoor).includes('Guest Room 201 · Seaside Resort (Visionline)'), 'Guest Room 201 names Seaside Resort (Visionline)');

		const locks = await choicesOf(page, 'deviceIds', (choices) => DOORS.locks.every((lock) => names(choices).includes(lock)));
		await shoot(page, 'provision-smart-locks.png');
		check(DOORS.locks.every((lock) => names(locks).includes(lock)), `Smart Locks names brands as written and marks offline locks: ${JSON.stringify(names(locks))}`);
		check(!names(locks).some((lock) => /noise sensor/i.test(lock)), `Smart Locks lists locks only: ${JSON.stringify(names(locks))}`);
		check(locks.every((lock) => /\((August|Yale|Schlage|igloohome|Nuki)(, offline)?\)$/.test(lock.name)), `each lock's brand as the Lock picker writes it: ${JSON.stringify(names(locks))}`);

		// Salto Space, Access Grant mode: its doors through Seam, and its groups.
		await pickSystem(page, 'Grand Hotel (Salto Space)');
		const saltoDoors = await choicesOf(page, 'acsEntranceIds', (choices) => describedAs(choices, DOORS.saltoDoor));
		await shoot(page, 'provision-entrances-salto.png');
		check(JSON.stringify(names(saltoDoors)) === JSON.stringify(DOORS.saltoDoors), `Salto Space's doors: ${JSON.stringify(names(saltoDoors))}`);
		check(describedAs(saltoDoors, DOORS.saltoDoor), `each Salto door says how Salto takes it: ${JSON.stringify(saltoDoors)}`);
		const saltoGroups = await choicesOf(page, 'accessGroupIds', (choices) => describedAs(choices, DOORS.saltoGroup));
		await shoot(page, 'provision-access-groups-salto.png');
		check(names(saltoGroups).includes('Guest Rooms Floor 1 (Salto Space Group)'), `Salto Space's groups: ${JSON.stringify(names(saltoGroups))}`);
		check(describedAs(saltoGroups, DOORS.saltoGroup), `each Salto group says it gives its doors: ${JSON.stringify(saltoGroups)}`);
		// The door fields with their hints, as the panel shows them once Salto Space is chosen.
		await closeDropdown(page);
		await page.locator('[data-test-id="parameter-input-acsEntranceIds"]').evaluate((field) => field.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(300);
		await shoot(page, 'provision-door-fields-salto.png');

		// ACS Credential mode: a Salto key carries no doors; the list says why instead.
		await pickMode(page, 'ACS Credential (Direct Control)');
		const onKey = await choicesOf(page, 'acsEntranceIds', (choices) => choices.length === 1 && choices[0].name === DOORS.saltoOnKey);
		await shoot(page, 'provision-entrances-salto-acs-credential.png');
		check(
			JSON.stringify(onKey) === JSON.stringify([{ name: DOORS.saltoOnKey, description: DOORS.saltoOnKeyHelp }]),
			`ACS Credential mode on Salto Space: one entry saying why: ${JSON.stringify(onKey)}`,
		);

		// Visionline: its doors go on the key; it has no access groups.
		await pickSystem(page, 'Seaside Resort (Visionline)');
		const visionlineDoors = await choicesOf(page, 'acsEntranceIds', (choices) => describedAs(choices, DOORS.visionlineDoor));
		await shoot(page, 'provision-entrances-visionline.png');
		check(JSON.stringify(names(visionlineDoors)) === JSON.stringify(DOORS.visionlineDoors), `Visionline's doors: ${JSON.stringify(names(visionlineDoors))}`);
		check(describedAs(visionlineDoors, DOORS.visionlineDoor), `each Visionline door goes on the key: ${JSON.stringify(visionlineDoors)}`);
		const visionlineGroups = await choicesOf(page, 'accessGroupIds', (choices) => choices.length === 1 && choices[0].name === DOORS.visionlineGroups);
		await shoot(page, 'provision-access-groups-visionline.png');
		check(
			JSON.stringify(visionlineGroups) === JSON.stringify([{ name: DOORS.visionlineGroups, description: DOORS.visionlineGroupsHelp }]),
			`Visionline's Access Groups: one entry saying it has none: ${JSON.stringify(visionlineGroups)}`,
		);
		await closeDropdown(page);
	} finally {
		await page.close();
	}
	done();
}

/** The workflow the output check runs: a manual start, then one Provision (Access Grant mode, node version 2). */
const OUTPUT_NODE = 'Give Ana her key';

/** Ana's stay, written out: the output must show these, as the front desk reads them. */
function outputStay(): { guest: string; guestKey: string; doors: string[]; startsAt: string; endsAt: string } {
	const day = (days: number, hour: number) => {
		const date = new Date();
		date.setUTCDate(date.getUTCDate() + days);
		date.setUTCHours(hour, 0, 0, 0);
		return date.toISOString();
	};
	return { guest: 'Ana Lopez', guestKey: 'guest-G-20417', doors: ['Room 101', 'Main Entrance'], startsAt: day(1, 15), endsAt: day(4, 11) };
}

/**
 * Like the hotel check-in example's Provision (Salto Space, a room and the lobby, the booking as reservation, no
 * options: the grant's instant key link is what goes to the guest), with fixed values after a manual start.
 */
async function createOutputWorkflow(rest: N8nRest, seam: SandboxProcess): Promise<string> {
	const { acs_systems: systems } = await seam.api<{ acs_systems: Array<{ acs_system_id: string; name: string }> }>('acs/systems/list');
	const salto = systems.find((system) => system.name === 'Grand Hotel (Salto Space)');
	assert.ok(salto, 'the sandbox has Grand Hotel (Salto Space)');
	const stay = outputStay();
	// The doors picked from the list, as a person does (the panel shows their names).
	const { acs_entrances: entrances } = await seam.api<{ acs_entrances: Array<{ acs_entrance_id: string; display_name: string }> }>(
		'acs/entrances/list',
		{ acs_system_id: salto.acs_system_id },
	);
	const doorIds = stay.doors.map((door) => entrances.find((entrance) => entrance.display_name === door)?.acs_entrance_id);
	assert.ok(doorIds.every(Boolean), `Grand Hotel (Salto Space) has ${stay.doors.join(' and ')}`);
	const workflow = await rest.call<{ id: string }>('POST', '/rest/workflows', {
		name: "Provision's output",
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: randomUUID(),
				name: OUTPUT_NODE,
				type: 'n8n-nodes-seam.seam',
				typeVersion: 2,
				position: [260, 0],
				parameters: {
					resource: 'mobileAccess',
					operation: 'provision',
					mode: 'accessGrant',
					acsSystemId: { __rl: true, mode: 'list', value: salto.acs_system_id, cachedResultName: salto.name },
					fullName: stay.guest,
					userIdentityKey: stay.guestKey,
					emailAddress: 'ana.lopez@example.com',
					acsEntranceIds: doorIds,
					reservationKey: 'BK-1001',
					startsAt: stay.startsAt,
					endsAt: stay.endsAt,
					options: {},
				},
				credentials: { seamApi: EXAMPLE_CREDENTIAL },
			},
		],
		connections: { Start: { main: [[{ node: OUTPUT_NODE, type: 'main', index: 0 }]] } },
	});
	return workflow.id;
}

/** The output table's first item as n8n renders it: each column's header and the text of its cell. */
async function outputTable(page: Page): Promise<Record<string, string>> {
	const table = page.locator('[data-test-id="output-panel"] table').first();
	await table.waitFor({ timeout: 10_000 });
	return await table.evaluate((element) => {
		const headers = Array.from(element.querySelectorAll('thead th')).map((th) => (th as HTMLElement).innerText.trim());
		const cells = Array.from(element.querySelector('tbody tr')?.querySelectorAll(':scope > td') ?? []).map((td) => (td as HTMLElement).innerText.trim());
		return Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? '']).filter(([header]) => header !== ''));
	});
}

/** Switches the output panel to one of n8n's views (Table, JSON, Schema). */
async function outputView(page: Page, view: 'table' | 'json'): Promise<void> {
	const panel = page.locator('[data-test-id="output-panel"]');
	const mode = panel.locator('[data-test-id="ndv-run-data-display-mode"]');
	const button = mode.locator(`[data-test-id="radio-button-${view}"]`);
	if ((await button.count()) > 0) await button.first().click();
	else await mode.getByText(view === 'json' ? 'JSON' : 'Table', { exact: true }).first().click();
	await page.waitForTimeout(600);
}

/**
 * Provision's output in the editor: a new workflow's Provision (Access Grant mode, node version 2: a Salto Space guest,
 * her room and the lobby) executed from its panel. The output's Table view shows at its top level, as its first
 * columns, the guest, the doors by name, the dates, the key link (`key_link`, summary.ts) and the access in words
 * ("being issued"); then the JSON view. SCREENSHOTS_BEFORE=1 (the pictures of a commit before this output): the
 * item's columns are Seam's objects (`access_grant`, …), the key link only inside it (`instant_key_url`), no `key_link`.
 */
async function checkProvisionOutput(context: BrowserContext, url: string, rest: N8nRest, seam: SandboxProcess): Promise<void> {
	const before = process.env.SCREENSHOTS_BEFORE === '1';
	const id = await createOutputWorkflow(rest, seam);
	const stay = outputStay();
	const page = await context.newPage();
	// Wider than the other checks' pages: the output's columns need the room.
	await page.setViewportSize({ width: 1920, height: 1000 });
	const { check, done } = failureList("what Provision's output shows");
	try {
		await openNodePanel(page, url, id, OUTPUT_NODE, '[data-test-id="parameter-input-operation"]');
		// The parameters dragged to the left: the output panel takes the room, so the item's first columns show in full.
		const handle = await page.locator('[data-test-id="panel-drag-button"]').first().boundingBox();
		if (handle) {
			await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
			await page.mouse.down();
			await page.mouse.move(handle.x - 600, handle.y + handle.height / 2, { steps: 12 });
			await page.mouse.up();
			await page.waitForTimeout(500);
		}
		await page.locator('[data-test-id="node-execute-button"]').first().click({ timeout: 10_000 });
		const panel = page.locator('[data-test-id="output-panel"]');
		await waitFor('the output panel to show the item', async () => ((await panel.locator('[data-test-id="ndv-items-count"], [data-test-id="run-data-item-count"]').count()) > 0 ? true : undefined), {
			timeoutMs: 30_000,
		}).catch(async () => {
			await shoot(page, 'provision-output.png');
			throw new Error(`Provision's output never showed: ${await page.locator('[data-test-id="ndv"]').first().innerText().catch(() => '')}`);
		});
		// n8n's "Node executed successfully" toast would cover the item's last columns.
		await page.locator('.el-notification .el-notification__closeBtn').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLElement).click()));
		await outputView(page, 'table');
		const row = await outputTable(page);
		await page.waitForTimeout(500);
		await shoot(page, 'provision-output.png');
		const columns = Object.keys(row);
		console.log(`    columns: ${columns.join(', ')}`);
		if (before) {
			check(!columns.includes('key_link'), `before: no key_link at the top level: ${columns.join(', ')}`);
			check(columns.includes('access_grant'), `before: Seam's access_grant is a column: ${columns.join(', ')}`);
		} else {
			const first = ['guest', 'guest_key', 'doors', 'starts_at', 'ends_at', 'key_link', 'access'];
			check(JSON.stringify(columns.slice(0, first.length)) === JSON.stringify(first), `the first columns are ${first.join(', ')}: ${columns.join(', ')}`);
			check(row.guest === stay.guest, `guest: ${JSON.stringify(row.guest)}`);
			check(row.guest_key === stay.guestKey, `guest_key: ${JSON.stringify(row.guest_key)}`);
			check(stay.doors.every((door) => (row.doors ?? '').includes(door)), `doors by name (${stay.doors.join(', ')}): ${JSON.stringify(row.doors)}`);
			check((row.starts_at ?? '').startsWith(stay.startsAt.slice(0, 19)), `starts_at ${stay.startsAt}: ${JSON.stringify(row.starts_at)}`);
			check((row.ends_at ?? '').startsWith(stay.endsAt.slice(0, 19)), `ends_at ${stay.endsAt}: ${JSON.stringify(row.ends_at)}`);
			check(/^https?:\/\/\S+$/.test(row.key_link ?? ''), `key_link is a link: ${JSON.stringify(row.key_link)}`);
			check(/Mobile key: being issued/.test(row.access ?? ''), `access in words (being issued): ${JSON.stringify(row.access)}`);
			// The key link's column is on screen without scrolling the table sideways.
			const keyLink = await panel.locator('thead th', { hasText: /^key_link$/ }).first().boundingBox();
			const shown = await panel.boundingBox();
			check(!!keyLink && !!shown && keyLink.x + keyLink.width <= shown.x + shown.width, 'the key_link column is visible without scrolling');
		}
		check(/instant_key_url\s*:\s*https?:\/\//.test(row.access_grant ?? ''), `Seam's grant, with its instant_key_url, is in the item: ${JSON.stringify(row.access_grant)}`);
		// Before, the guest's client session token was in every item (issue 21); now only with an option.
		if (!before) check(!Object.values(row).some((cell) => cell.includes('client_session_token')), 'no client session token anywhere in the item');
		await outputView(page, 'json');
		await shoot(page, 'provision-output-json.png');
		await page.keyboard.press('Escape');
	} finally {
		await page.close();
	}
	done();
}

/** The mobile key event as the Events list names it, and as n8n's node panel lists it. */
const ISSUED_EVENT = 'Access Method (Mobile Key, PIN or Card): Issued';
const ISSUED_ENTRY = 'On access method (mobile key, PIN or card) issued';
/** The Seam node's description (nodes/shared/appDescription.ts), written out: the panel must show this one. */
const SEAM_DESCRIPTION =
	'Give guests and staff mobile keys, PIN codes and cards, lock and unlock doors, and start workflows when Seam reports a key issued or a door opened';

/** The key-issued example's trigger: its Events list, searched for "mobile key", offers the issued mobile key. */
async function checkEventSearch(page: Page, url: string): Promise<void> {
	await openNodePanel(page, url, WORKFLOWS.keyIssued, 'Key issued', '[data-test-id="parameter-input-events"]');
	const events = page.locator('[data-test-id="parameter-input-events"]');
	await events.locator('input').first().click();
	await page.keyboard.type('mobile key');
	const items = page.locator('.el-select-dropdown__item:visible');
	const found = await waitFor('the Events list to show the search results', async () => {
		// Each item shows the event's name, then its description on the next line.
		const texts = (await items.allInnerTexts()).map((text) => text.split('\n')[0].trim());
		return texts.includes(ISSUED_EVENT) ? texts : undefined;
	}, { timeoutMs: 10_000 }).catch(async () => {
		throw new Error(`searching the Events for "mobile key" shows ${JSON.stringify(await items.allInnerTexts())}`);
	});
	await page.waitForTimeout(300);
	await shoot(page, 'trigger-events-search.png');
	assert.deepEqual(found.filter((text) => !/mobile key/i.test(text)), [], `only events with "mobile key": ${found.join(' | ')}`);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
}

/**
 * n8n's node panel: the Seam entry (the Seam node with the Seam Trigger merged into it) shows the Seam node's own
 * description, and lists the trigger's events in words ("On access method (mobile key, PIN or card) issued").
 */
async function checkNodePanel(page: Page, url: string): Promise<void> {
	await page.goto(`${url}/workflow/${WORKFLOWS.keyIssued}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor();
	await page.waitForLoadState('load');
	await page.waitForTimeout(1000);
	await page.locator('[data-test-id="node-creator-plus-button"]').click();
	const panel = page.locator('[data-test-id="node-creator"]');
	await page.locator('[data-test-id="node-creator-search-bar"]').fill('Seam');
	const seamEntry = panel.locator('[data-test-id="node-creator-item-name"]', { hasText: /^Seam$/ }).first();
	await seamEntry.waitFor();
	await seamEntry.click();
	await waitFor("the Seam entry's page", async () => ((await panel.innerText()).includes(SEAM_DESCRIPTION) ? true : undefined), {
		timeoutMs: 10_000,
	}).catch(async () => {
		throw new Error(`the Seam entry's page does not show the Seam node's description: ${await panel.innerText()}`);
	});
	await page.waitForTimeout(300);
	await shoot(page, 'node-panel-seam.png');
	// The page lists the actions, then the triggers (folded when adding a step after others: unfold them).
	if (!(await panel.innerText()).includes(ISSUED_ENTRY)) await panel.getByText(/^Triggers \(\d+\)$/).first().click();
	const listed = await waitFor('the trigger entries', async () => {
		const text = await panel.innerText();
		return text.includes(ISSUED_ENTRY) ? text : undefined;
	}, { timeoutMs: 10_000 }).catch(async () => {
		throw new Error(`the Seam entry's page does not list "${ISSUED_ENTRY}": ${await panel.innerText()}`);
	});
	await panel.getByText(ISSUED_ENTRY, { exact: true }).first().scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	await shoot(page, 'node-panel-triggers.png');
	assert.ok(listed.includes('On ACS system (access control) added'), `the ACS system entries read as words: ${listed}`);
	assert.ok(!/\bOn acs /.test(listed), `no entry in machine text: ${listed}`);
	await page.keyboard.press('Escape');
}

/**
 * The subtitle under each Seam node as rendered: its text, and the part the canvas shows when it cuts it short with
 * an ellipsis (measured with the text's own font, on the element's width).
 */
async function renderedSubtitles(page: Page): Promise<Array<{ node: string; text: string; shown: string }>> {
	return await page.locator('[data-test-id="canvas-node"]:has(img[src*="/n8n-nodes-seam/"])').evaluateAll((nodes) =>
		nodes.map((node) => {
			const name = node.getAttribute('data-node-name') ?? '';
			const element = node.querySelector('[class*="subtitle"]') as HTMLElement | null;
			if (!element || element.offsetWidth === 0) return { node: name, text: '', shown: '' };
			const text = element.innerText.trim();
			if (element.scrollWidth <= element.clientWidth) return { node: name, text, shown: text };
			const textNode = element.firstChild;
			if (!(textNode instanceof Text)) return { node: name, text, shown: `${text} (cut short)` };
			const range = document.createRange();
			// On screen, as the canvas is zoomed: the element's box, the ellipsis and the text ranges all in screen pixels.
			const probe = document.createElement('span');
			probe.textContent = '…';
			element.appendChild(probe);
			const room = element.getBoundingClientRect().width - probe.getBoundingClientRect().width;
			probe.remove();
			let fits = 0;
			for (let end = 1; end <= textNode.length; end++) {
				range.setStart(textNode, 0);
				range.setEnd(textNode, end);
				if (range.getBoundingClientRect().width > room) break;
				fits = end;
			}
			return { node: name, text, shown: `${text.slice(0, fits).trimEnd()}…` };
		}),
	);
}

/** Each example as imported: no node flagged with issues, the Seam icons loaded, the subtitles in words. */
async function checkExamples(page: Page, url: string): Promise<string[]> {
	const wrong: string[] = [];
	const cutShort: string[] = [];
	for (const id of Object.values(WORKFLOWS)) {
		await page.goto(`${url}/workflow/${id}`);
		await page.locator('[data-test-id="canvas-node"]').first().waitFor();
		await page.waitForLoadState('load');
		await page.waitForTimeout(1000);
		const issues = await page.locator('[data-test-id="canvas-node"]:has([data-test-id="node-issues"])').evaluateAll((nodes) =>
			nodes.map((node) => node.getAttribute('data-node-name')),
		);
		assert.deepEqual(issues, [], `${id}: nodes with issues`);
		const icons = await page.locator('img[src*="/n8n-nodes-seam/"]').evaluateAll((images) =>
			images.map((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
		);
		assert.ok(icons.length > 0 && icons.every(Boolean), `${id}: Seam icons loaded (${icons.join(', ')})`);
		if (id === WORKFLOWS.keyIssued) await shoot(page, 'key-issued-notification-canvas.png');
		if (id === WORKFLOWS.shortTermRental) await shoot(page, 'short-term-rental-canvas.png');
		// What the canvas shows under each Seam node (its subtitle) is read by people too.
		const rendered = await renderedSubtitles(page);
		const expected = SUBTITLES[id] ?? {};
		assert.deepEqual(rendered.map(({ node }) => node).sort(), Object.keys(expected).sort(), `${id}: the Seam nodes on the canvas`);
		for (const { node, text, shown } of rendered) {
			// Where the canvas cuts a subtitle short, at least its first three words must still be readable.
			const lead = expected[node]?.split(' ').slice(0, 3).join(' ') ?? '';
			if (text !== expected[node]) wrong.push(`${id} / ${node}: the text is "${text}", expected "${expected[node]}"`);
			else if (!shown.startsWith(lead)) wrong.push(`${id} / ${node}: only "${shown}" is visible`);
			if (shown !== text) cutShort.push(`${node}: "${shown}"`);
		}
	}
	assert.deepEqual(wrong, [], 'Seam nodes whose canvas subtitle is not the action in words');
	return [...new Set(cutShort)];
}

async function main(): Promise<void> {
	cleanUpOnExit();
	const started = Date.now();
	let browser: Browser | undefined;
	const failures: unknown[] = [];
	try {
		section('setup');
		await step("Debian's chromium present", ensureChromium);
		// SCREENSHOTS_TARBALL installs another build of the package (e.g. an older commit's `npm pack`) instead of packing this one.
		const { n8n, seam } = await prepare(undefined, { tarball: process.env.SCREENSHOTS_TARBALL });
		const { url } = await step('n8n started, owner signed in', async () => await n8n.startProcess('main'));
		const rest = new N8nRest(url, n8n.runtime);
		await rest.signIn();
		mkdirSync(shotsFolder, { recursive: true });

		section('the editor in headless Chromium');
		browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
		const context = await browser.newContext({ viewport: { width: 1440, height: 1100 }, deviceScaleFactor: 1 });
		const [name, value] = rest.authCookie.split('=');
		await context.addCookies([{ name, value, url }]);
		const page = await context.newPage();

		// Each check runs (and its screenshot is written) even when an earlier one failed.
		const checks: Array<[string, () => Promise<void>]> = [
			[
				'hotel check-in example opened; the Seam node and its icon render',
				async () => {
					await openWorkflow(page, url);
					await shoot(page, 'hotel-check-in-canvas.png');
					await checkCanvas(page);
				},
			],
			[
				'provision parameters: labels and values a person reads, no parameter names',
				async () => {
					await openSeamNode(page);
					await shoot(page, 'provision-parameters.png');
					await checkParameters(page);
				},
			],
			[
				"Provision's ACS System picker shows each system with doors once, no credential manager; its search asks the sandbox",
				async () => await checkPicker(page, seam),
			],
			["Revoke's ACS System picker (the general one) shows every system once, the credential manager too", async () => await checkGeneralPicker(page, url)],
			[
				"Provision's door fields by system: each door names its system before one is chosen; Salto's through access groups, Visionline's on the key; Smart Locks: locks only",
				async () => await checkDoorFields(context, url, rest),
			],
			[
				"Provision's output (executed in the editor): the guest, the doors by name, the dates, the key link and the access in words at the item's top level",
				async () => await checkProvisionOutput(context, url, rest, seam),
			],
			['the trigger\'s Events list: "mobile key" finds the issued mobile key', async () => await checkEventSearch(page, url)],
			[
				"n8n's node panel: the Seam node's own description, the trigger's events in words",
				async () => await checkNodePanel(page, url),
			],
			[
				'every example opens with no node issues, Seam icons loaded, the text under each Seam node is its action in words',
				async () => {
					const cutShort = await checkExamples(page, url);
					if (cutShort.length) console.log(`    subtitles the canvas cuts short (node width): ${cutShort.join('; ')}`);
				},
			],
		];
		// SCREENSHOTS_ONLY=<words> runs only the checks whose name contains them (e.g. "door fields"), to iterate on one.
		const only = process.env.SCREENSHOTS_ONLY?.toLowerCase();
		for (const [name, check] of checks.filter(([name]) => !only || name.toLowerCase().includes(only))) {
			try {
				await step(name, check);
			} catch (error) {
				failures.push(error);
			}
		}
	} catch (error) {
		failures.push(error);
	}
	await browser?.close();
	await cleanUp();
	for (const failure of failures) {
		console.error(`\n${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`);
	}
	console.log(`\nScreenshots in ${shotsFolder} (${seconds(Date.now() - started)})`);
	console.log(summary().line);
	process.exit(failures.length ? 1 : 0);
}

void main();

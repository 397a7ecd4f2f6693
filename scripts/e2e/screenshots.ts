/// <reference lib="dom" />
/**
 * `npm run e2e:screenshots`: the n8n editor as a person sees it, in headless Chromium (Debian's `chromium`).
 *
 * Same set-up as `npm run test:e2e` (packed package in n8n 2.8.4, sandbox, imported credential and examples), then
 * `n8n start`, the owner signed in, and the hotel check-in example opened. Checks, then screenshots into
 * docs/screenshots/:
 * - the Seam node's icon is loaded on the canvas (hotel-check-in-canvas.png);
 * - every example opens with no node flagged, and no Seam node shows a raw name under it
 *   (key-issued-notification-canvas.png);
 * - the provision parameters panel shows only labels and values a person reads, no parameter names
 *   (provision-parameters.png);
 * - the ACS System picker lists the sandbox's systems and its search asks the sandbox (acs-system-picker.png).
 * Exits 1 when a check fails (the screenshots are still written, to see why).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

import { N8nRest } from './lib/n8n';
import { cleanUp, cleanUpOnExit, commandExists, runOrFail, waitFor } from './lib/processes';
import type { SandboxProcess } from './lib/sandbox';
import { section, seconds, step, summary } from './lib/steps';
import { prepare, WORKFLOWS } from './run';

const repoRoot = resolve(__dirname, '..', '..');
const shotsFolder = join(repoRoot, 'docs', 'screenshots');
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

async function checkPicker(page: Page, seam: SandboxProcess): Promise<void> {
	const { acs_systems: systems } = await seam.api<{ acs_systems: Array<{ name: string }> }>('acs/systems/list');
	await seam.clearRequests();
	const current = await page.locator('[data-test-id="rlc-input"]').first().inputValue();
	await page.locator('[data-test-id="rlc-input"]').first().click();
	const items = page.locator('[data-test-id="rlc-item"]');
	// Every system of the workspace, as the sandbox lists them (the list loads after the dropdown opens).
	const isListed = (listed: string[]) => systems.every((system) => listed.some((entry) => entry.startsWith(system.name)));
	await waitFor('the picker to list every sandbox ACS system', async () => (isListed(await items.allInnerTexts()) ? true : undefined), {
		timeoutMs: 10_000,
	}).catch(async (error: Error) => {
		throw new Error(`${error.message}; listed: ${(await items.allInnerTexts()).join(' | ')}`);
	});
	await shoot(page, 'acs-system-picker.png');
	// The search box asks Seam (the sandbox), not only the page.
	await page.locator('[data-test-id="rlc-search"]').fill('Brivo');
	const found = await waitFor('the picker to show the search results', async () => {
		const texts = await items.allInnerTexts();
		return texts.some((text) => text.startsWith('HQ Office')) ? texts : undefined;
	}, { timeoutMs: 10_000 });
	await shoot(page, 'acs-system-picker-search.png');
	// n8n keeps the current choice (its cached name) at the top of the list; the rest is what the search found.
	const results = found.filter((text) => text !== current);
	assert.deepEqual(results.map((text) => text.split(' (')[0]), ['HQ Office'], `only the matching system is listed: ${found.join(' | ')}`);
	const { requests } = await seam.control<{ requests: Array<{ route: string; body: { search?: string } }> }>('GET', 'requests');
	assert.ok(
		requests.some((request) => request.route === 'acs/systems/list' && request.body.search === 'Brivo'),
		`the sandbox was asked for "Brivo": ${JSON.stringify(requests.map((request) => [request.route, request.body]))}`,
	);
	await page.keyboard.press('Escape');
}

/** Each example as imported: no node flagged with issues (unknown node, missing or invalid parameter). */
async function checkExamples(page: Page, url: string): Promise<void> {
	const rawSubtitles: string[] = [];
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
		// What the canvas shows under each Seam node (its subtitle) is read by people too.
		const subtitles = await page
			.locator('[data-test-id="canvas-node"]:has(img[src*="/n8n-nodes-seam/"]) [class*="subtitle"]')
			.allInnerTexts();
		rawSubtitles.push(...subtitles.filter((subtitle) => technicalWords([subtitle]).length > 0).map((subtitle) => `${id}: "${subtitle}"`));
	}
	assert.deepEqual(rawSubtitles, [], 'Seam nodes whose canvas subtitle shows raw parameter values');
}

async function main(): Promise<void> {
	cleanUpOnExit();
	const started = Date.now();
	let browser: Browser | undefined;
	const failures: unknown[] = [];
	try {
		section('setup');
		await step("Debian's chromium present", ensureChromium);
		const { n8n, seam } = await prepare();
		const { url } = await step('n8n started, owner signed in', async () => await n8n.startProcess('main'));
		const rest = new N8nRest(url, n8n.bin);
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
			['ACS System picker lists the sandbox systems; its search asks the sandbox', async () => await checkPicker(page, seam)],
			['every example opens with no node issues, Seam icons loaded, no raw names under Seam nodes', async () => await checkExamples(page, url)],
		];
		for (const [name, check] of checks) {
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

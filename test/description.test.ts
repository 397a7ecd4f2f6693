import type { INode, INodeProperties, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { nodeTypes } from './harness';
import { resourceOperations } from '../nodes/Seam/actions/resources';
import { TIME_ZONE_HINT } from '../nodes/Seam/helpers/fields';
import { Seam } from '../nodes/Seam/Seam.node';
import { SeamPollTrigger } from '../nodes/SeamPollTrigger/SeamPollTrigger.node';
import { SeamTrigger } from '../nodes/SeamTrigger/SeamTrigger.node';

/** What n8n shows under a node on the canvas: its subtitle expression, resolved with the node's parameters. */
function subtitleOf(nodeType: INodeType, type: string, parameters: INode['parameters']): string {
	const node: INode = { id: 'n', name: 'Node', type, typeVersion: 1, position: [0, 0], parameters };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(
		node,
		nodeType.description.subtitle as string,
		'internal',
		{},
	) as string;
}

/** Each collection (Filters, Additional Fields, a Seam object's settings, …) with its options' labels in their order. */
function* collections(properties: INodeProperties[], where: string): Generator<{ where: string; labels: string[] }> {
	for (const property of properties) {
		if (property.type !== 'collection') continue;
		const options = property.options as INodeProperties[];
		const shown = Object.values(property.displayOptions?.show ?? {}).flat().join('/');
		yield { where: `${where} ${shown} ${property.name}`, labels: options.map((option) => option.displayName) };
		yield* collections(options, `${where} ${shown} ${property.name}`);
	}
}

/** Every property, with those inside collections and fixed collections. */
function* allProperties(properties: INodeProperties[]): Generator<INodeProperties> {
	for (const property of properties) {
		yield property;
		for (const option of (property.options ?? []) as Array<Partial<INodeProperties> & { values?: INodeProperties[] }>) {
			if (option.values) yield* allProperties(option.values);
			else if (option.type) yield* allProperties([option as INodeProperties]);
		}
	}
}

describe('what the editor shows', () => {
	test('every date field says in its hint which time zone its times are on', () => {
		const dates = [...allProperties(new Seam().description.properties)].filter((property) => property.type === 'dateTime');
		expect(dates.length).toBeGreaterThan(10);
		expect(TIME_ZONE_HINT).toMatch(/time zone/);
		expect(dates.filter((property) => property.hint !== TIME_ZONE_HINT).map((property) => property.displayName)).toEqual([]);
	});

	test('every collection lists its options alphabetically, as n8n’s editor convention is', () => {
		const all = [
			...collections(new Seam().description.properties, 'Seam'),
			...collections(new SeamTrigger().description.properties, 'Seam Trigger'),
			...collections(new SeamPollTrigger().description.properties, 'Seam Poll Trigger'),
		];
		const unsorted = all.filter(({ labels }) => labels.join('|') !== [...labels].sort((a, b) => a.localeCompare(b)).join('|'));

		expect(all.length).toBeGreaterThan(40);
		expect(unsorted).toEqual([]);
	});

	test('the Seam node’s subtitle names the action in words for every operation', () => {
		const seam = new Seam();
		expect(subtitleOf(seam, 'n8n-nodes-seam.seam', { resource: 'mobileAccess', operation: 'provision' })).toMatch(
			/^[A-Z][a-z]+ .*mobile access/i,
		);
		for (const [resource, operations] of Object.entries(resourceOperations)) {
			for (const operation of Object.keys(operations)) {
				const subtitle = subtitleOf(seam, 'n8n-nodes-seam.seam', { resource, operation });
				expect(subtitle).toMatch(/^[A-Z][a-z]+ [a-zA-Z ]+/);
				expect(subtitle).not.toContain(operation === 'get' ? 'get:' : operation);
			}
		}
	});

	test('the trigger’s subtitle names the events in words', () => {
		const trigger = new SeamTrigger();
		expect(
			subtitleOf(trigger, 'n8n-nodes-seam.seamTrigger', { events: ['acs_credential.issued', 'phone.deactivated'] }),
		).toBe('Credential (Mobile Key, Card or PIN): Issued, Phone (Mobile Keys): Deactivated');
	});

	test('every resource says what it is in the Resource dropdown', () => {
		const resource = new Seam().description.properties.find((property) => property.name === 'resource');
		const options = (resource?.options ?? []) as Array<{ name: string; description?: string }>;
		expect(options).toHaveLength(Object.keys(resourceOperations).length);
		expect(options.filter((option) => !option.description).map((option) => option.name)).toEqual([]);
	});

	// n8n's node panel merges the Seam Trigger into the Seam node's entry and shows the trigger's description there
	// (n8n's editor, useActionsGeneration.ts: \`app.description = trigger.description\`).
	test('the node panel\'s Seam entry shows the Seam node\'s own description: the trigger says the same', () => {
		const seam = new Seam().description;
		const trigger = new SeamTrigger().description;
		expect(seam.name.replace('Trigger', '')).toBe(trigger.name.replace('Trigger', ''));
		expect(trigger.description).toBe(seam.description);
		expect(seam.description).toMatch(/mobile keys, PIN codes and cards/);
	});
});

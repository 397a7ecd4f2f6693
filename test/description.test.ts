import type { INode, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { nodeTypes } from './harness';
import { resourceOperations } from '../nodes/Seam/actions/resources';
import { Seam } from '../nodes/Seam/Seam.node';
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

describe('what the editor shows', () => {
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
		).toBe('Credential: Issued, Phone: Deactivated');
	});
});

import type { INode, INodeListSearchResult, INodeParameters, INodePropertyOptions } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';

import { Seam } from '../../nodes/Seam/Seam.node';
import { additionalDataFor, nodeTypes, SEAM_NODE_TYPE, type SeamCredentials } from './index';

export interface PickerOptions {
	/** The Seam node's parameters as the editor holds them while the picker is open. */
	parameters: INodeParameters;
	credentials: SeamCredentials;
	/** The text typed into the picker's search box. */
	filter?: string;
	/** The token the previous page returned, as n8n sends it when the user scrolls. */
	paginationToken?: string;
}

/** A LoadOptionsContext for the Seam node as the editor creates one: current parameters, real credentials and HTTP. */
export function loadOptionsContext(parameters: INodeParameters, credentials: SeamCredentials): LoadOptionsContext {
	const node: INode = {
		id: 'seam-node',
		name: 'Seam',
		type: SEAM_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { seamApi: { id: '1', name: 'Seam account' } },
	};
	const workflow = new Workflow({ id: 'test-workflow', nodes: [node], connections: {}, nodeTypes, active: false });
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test-workflow',
		name: 'test',
		active: false,
		nodes: workflow.nodes,
		connections: {},
	} as never);
	const additionalData = { ...additionalDataFor(hooks, credentials), currentNodeParameters: parameters };
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters');
}

/** Calls a `listSearch` method of the Seam node (the "From List" picker of a resource locator). */
export async function searchPicker(method: string, options: PickerOptions): Promise<INodeListSearchResult> {
	const search = new Seam().methods.listSearch[method as keyof Seam['methods']['listSearch']];
	if (!search) throw new Error(`The Seam node has no listSearch method ${method}`);
	const context = loadOptionsContext(options.parameters, options.credentials);
	return await search.call(context, options.filter, options.paginationToken);
}

/** Calls a `loadOptions` method of the Seam node (the choices of an options or multi-options field). */
export async function loadOptions(
	method: string,
	options: Pick<PickerOptions, 'parameters' | 'credentials'>,
): Promise<INodePropertyOptions[]> {
	const load = new Seam().methods.loadOptions[method as keyof Seam['methods']['loadOptions']];
	if (!load) throw new Error(`The Seam node has no loadOptions method ${method}`);
	return await load.call(loadOptionsContext(options.parameters, options.credentials));
}

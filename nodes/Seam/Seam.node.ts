import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resourceProperties, subtitle } from './actions/resources';
import { router } from './actions/router';
import { listSearch, loadOptions } from './methods';
import { SEAM_APP_DESCRIPTION } from '../shared/appDescription';

export class Seam implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Seam',
		name: 'seam',
		icon: { light: 'file:../../icons/seam.svg', dark: 'file:../../icons/seam.dark.svg' },
		group: ['transform'],
		// 2: Provision defaults to Access Grant mode. Version 1 workflows keep their ACS credential mode.
		version: [1, 2],
		defaultVersion: 2,
		subtitle,
		description: SEAM_APP_DESCRIPTION,
		defaults: { name: 'Seam' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'seamApi', required: true }],
		properties: resourceProperties,
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}

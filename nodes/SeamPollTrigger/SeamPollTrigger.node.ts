import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as listSearch from '../shared/listSearch';
import { eventsProperty, eventsSubtitle } from '../shared/events';
import { eventFiltersProperty } from '../shared/eventFilters';
import { pollEvents } from './poll';

export class SeamPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Seam Polling Trigger',
		name: 'seamPollTrigger',
		icon: { light: 'file:../../icons/seam.svg', dark: 'file:../../icons/seam.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle,
		description: 'Checks Seam for new events on a schedule, for n8n installations that Seam cannot reach',
		defaults: { name: 'Seam Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'seamApi', required: true }],
		properties: [
			{
				displayName:
					'Use this trigger when Seam cannot reach your n8n (for example behind a firewall); otherwise the Seam Trigger starts workflows sooner. Each event starts the workflow once, oldest first, even if a check fails and the next one catches up.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			eventsProperty,
			eventFiltersProperty,
			{
				displayName: 'Start With',
				name: 'startWith',
				type: 'options',
				default: 0,
				description:
					'Which events that already happened the first check after activation passes on; later checks pass on every new event',
				options: [
					{ name: 'Only New Events', value: 0, description: 'Nothing from before the workflow was activated' },
					{ name: 'Events of the Last Hour', value: 1 },
					{ name: 'Events of the Last 24 Hours', value: 24 },
					{ name: 'Events of the Last 7 Days', value: 168 },
				],
			},
		],
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollEvents(this);
	}
}

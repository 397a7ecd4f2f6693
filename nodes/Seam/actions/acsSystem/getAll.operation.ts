import { connectedAccountIdFilter, customerKeyFilter, searchFilter } from '../../helpers/descriptions';
import { SIMPLE_ACS_SYSTEM } from './fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'acsSystem',
	route: 'acs/systems/list',
	filters: [
		searchFilter('Only systems whose name or ID contains this text'),
		connectedAccountIdFilter('systems'),
		customerKeyFilter('systems'),
	],
	simplify: SIMPLE_ACS_SYSTEM,
});

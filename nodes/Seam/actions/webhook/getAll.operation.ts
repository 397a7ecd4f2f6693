import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({ resource: 'webhook', route: 'webhooks/list' });

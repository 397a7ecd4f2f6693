import { findSpace } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({ resource: 'space', operation: 'get', route: 'spaces/get', find: findSpace });

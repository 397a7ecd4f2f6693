import { devices, entrances, space } from './fields';
import type { SeamField } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';
import type { SeamOperation } from '../../helpers/types';

/** Adds or removes doors or smart locks of a space (`spaces/<add|remove>_<acs_entrances|devices>`). */
export function membersOperation(operation: string, route: string, members: SeamField, done: 'added' | 'removed'): SeamOperation {
	return idOperation({
		resource: 'space',
		operation,
		route,
		parameters: [space, { ...members, property: { ...members.property, required: true } }],
		done,
	});
}

export const entrancesOf = (verb: string) => entrances(`The doors of your access control system to ${verb}`);
export const devicesOf = (verb: string) => devices(`The smart locks to ${verb}`);

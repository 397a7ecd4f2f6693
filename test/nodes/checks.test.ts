import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';

import { resourceOperations } from '../../nodes/Seam/actions/resources';
import type { SeamField } from '../../nodes/Seam/helpers/fields';
import type { SeamOperation } from '../../nodes/Seam/helpers/types';
import { runSeamNode } from '../harness';
import { rl, UNKNOWN_ID } from '../harness/resource';
import { useSandbox } from '../harness/sandbox';

/**
 * The checks every operation applies before its first request, whether a factory or a hand-written file makes it:
 * found in each operation's description, so a new operation is covered without being listed here.
 */

const BAD_ID = 'not-a-seam-id';
// Mapped from the input, as a wrong field would be: n8n's own check of the By ID format covers only typed values.
const BAD = rl(`={{ "${BAD_ID}" }}`, 'id');

/** Every field an operation declares, with those inside its Seam objects (a `nested` collection's fields). */
const allFields = (fields: readonly SeamField[]): SeamField[] => fields.flatMap((field) => [field, ...allFields(field.fields ?? [])]);

/** A Seam ID field: a picker that checks Seam's ID format, or a field its operation declares as Seam ID(s). */
function isIdField(property: INodeProperties, op: SeamOperation): boolean {
	const picker = property.type === 'resourceLocator' && (property.modes ?? []).some((mode) => mode.name === 'id' && mode.validation);
	// A list of pickers (seamIdList) is checked through its rows.
	const declared = property.type !== 'fixedCollection' && allFields(op.request?.fields ?? []).some(
		(field) => (field.kind === 'id' || field.kind === 'ids') && field.property.name === property.name && field.property.displayName === property.displayName,
	);
	return picker || declared;
}

/** One ID field: where its value goes in the parameters, the properties it sits in (for their display conditions), its label. */
interface IdField {
	path: Array<string | number>;
	chain: INodeProperties[];
	label: string;
	value: unknown;
}

function* idFields(op: SeamOperation, properties: INodeProperties[], path: Array<string | number> = [], chain: INodeProperties[] = []): Generator<IdField> {
	for (const property of properties) {
		const at = [...path, property.name];
		const within = [...chain, property];
		if (isIdField(property, op)) {
			const value = property.type === 'resourceLocator' ? BAD : property.type === 'multiOptions' ? [BAD_ID] : BAD_ID;
			yield { path: at, chain: within, label: property.displayName, value };
		} else if (property.type === 'collection') {
			yield* idFields(op, property.options as INodeProperties[], at, within);
		} else if (property.type === 'fixedCollection') {
			// A seamIdList: one row, its picker labelled by the list.
			for (const group of property.options as Array<{ name: string; values: INodeProperties[] }>) {
				for (const row of group.values.filter((value) => isIdField(value, op))) {
					yield { path: [...at, group.name, 0, row.name], chain: within, label: property.displayName, value: BAD };
				}
			}
		}
	}
}

function setAt(target: IDataObject, path: Array<string | number>, value: unknown): void {
	let node = target as Record<string | number, unknown>;
	path.slice(0, -1).forEach((key, index) => {
		node[key] ??= typeof path[index + 1] === 'number' ? [] : {};
		node = node[key] as Record<string | number, unknown>;
	});
	node[path[path.length - 1]] = value;
}

/** Whether n8n shows a top-level property under these parameters (node version 2). */
function shown(property: INodeProperties, parameters: INodeParameters, all: INodeProperties[]): boolean {
	return Object.entries(property.displayOptions?.show ?? {}).every(([key, allowed]) => {
		if (key === 'resource' || key === 'operation') return true;
		if (key === '@version') return (allowed as unknown[]).includes(2);
		const name = key.replace(/^\//, '');
		const controller = all.find((other) => other.name === name && shown(other, parameters, all));
		return (allowed as unknown[]).includes(parameters[name] ?? controller?.default);
	});
}

/** A value that passes the node's checks, for the other required parameters. */
function validValue(property: INodeProperties): unknown {
	if (property.type === 'resourceLocator') return rl(UNKNOWN_ID, 'id');
	if (property.type === 'string') return 'Jane Doe';
	if (property.type === 'dateTime') return '2030-01-01T00:00:00Z';
	if (property.type === 'fixedCollection') {
		const [group] = property.options as Array<{ name: string; values: INodeProperties[] }>;
		return { [group.name]: [Object.fromEntries(group.values.map((value) => [value.name, validValue(value)]))] };
	}
	return property.default;
}

/** The parameters that show `chain` (its display conditions) and fill every other required parameter validly. */
function parametersFor(resource: string, operation: string, op: SeamOperation, chain: INodeProperties[]): INodeParameters {
	const parameters: INodeParameters = { resource, operation };
	for (const property of chain) {
		for (const [key, allowed] of Object.entries(property.displayOptions?.show ?? {})) {
			if (['resource', 'operation', '@version'].includes(key)) continue;
			parameters[key.replace(/^\//, '')] ??= (allowed as INodeParameters[string][])[0];
		}
	}
	for (const property of op.description) {
		if (property.required && !(property.name in parameters) && shown(property, parameters, op.description)) {
			parameters[property.name] = validValue(property) as INodeParameters[string];
		}
	}
	return parameters;
}

const operations = Object.entries(resourceOperations).flatMap(([resource, ops]) =>
	Object.entries(ops).map(([operation, op]) => ({ resource, operation, op })),
);

const idCases = operations.flatMap(({ resource, operation, op }) =>
	[...idFields(op, op.description)].map((found) => ({ name: `${resource}/${operation} · ${found.path.join('.')}`, resource, operation, op, found })),
);

const simplified = operations.filter(({ op }) => op.description.some((property) => property.name === 'simplify'));

const updates = operations.filter(({ op }) => op.description.some((property) => property.name === 'updateFields'));

describe('every operation checks its input before any request', () => {
	const seam = useSandbox();

	test(`the sweep finds the ID fields (${idCases.length}) and the updates (${updates.length})`, () => {
		// Far fewer would mean the sweep lost its way through the descriptions.
		expect(idCases.length).toBeGreaterThan(100);
		expect(updates.length).toBeGreaterThanOrEqual(5);
	});

	test.each(idCases)('a non-ID in $name fails its item, naming the field, before any request', async ({ resource, operation, op, found }) => {
		const parameters = parametersFor(resource, operation, op, found.chain);
		setAt(parameters as IDataObject, found.path, found.value);

		const result = await runSeamNode({ credentials: seam.credentials, parameters });

		expect(result.error?.message).toBe(`${found.label}: "${BAD_ID}" is not a Seam ID`);
		expect(seam.calls()).toEqual([]);
	});

	test.each(updates)('$resource/$operation without any Update Field fails its item before any request', async ({ resource, operation, op }) => {
		const parameters = { ...parametersFor(resource, operation, op, []), updateFields: {} };

		const result = await runSeamNode({ credentials: seam.credentials, parameters });

		expect(result.error?.message).toBe('Nothing to update');
		expect(seam.calls()).toEqual([]);
	});
});

describe('Simplify, where an operation has it', () => {
	test.each(simplified)('$resource/$operation: on for new workflows; off for version-1 workflows unless it simplified from the start', ({ op }) => {
		const options = op.description.filter((property) => property.name === 'simplify');
		const byVersion = options.map((option) => [option.displayOptions?.show?.['@version'] ?? 'every version', option.default]);
		expect([
			[['every version', true]],
			[
				[[1], false],
				[[2], true],
			],
		]).toContainEqual(byVersion);
	});
});

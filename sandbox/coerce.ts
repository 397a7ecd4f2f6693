import { isObject, type JsonSchema } from './openapi';

/**
 * Reads query parameters as the Seam SDK writes them (`@seamapi/url-search-params-serializer`):
 * nested objects as dotted keys (`phone_metadata.os_version`), arrays as repeated keys, an empty
 * array as one empty value, `null` as an empty value, numbers and booleans as text. Each value is
 * turned back into its type by the route's request schema. `_strict` is dropped.
 */
export function paramsFromQuery(query: URLSearchParams, schema: JsonSchema): Record<string, unknown> {
	const grouped = new Map<string, string[]>();
	for (const [rawKey, value] of query) {
		const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey;
		if (key === '_strict') continue;
		grouped.set(key, [...(grouped.get(key) ?? []), value]);
	}
	const params: Record<string, unknown> = {};
	for (const [key, values] of grouped) {
		const path = key.split('.');
		setPath(params, path, coerceValues(values, schemaAt(schema, path)));
	}
	return params;
}

function coerceValues(values: string[], schema: JsonSchema | undefined): unknown {
	const types = typesOf(schema);
	if (types.has('array')) {
		if (values.length === 1 && values[0] === '') return [];
		// One value may carry a comma-separated list (as Seam's own query parsing allows).
		const items = values.length === 1 ? values[0].split(',') : values;
		const itemSchema = isObject(schema?.items) ? schema.items : undefined;
		return items.map((item) => coerceScalar(item, itemSchema));
	}
	return coerceScalar(values[values.length - 1], schema);
}

function coerceScalar(value: string, schema: JsonSchema | undefined): unknown {
	const types = typesOf(schema);
	if (value === '' && types.has('null')) return null;
	if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
	if ((types.has('number') || types.has('integer')) && value.trim() !== '' && Number.isFinite(Number(value))) {
		return Number(value);
	}
	return value;
}

/** The schema of the property at `path`, looking through allOf/anyOf/oneOf. */
function schemaAt(schema: JsonSchema | undefined, path: string[]): JsonSchema | undefined {
	let current: JsonSchema | undefined = schema;
	for (const name of path) {
		current = propertySchema(current, name);
		if (!current) return undefined;
	}
	return current;
}

function propertySchema(schema: JsonSchema | undefined, name: string): JsonSchema | undefined {
	if (!schema) return undefined;
	if (isObject(schema.properties) && isObject(schema.properties[name])) return schema.properties[name];
	for (const key of ['allOf', 'anyOf', 'oneOf']) {
		const branches = Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [];
		for (const branch of branches) {
			const found = isObject(branch) ? propertySchema(branch, name) : undefined;
			if (found) return found;
		}
	}
	return undefined;
}

/** The JSON types a schema admits, including through anyOf/oneOf branches. */
function typesOf(schema: JsonSchema | undefined): Set<string> {
	const types = new Set<string>();
	if (!schema) return types;
	if (typeof schema.type === 'string') types.add(schema.type);
	if (Array.isArray(schema.type)) for (const t of schema.type) types.add(String(t));
	for (const key of ['anyOf', 'oneOf']) {
		const branches = Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [];
		for (const branch of branches) if (isObject(branch)) for (const t of typesOf(branch)) types.add(t);
	}
	return types;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
	let node = target;
	for (const name of path.slice(0, -1)) {
		if (!isObject(node[name])) node[name] = {};
		node = node[name] as Record<string, unknown>;
	}
	node[path[path.length - 1]] = value;
}

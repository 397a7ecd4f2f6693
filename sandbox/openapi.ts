import { openapi } from '@seamapi/types/connect';

/** A JSON Schema (draft-07 flavoured, as Ajv takes it). */
export type JsonSchema = Record<string, unknown>;

interface MediaTypes {
	content?: Record<string, { schema?: JsonSchema }>;
}
interface Operation {
	requestBody?: MediaTypes;
	responses?: Record<string, MediaTypes>;
}
interface OpenApiDocument {
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, JsonSchema> };
}

/** Seam's OpenAPI 3.0 document, as shipped in `@seamapi/types`. */
export const openApiDocument = openapi as unknown as OpenApiDocument;

/** `$id` under which the converted `components.schemas` are registered with Ajv. */
export const COMPONENTS_ID = 'seam-components';

/** Requests are read leniently (unions as anyOf); responses are checked strictly. */
export type SchemaMode = 'request' | 'response';

/** The route's operation. Seam documents every route under POST (reads under GET too). */
function operationOf(route: string): Operation | undefined {
	const item = openApiDocument.paths[`/${route}`];
	if (!item) return undefined;
	return item.post ?? Object.values(item)[0];
}

export const isDocumentedRoute = (route: string): boolean => operationOf(route) !== undefined;

/** JSON Schema of the route's parameters (an empty object when it takes none). */
export function requestSchema(route: string): JsonSchema {
	const schema = operationOf(route)?.requestBody?.content?.['application/json']?.schema;
	return convert(schema ?? { type: 'object', properties: {} }, 'request', false) as JsonSchema;
}

/** JSON Schema of the route's 200 response. */
export function responseSchema(route: string): JsonSchema {
	const schema = operationOf(route)?.responses?.['200']?.content?.['application/json']?.schema;
	if (!schema) throw new Error(`No 200 response schema for ${route}`);
	return convert(schema, 'response', false) as JsonSchema;
}

/** The converted `components.schemas`, as one schema with `definitions`, for `$ref`s to resolve. */
export function componentsSchema(mode: SchemaMode): JsonSchema {
	const definitions: Record<string, unknown> = {};
	for (const [name, schema] of Object.entries(openApiDocument.components.schemas)) {
		definitions[name] = convert(schema, mode, mode === 'request');
	}
	return { $id: COMPONENTS_ID, definitions };
}

/** Names of the top-level properties a request schema knows, through allOf/anyOf/oneOf. */
export function knownProperties(schema: JsonSchema): Set<string> {
	const names = new Set<string>();
	const visit = (s: unknown): void => {
		if (!isObject(s)) return;
		if (isObject(s.properties)) for (const key of Object.keys(s.properties)) names.add(key);
		for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(s[key])) (s[key] as unknown[]).forEach(visit);
	};
	visit(schema);
	return names;
}

const DROPPED_KEYS = new Set(['description', 'deprecated', 'example', 'examples', 'nullable', 'title']);

/**
 * Turns an OpenAPI 3.0 schema into JSON Schema: `nullable` becomes a `null` type,
 * boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers, component `$ref`s point at
 * {@link COMPONENTS_ID}, `x-*` and documentation keys go. In request mode, `oneOf` becomes
 * `anyOf` (Seam parses unions first-match) and objects with properties are closed unless they
 * say otherwise (`close`; not inside unions, whose branches share the object's keys).
 */
function convert(schema: unknown, mode: SchemaMode, close: boolean): unknown {
	if (Array.isArray(schema)) return schema.map((item) => convert(item, mode, close));
	if (!isObject(schema)) return schema;

	const out: JsonSchema = {};
	for (const [key, value] of Object.entries(schema)) {
		if (DROPPED_KEYS.has(key) || key.startsWith('x-')) continue;
		if (key === 'discriminator' && mode === 'request') continue;
		if (key === '$ref' && typeof value === 'string') {
			out.$ref = value.replace('#/components/schemas/', `${COMPONENTS_ID}#/definitions/`);
		} else if (key === 'properties' && isObject(value)) {
			out.properties = Object.fromEntries(
				Object.entries(value).map(([name, sub]) => [name, convert(sub, mode, mode === 'request')]),
			);
		} else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
			const target = key === 'oneOf' && mode === 'request' ? 'anyOf' : key;
			out[target] = (value as unknown[]).map((branch) => convert(branch, mode, false));
		} else if (key === 'items' || key === 'additionalProperties') {
			out[key] = convert(value, mode, mode === 'request');
		} else {
			out[key] = value;
		}
	}
	convertExclusiveBound(out, 'exclusiveMinimum', 'minimum');
	convertExclusiveBound(out, 'exclusiveMaximum', 'maximum');
	if (close && isObject(out.properties) && out.additionalProperties === undefined) {
		out.additionalProperties = false;
	}
	return schema.nullable === true ? makeNullable(out) : out;
}

function convertExclusiveBound(schema: JsonSchema, exclusive: string, bound: string): void {
	if (typeof schema[exclusive] !== 'boolean') return;
	if (schema[exclusive] === true && typeof schema[bound] === 'number') {
		schema[exclusive] = schema[bound];
		delete schema[bound];
	} else {
		delete schema[exclusive];
	}
}

function makeNullable(schema: JsonSchema): JsonSchema {
	if (typeof schema.type === 'string') {
		const nullable: JsonSchema = { ...schema, type: [schema.type, 'null'] };
		if (Array.isArray(schema.enum)) nullable.enum = [...schema.enum, null];
		return nullable;
	}
	return { anyOf: [schema, { type: 'null' }] };
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

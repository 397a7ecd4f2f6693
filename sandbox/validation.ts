import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import { SeamApiError, type ValidationErrors } from './errors';
import {
	componentsSchema,
	knownProperties,
	requestSchema,
	responseSchema,
	type JsonSchema,
	type SchemaMode,
} from './openapi';

/** One problem with the input, as a zod issue: where, and what. */
interface Issue {
	path: string[];
	message: string;
	/** For unrecognized keys: the keys, which also get an entry each in `validation_errors`. */
	keys?: string[];
}

export type ValidationResult =
	| { ok: true; params: Record<string, unknown> }
	| { ok: false; error: SeamApiError };

const ajvs = new Map<SchemaMode, Ajv>();

function ajvFor(mode: SchemaMode): Ajv {
	let ajv = ajvs.get(mode);
	if (!ajv) {
		ajv = new Ajv({
			allErrors: true,
			strict: false,
			verbose: true,
			useDefaults: mode === 'request',
			discriminator: mode === 'response',
		});
		addFormats(ajv);
		for (const format of ['float', 'double', 'int32', 'int64']) ajv.addFormat(format, true);
		ajv.addSchema(componentsSchema(mode));
		ajvs.set(mode, ajv);
	}
	return ajv;
}

interface CompiledRequest {
	schema: JsonSchema;
	known: Set<string>;
	validate: ValidateFunction;
}

const requestCache = new Map<string, CompiledRequest>();

function compiledRequest(route: string): CompiledRequest {
	let compiled = requestCache.get(route);
	if (!compiled) {
		const schema = requestSchema(route);
		compiled = { schema, known: knownProperties(schema), validate: ajvFor('request').compile(schema) };
		requestCache.set(route, compiled);
	}
	return compiled;
}

/** The route's request schema as JSON Schema (compiled and cached on first use). */
export const requestSchemaFor = (route: string): JsonSchema => compiledRequest(route).schema;

/**
 * Checks parameters against the route's request schema, as Seam does: unknown top-level keys
 * are rejected, defaults are filled in. Returns the parameters with defaults, or Seam's
 * `invalid_input` error with zod-formatted `validation_errors`.
 */
export function validateRequest(route: string, input: Record<string, unknown>): ValidationResult {
	const { known, validate } = compiledRequest(route);
	const issues: Issue[] = [];
	const unknown = Object.keys(input).filter((key) => !known.has(key));
	if (unknown.length > 0) issues.push(unrecognizedKeys([], unknown));
	const params = structuredClone(input);
	if (!validate(params)) issues.push(...toIssues(validate.errors ?? []));
	if (issues.length > 0) return { ok: false, error: invalidInput(issues) };
	return { ok: true, params };
}

const responseCache = new Map<string, ValidateFunction>();

/** Checks a response body against the route's 200 schema; returns the problems found. */
export function validateResponse(route: string, body: unknown): string[] {
	let validate = responseCache.get(route);
	if (!validate) {
		validate = ajvFor('response').compile(responseSchema(route));
		responseCache.set(route, validate);
	}
	if (validate(body)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

function invalidInput(issues: Issue[]): SeamApiError {
	const message =
		issues.length === 1
			? issueText(issues[0])
			: `${issues.length} Input Errors: ${issues.map(issueText).join(', ')}`;
	return new SeamApiError(400, 'invalid_input', message, formatIssues(issues));
}

/** nextlove's wording of a zod issue. */
function issueText(issue: Issue): string {
	const path = issue.path.join('.');
	if (path === '') return issue.message;
	if (issue.message === 'Required') return `${path} is required`;
	return `${issue.message} for "${path}"`;
}

/** zod's `error.format()`: a tree of `{ _errors }` following each issue's path. */
function formatIssues(issues: Issue[]): ValidationErrors {
	const root: ValidationErrors = { _errors: [] };
	const child = (node: ValidationErrors, key: string): ValidationErrors => {
		if (!Array.isArray(node[key]) && typeof node[key] === 'object') return node[key] as ValidationErrors;
		const created: ValidationErrors = { _errors: [] };
		node[key] = created;
		return created;
	};
	for (const issue of issues) {
		const node = issue.path.reduce(child, root);
		node._errors.push(issue.message);
		for (const key of issue.keys ?? []) child(node, key)._errors.push('Unrecognized key');
	}
	return root;
}

const unrecognizedKeys = (path: string[], keys: string[]): Issue => ({
	path,
	keys,
	message: `Unrecognized key(s) in object: ${keys.map((k) => `'${k}'`).join(', ')}`,
});

function toIssues(errors: ErrorObject[]): Issue[] {
	// A failed union reports every branch's errors too; keep only the union's own, as zod does.
	const unions = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
	return errors
		.filter((e) => !unions.some((prefix) => e.schemaPath.startsWith(prefix)))
		.map(toIssue);
}

function toIssue(e: ErrorObject): Issue {
	const path = e.instancePath
		.split('/')
		.slice(1)
		.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
	const params = e.params as Record<string, unknown>;
	switch (e.keyword) {
		case 'required':
			return { path: [...path, String(params.missingProperty)], message: 'Required' };
		case 'additionalProperties':
			return unrecognizedKeys(path, [String(params.additionalProperty)]);
		case 'type': {
			const expected = String(params.type).split(',').find((t) => t !== 'null') ?? 'null';
			const received = typeName(e.data);
			const isFloat = expected === 'integer' && received === 'number';
			return { path, message: `Expected ${expected}, received ${isFloat ? 'float' : received}` };
		}
		case 'format':
			return { path, message: FORMAT_MESSAGES[String(params.format)] ?? 'Invalid' };
		case 'enum': {
			const allowed = (params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(' | ');
			return { path, message: `Invalid enum value. Expected ${allowed}, received '${String(e.data)}'` };
		}
		case 'minLength':
		case 'maxLength':
			return { path, message: `String must contain ${bound(e.keyword)} ${String(params.limit)} character(s)` };
		case 'minItems':
		case 'maxItems':
			return { path, message: `Array must contain ${bound(e.keyword)} ${String(params.limit)} element(s)` };
		case 'minimum':
		case 'maximum':
		case 'exclusiveMinimum':
		case 'exclusiveMaximum':
			return { path, message: `Number must be ${comparison(e.keyword)} ${String(params.limit)}` };
		case 'pattern':
			return { path, message: 'Invalid' };
		case 'anyOf':
			return { path, message: 'Invalid input' };
		default:
			return { path, message: e.message ?? 'Invalid input' };
	}
}

const FORMAT_MESSAGES: Record<string, string> = {
	uuid: 'Invalid uuid',
	email: 'Invalid email',
	'date-time': 'Invalid datetime',
	uri: 'Invalid url',
};

const bound = (keyword: string): string => (keyword.startsWith('min') ? 'at least' : 'at most');

function comparison(keyword: string): string {
	const direction = keyword.toLowerCase().includes('min') ? 'greater than' : 'less than';
	return keyword.startsWith('exclusive') ? direction : `${direction} or equal to`;
}

function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
	return typeof value;
}

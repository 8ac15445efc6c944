// Validates request bodies the bot sends against Discord's own OpenAPI description, read at test
// time from the shared folder beside the project (never copied in: it is over 1 MB). Tests skip
// these checks when the folder is absent.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export interface DiscordSpec {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
  [key: string]: unknown;
}

const SPEC_ID = 'https://fake-discord.local/openapi.json';
// Project root is two levels above this file's folder; shared/ sits beside the project.
const PROJECT_ROOT = new URL('../../', import.meta.url);
const SPEC_PATH = fileURLToPath(new URL('../shared/discord-api-spec/openapi.json', PROJECT_ROOT));

// ajv-formats is CommonJS; its module object carries the plugin as `default` under every loader.
const addFormats = addFormatsModule.default;

let cachedSpec: DiscordSpec | null | undefined;

/** Discord's OpenAPI description, or null when ../shared is not there (loaded once). */
export function loadDiscordSpec(): DiscordSpec | null {
  if (cachedSpec !== undefined) return cachedSpec;
  cachedSpec = existsSync(SPEC_PATH)
    ? (JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as DiscordSpec)
    : null;
  return cachedSpec;
}

interface Validator {
  ajv: Ajv2020;
  compiled: Map<string, ValidateFunction | null>;
}

const validators = new WeakMap<DiscordSpec, Validator>();

function validatorFor(spec: DiscordSpec): Validator {
  let validator = validators.get(spec);
  if (!validator) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // Discord's own formats carry no constraint Ajv could check better than the schema's type.
    for (const format of ['int32', 'int64', 'snowflake', 'double', 'nonce']) {
      ajv.addFormat(format, true);
    }
    // The whole spec is one schema resource, so `#/components/...` refs resolve inside it.
    ajv.addSchema({ ...spec, $id: SPEC_ID });
    validator = { ajv, compiled: new Map() };
    validators.set(spec, validator);
  }
  return validator;
}

/** Spec path template for a concrete path; templates with more literal segments win. */
export function findPathTemplate(spec: DiscordSpec, path: string): string | null {
  if (spec.paths[path]) return path;
  const segments = path.split('/');
  let best: string | null = null;
  let bestLiterals = -1;
  for (const template of Object.keys(spec.paths)) {
    const parts = template.split('/');
    if (parts.length !== segments.length) continue;
    let literals = 0;
    const matches = parts.every((part, i) => {
      if (/^\{[^}]+\}$/.test(part)) return segments[i] !== '';
      literals += 1;
      return part === segments[i];
    });
    if (matches && literals > bestLiterals) {
      best = template;
      bestLiterals = literals;
    }
  }
  return best;
}

function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));
}

/**
 * discord.js sends default_member_permissions as a string of digits, which Discord accepts but
 * the spec types as an integer: turn such strings into numbers before validating.
 */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      key === 'default_member_permissions' && typeof item === 'string' && /^\d+$/.test(item)
        ? Number(item)
        : normalize(item);
  }
  return out;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
  return `${where} ${error.message ?? error.keyword}${params}`;
}

/**
 * Validates a JSON request body against the spec's requestBody schema for `method` and `path`
 * (a concrete path such as '/interactions/1/tok/callback', or a template). Returns error strings,
 * empty when the body is valid.
 */
export function validateRequestBody(
  spec: DiscordSpec,
  method: string,
  path: string,
  body: unknown,
): string[] {
  const template = findPathTemplate(spec, path);
  if (!template) return [`no path in the spec matches ${path}`];
  const verb = method.toLowerCase();
  const key = `${verb} ${template}`;
  const { ajv, compiled } = validatorFor(spec);
  if (!compiled.has(key)) {
    const operation = spec.paths[template]?.[verb] as
      | { requestBody?: { content?: Record<string, { schema?: unknown }> } }
      | undefined;
    if (!operation) return [`the spec has no ${method.toUpperCase()} ${template}`];
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    const pointer = [
      'paths',
      template,
      verb,
      'requestBody',
      'content',
      'application/json',
      'schema',
    ]
      .map(pointerSegment)
      .join('/');
    compiled.set(key, schema ? ajv.compile({ $ref: `${SPEC_ID}#/${pointer}` }) : null);
  }
  const validate = compiled.get(key);
  if (!validate) {
    return body === null || body === undefined
      ? []
      : [`${method.toUpperCase()} ${template} takes no JSON body`];
  }
  if (validate(normalize(body))) return [];
  // anyOf unions report every branch's complaint; the deepest paths are the telling ones.
  const found = [...(validate.errors ?? [])].sort(
    (a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length,
  );
  return [...new Set(found.map(describe))];
}

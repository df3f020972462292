/**
 * Request parameters, between the raw query string and the contract's schemas. The schemas
 * (`@portal-kit/sdk/openapi`) are the only statement of what is valid; this module only
 *  - shapes the raw query as the schema expects it: a comma-separated list parameter split into
 *    an array (so `maxItems` counts its items), an integer parameter turned into a number when
 *    it is written canonically (`8`, never `08` or `8.0`), a boolean one into a boolean when it
 *    is `true` or `false`;
 *  - refuses what a schema cannot see: a parameter given twice, or given empty;
 *  - turns the validator's errors into the problem's `errors`, one entry per bad parameter.
 */
import type { ProblemParamError } from '@portal-kit/sdk';
import type { ErrorObject } from 'ajv';

/** A parsed query string: repeated parameters arrive as arrays. */
export type RawQuery = Record<string, string | string[] | undefined>;

interface ObjectSchema {
  properties?: Record<string, { type?: unknown }>;
}

/** Longest value echoed back in a message. */
const ECHO_MAX = 40;
/** An integer as a person writes it: no sign, no leading zero, no exponent. */
const CANONICAL_INTEGER = /^(0|[1-9][0-9]*)$/;

/**
 * A value quoted for a message, cut short, with control characters escaped and `<`, `>`, `&`
 * written as `\u003c`-style escapes, so no message ever carries markup.
 */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The query shaped for `schema`, and the errors the schema cannot see (a repeated or empty
 * parameter; such a parameter is left out of the shaped query).
 */
export function shapeQuery(
  raw: RawQuery,
  schema: unknown,
): { query: Record<string, unknown>; errors: ProblemParamError[] } {
  const properties = (schema as ObjectSchema).properties ?? {};
  const query: Record<string, unknown> = {};
  const errors: ProblemParamError[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      errors.push({
        param: name,
        message: 'given more than once; give one value (lists are comma-separated)',
      });
    } else if (value === '') {
      errors.push({ param: name, message: 'empty value; omit the parameter instead' });
    } else {
      const type = Object.hasOwn(properties, name) ? properties[name]?.type : undefined;
      if (type === 'array') query[name] = value.split(',');
      else if (type === 'integer' && CANONICAL_INTEGER.test(value)) query[name] = Number(value);
      else if (type === 'boolean' && (value === 'true' || value === 'false')) {
        query[name] = value === 'true';
      } else query[name] = value;
    }
  }
  return { query, errors };
}

/** What one validator error says, for a person. */
function describe(error: ErrorObject, value: unknown): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `expected ${String(params.type)}${params.type === 'integer' ? ' without leading zeros' : ''}; got ${show(value)}`;
    case 'pattern':
      return `${show(value)} does not match ${String(params.pattern)}`;
    case 'enum':
      return `expected one of ${(params.allowedValues as unknown[]).join(', ')}; got ${show(value)}`;
    case 'maxItems':
      return `at most ${String(params.limit)} items; got ${Array.isArray(value) ? value.length : 1}`;
    case 'minimum':
    case 'maximum':
      return `expected ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}; got ${show(value)}`;
    case 'maxLength':
      return `at most ${String(params.limit)} characters`;
    default:
      return error.message ?? 'invalid';
  }
}

/** The value at a JSON pointer (`/site/3`) inside `data`. */
function at(data: unknown, pointer: string): unknown {
  let value = data;
  for (const key of pointer.split('/').slice(1)) {
    value = (value as Record<string, unknown> | undefined)?.[
      key.replace(/~1/g, '/').replace(/~0/g, '~')
    ];
  }
  return value;
}

/**
 * One entry per bad parameter, from the validator's errors over `data` (the shaped query or
 * the path parameters). An unknown parameter is named as such.
 */
export function paramErrors(errors: readonly ErrorObject[], data: unknown): ProblemParamError[] {
  const byParam = new Map<string, string[]>();
  for (const error of errors) {
    let param: string;
    let message: string;
    if (error.keyword === 'additionalProperties') {
      param = String((error.params as { additionalProperty: unknown }).additionalProperty);
      message = 'unknown parameter';
    } else if (error.keyword === 'required') {
      param = String((error.params as { missingProperty: unknown }).missingProperty);
      message = 'required';
    } else {
      const [, name = '', item] = error.instancePath.split('/');
      param = name.replace(/~1/g, '/').replace(/~0/g, '~');
      message = describe(error, at(data, error.instancePath));
      if (item !== undefined) message = `item ${Number(item) + 1}: ${message}`;
    }
    const messages = byParam.get(param) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byParam.set(param, messages);
  }
  return [...byParam].map(([param, messages]) => ({ param, message: messages.join('; ') }));
}

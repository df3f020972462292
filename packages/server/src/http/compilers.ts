/**
 * Fastify's schema support, configured for the contract: request parameters are validated with
 * Ajv against the route's `querystring` and `params` schemas — every error reported, nothing
 * coerced, defaulted or silently removed — and each response body is validated against the
 * route's `response` schema before it is written, so the server never sends what the contract
 * refuses (a `javascript:` URL from the database becomes a 500, not a link).
 */
import { Ajv } from 'ajv';
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date `YYYY-MM-DD` (no 2023-02-30). */
function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

const requestAjv = new Ajv({
  allErrors: true,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  strict: true,
});

const responseAjv = new Ajv({ allErrors: false, strict: true });
responseAjv.addFormat(
  'date-time',
  (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
);
responseAjv.addFormat('date', isDate);

/**
 * A check of values against a response schema of the contract: the first error, or `null` when
 * the value is valid. The seed uses it to store nothing the server would refuse to serve.
 */
export function contractCheck(schema: object): (value: unknown) => string | null {
  const validate = responseAjv.compile(schema);
  return (value) => {
    if (validate(value)) return null;
    const [first] = validate.errors ?? [];
    return `${first?.instancePath ?? ''} ${first?.message ?? 'invalid'}`.trim();
  };
}

/** Validates a request part (query, path parameters) against its schema. */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema }) =>
  requestAjv.compile(schema as object);

/** Thrown when a handler's answer breaks the contract; rendered as a 500 that says nothing. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

/** Validates a response body against its schema, then writes it as JSON. */
export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema, url }) => {
  const validate = responseAjv.compile(schema as object);
  return (data: unknown) => {
    if (!validate(data)) {
      const [first] = validate.errors ?? [];
      throw new ContractViolation(
        `response of ${url} breaks the contract: ${first?.instancePath ?? ''} ${first?.message ?? ''}`,
      );
    }
    return JSON.stringify(data);
  };
};

/** Small HTTP helpers for the suites: real requests to a real server on loopback. */
import { request as httpRequest } from 'node:http';
import { schemas } from '@portal-kit/sdk/openapi';
import { Ajv2020 } from 'ajv/dist/2020.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON (`undefined` when it is not JSON). */
  body: unknown;
}

/** GET (or another method) `path` on `base`, with `headers`. */
export async function call(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(new URL(path, base), {
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    redirect: 'manual',
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/**
 * A request whose path is sent exactly as given (fetch would normalize `..`), with `headers`
 * sent as given too (fetch would not send a foreign `Host`).
 */
export function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; location: string | undefined }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const options = { host: url.hostname, port: url.port, path, method: 'GET', headers };
    const req = httpRequest(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text, location: res.headers.location }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv
  .addVocabulary(['components'])
  .addFormat(
    'date-time',
    (value: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
  )
  .addFormat(
    'date',
    (value: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  );
ajv.addSchema({ $id: 'contract', components: { schemas } });

export type SchemaName = keyof typeof schemas;

/** The contract's validation errors of `value` against component schema `name` (none: `[]`). */
export function contractErrors(name: SchemaName, value: unknown): string[] {
  const validate =
    ajv.getSchema(`contract#/components/schemas/${name}`) ??
    ajv.compile({ $ref: `contract#/components/schemas/${name}` });
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

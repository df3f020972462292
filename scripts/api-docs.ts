/**
 * Renders docs/api.md from the OpenAPI document in @portal-kit/sdk (itself derived from the
 * TypeBox schemas in packages/sdk/src/api/schemas), so the API reference cannot drift from the
 * contract. `npx tsx scripts/api-docs.ts` writes it;
 * tests/docs/api-docs.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openApiDocument } from '../packages/sdk/src/api/openapi.js';

type Json = Record<string, unknown>;

const refName = (ref: string) => ref.replace('#/components/schemas/', '');

/** A one-line description of a schema: `string`, `NewsItem[]`, `'a' \| 'b'`… */
function typeOf(schema: Json | undefined): string {
  if (!schema) return '—';
  if (typeof schema.$ref === 'string')
    return `[${refName(schema.$ref)}](#${refName(schema.$ref).toLowerCase()})`;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' \\| ');
  if (Array.isArray(schema.type)) return schema.type.join(' \\| ');
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`;
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    return `map of ${typeOf(schema.additionalProperties as Json)}`;
  }
  return String(schema.type ?? 'any');
}

function constraints(schema: Json | undefined): string {
  if (!schema) return '';
  const parts: string[] = [];
  for (const key of [
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'minLength',
    'maxLength',
    'default',
    'pattern',
    'format',
  ]) {
    if (schema[key] !== undefined) parts.push(`${key} \`${String(schema[key])}\``);
  }
  if (schema.anyOf) parts.push(...(schema.anyOf as Json[]).map(constraints).filter(Boolean));
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    parts.push(constraints(schema.additionalProperties as Json));
  }
  if (schema.type === 'array' && schema.items)
    parts.push(
      ...constraints(schema.items as Json)
        .split(', ')
        .filter(Boolean),
    );
  return parts.join(', ');
}

export function renderApiDocs(doc: Json = openApiDocument as unknown as Json): string {
  const info = doc.info as Json;
  const out: string[] = [
    `# ${String(info.title)} ${String(info.version)}`,
    '',
    '<!-- Generated from packages/sdk/src/api (schemas, operations) by scripts/api-docs.ts. Do not edit. -->',
    '',
    String(info.description),
    '',
    'The live document is served at `/openapi.json` (OpenAPI 3.1). Every cacheable GET answers with',
    '`ETag` and `Cache-Control`; send `If-None-Match` to get `304 Not Modified`. Errors are',
    '`application/problem+json` ([Problem](#problem)); a 400 lists each invalid parameter in `errors`.',
    '',
    '## Endpoints',
    '',
  ];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      out.push(`### \`${method.toUpperCase()} ${path}\``, '', `${String(op.summary)}.`, '');
      if (op.description) out.push(String(op.description), '');
      const params = (op.parameters as Json[] | undefined) ?? [];
      if (params.length) {
        out.push('| parameter | in | type | constraints | description |', '|---|---|---|---|---|');
        for (const p of params) {
          out.push(
            `| \`${String(p.name)}\`${p.required ? ' (required)' : ''} | ${String(p.in)} | ${typeOf(p.schema as Json)} | ${constraints(p.schema as Json)} | ${String(p.description ?? '')} |`,
          );
        }
        out.push('');
      }
      const requestBody = op.requestBody as { content: Record<string, Json> } | undefined;
      if (requestBody) {
        const [type, media] = Object.entries(requestBody.content)[0] ?? [];
        out.push(`Request body (\`${String(type)}\`): ${typeOf(media?.schema as Json)}.`, '');
      }
      out.push('| status | body | description |', '|---|---|---|');
      for (const [status, res] of Object.entries(op.responses as Record<string, Json>)) {
        const content = res.content as Record<string, Json> | undefined;
        const body = content ? Object.values(content)[0]?.schema : undefined;
        out.push(
          `| ${status} | ${body ? typeOf(body as Json) : '—'} | ${String(res.description)} |`,
        );
      }
      out.push('');
    }
  }
  out.push('## Schemas', '');
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  for (const [name, schema] of Object.entries(schemas)) {
    out.push(`### ${name}`, '');
    if (schema.description) out.push(String(schema.description), '');
    if (schema.type !== 'object') {
      out.push(`${typeOf(schema)}`, '');
      continue;
    }
    const required = new Set((schema.required as string[] | undefined) ?? []);
    if (schema.minProperties) out.push(`At least ${String(schema.minProperties)} field(s).`, '');
    out.push('| field | type | required | constraints | description |', '|---|---|---|---|---|');
    for (const [field, fieldSchema] of Object.entries(schema.properties as Record<string, Json>)) {
      out.push(
        `| \`${field}\` | ${typeOf(fieldSchema)} | ${required.has(field) ? 'yes' : 'no'} | ${constraints(fieldSchema)} | ${String(fieldSchema.description ?? '').replace(/\|/g, '\\|')} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync('docs/api.md', renderApiDocs());
  console.log('docs/api.md written');
}

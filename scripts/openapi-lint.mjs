#!/usr/bin/env node
// Writes the Portal API's OpenAPI document (derived from the TypeBox schemas in
// packages/sdk/src/api) to reports/openapi.json and lints it with Redocly's recommended rules
// (redocly.yaml): any error fails. `node scripts/openapi-lint.mjs`
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { exitCodeOf } from './lib/proc.mjs';

const { openApiDocument } = await tsImport('../packages/sdk/src/api/openapi.ts', import.meta.url);
const file = resolve('reports/openapi.json');
mkdirSync(resolve('reports'), { recursive: true });
writeFileSync(file, `${JSON.stringify(openApiDocument, null, 2)}\n`);
console.log(`${file} written`);
process.exitCode = await exitCodeOf('npx', ['redocly', 'lint', '--config', 'redocly.yaml', file]);

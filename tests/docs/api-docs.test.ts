/** docs/api.md is generated from the OpenAPI document; it must be current. */
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../scripts/api-docs.js';

describe('docs/api.md', () => {
  it('matches the OpenAPI document (regenerate: npm run docs:api)', async () => {
    const options = (await resolveConfig('docs/api.md')) ?? {};
    const expected = await format(renderApiDocs(), { ...options, parser: 'markdown' });
    expect(readFileSync('docs/api.md', 'utf8')).toBe(expected);
  });
});

/**
 * The client's checks before a request sit exactly on the contract's limits: each limit's last
 * accepted value passes, the next one is refused, without a request. The limits come from the
 * same constants the schemas (and so the server) are built from.
 */
import { describe, expect, it } from 'vitest';
import {
  CURSOR_MAX_LENGTH,
  NEWS_ID_MAX_LENGTH,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  SITE_ID_MAX_LENGTH,
  SITES_PER_QUERY_MAX,
} from '../src/api/constants.js';
import { operations } from '../src/api/openapi.js';
import { checkNewsId, checkSiteId, newsParams } from '../src/client/query.js';
import { PortalValidationError } from '../src/index.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

describe('client checks on the limits', () => {
  it.each([
    ['limit', { limit: PAGE_SIZE_MIN }, { limit: PAGE_SIZE_MIN - 1 }],
    ['limit', { limit: PAGE_SIZE_MAX }, { limit: PAGE_SIZE_MAX + 1 }],
    ['site', { site: ids(SITES_PER_QUERY_MAX) }, { site: ids(SITES_PER_QUERY_MAX + 1) }],
    [
      'cursor',
      { cursor: 'A'.repeat(CURSOR_MAX_LENGTH) },
      { cursor: 'A'.repeat(CURSOR_MAX_LENGTH + 1) },
    ],
    [
      'site',
      { site: 'a'.repeat(SITE_ID_MAX_LENGTH) },
      { site: 'a'.repeat(SITE_ID_MAX_LENGTH + 1) },
    ],
  ] as const)('%s: %j passes, the next is refused', (param, ok, bad) => {
    expect(() => newsParams(ok)).not.toThrow();
    expect(() => newsParams(bad)).toThrow(expect.objectContaining({ param }));
  });

  it('ids on their limits', () => {
    expect(checkNewsId('x'.repeat(NEWS_ID_MAX_LENGTH))).toHaveLength(NEWS_ID_MAX_LENGTH);
    expect(() => checkNewsId('x'.repeat(NEWS_ID_MAX_LENGTH + 1))).toThrow(PortalValidationError);
    expect(checkSiteId('a'.repeat(SITE_ID_MAX_LENGTH))).toHaveLength(SITE_ID_MAX_LENGTH);
    expect(() => checkSiteId('a'.repeat(SITE_ID_MAX_LENGTH + 1))).toThrow(PortalValidationError);
  });

  it('the schemas state the same limits', () => {
    const { site, limit, cursor } = operations.listNews.query.properties;
    expect(site).toMatchObject({ maxItems: SITES_PER_QUERY_MAX });
    expect(site.items).toMatchObject({ maxLength: SITE_ID_MAX_LENGTH });
    expect(limit).toMatchObject({ minimum: PAGE_SIZE_MIN, maximum: PAGE_SIZE_MAX });
    expect(cursor).toMatchObject({ maxLength: CURSOR_MAX_LENGTH });
  });
});

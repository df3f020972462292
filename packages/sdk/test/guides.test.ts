/**
 * The guides resources of the client: `servicesParams()`, the id checks, and
 * `guides.list/get`, `services.list/get` over a real loopback server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  checkGuideId,
  checkServiceId,
  createClient,
  PortalHttpError,
  PortalValidationError,
  servicesParams,
  type ServicesQuery,
} from '../src/index.js';
import { json, problem, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => undefined);
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
});

const failure = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('servicesParams()', () => {
  it('turns a query into parameters, trimming q and dropping empty values', () => {
    expect(
      servicesParams({
        guide: 'trade-remedy',
        q: '  倾销 申请 ',
        status: 'active',
        lang: 'en',
        limit: 5,
      }),
    ).toEqual({ guide: 'trade-remedy', q: '倾销 申请', status: 'active', lang: 'en', limit: '5' });
    expect(servicesParams({ q: '   ', lang: '' })).toEqual({});
    expect(servicesParams({})).toEqual({});
  });

  it.each([
    [{ guide: 'moon' }, 'guide'],
    [{ guide: 7 }, 'guide'],
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ q: 42 }, 'q'],
    [{ status: 'gone' }, 'status'],
    [{ lang: 'not a language' }, 'lang'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
  ])('refuses %j naming %s', (query, param) => {
    const error = failure(() => servicesParams(query as unknown as ServicesQuery));
    expect(error).toBeInstanceOf(PortalValidationError);
    expect(error).toMatchObject({ param });
  });
});

describe('checkGuideId() / checkServiceId()', () => {
  it('accepts the six guides and node ids, refuses anything else', () => {
    expect(checkGuideId('wto')).toBe('wto');
    expect(checkServiceId('dual-use-export-licence')).toBe('dual-use-export-licence');
    for (const bad of ['WTO', 'moon', '', 1, null]) {
      expect(
        failure(() => checkGuideId(bad)),
        String(bad),
      ).toBeInstanceOf(PortalValidationError);
    }
    for (const bad of ['../etc', 'Upper', '-x', 'a'.repeat(81), '中文', 3]) {
      expect(
        failure(() => checkServiceId(bad)),
        String(bad),
      ).toBeInstanceOf(PortalValidationError);
    }
  });
});

describe('guides and services methods', () => {
  it('guides.list and get send the client lang by default', async () => {
    server.handle((req, res) => json(res, { url: req.url }));
    const client = createClient({ baseUrl: server.baseUrl, lang: 'en' });
    await expect(client.guides.list()).resolves.toEqual({ url: '/api/v1/guides?lang=en' });
    await expect(client.guides.get('investment', { lang: 'fr' })).resolves.toEqual({
      url: '/api/v1/guides/investment?lang=fr',
    });
  });

  it('services.list sends the checked query; services.get one item', async () => {
    server.handle((req, res) => json(res, { url: req.url }));
    const client = createClient({ baseUrl: server.baseUrl });
    await client.services.list({ q: '备案', guide: 'cooperation', limit: 10 });
    await client.services.get('foreign-trade-operator-registration');
    expect(server.received.map((r) => decodeURIComponent(r.url))).toEqual([
      '/api/v1/services?guide=cooperation&limit=10&q=备案',
      '/api/v1/services/foreign-trade-operator-registration',
    ]);
  });

  it('rejects bad arguments without a request', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.guides.get('moon' as never)).rejects.toMatchObject({ param: 'id' });
    await expect(client.services.get('../x')).rejects.toMatchObject({ param: 'id' });
    await expect(client.services.list({ status: 'gone' as never })).rejects.toMatchObject({
      param: 'status',
    });
    await expect(client.guides.list({ lang: '<b>' })).rejects.toBeInstanceOf(PortalValidationError);
    expect(server.received).toHaveLength(0);
  });

  it('a 404 problem is a PortalHttpError', async () => {
    server.handle((_req, res) => problem(res, 404));
    const client = createClient({ baseUrl: server.baseUrl, retries: 0 });
    const error = await client.services.get('no-such-item').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(404);
  });
});

/** `sites.get(id)`: its URL, its checks before sending, its answers and errors (loopback server). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, PortalHttpError, type Site } from '../src/index.js';
import { json, problem, startServer, type TestServer } from './server.js';

const site: Site = {
  id: 'wms',
  kind: 'department',
  names: { 'zh-CN': '外贸司', en: 'Department of Foreign Trade' },
  domain: 'wms.mofcom.gov.cn',
  parent: 'main',
  languages: ['zh-CN', 'en'],
  urlPattern: { kind: 'path', template: '/{lang}/' },
  organizer: { 'zh-CN': '中华人民共和国商务部' },
  siteCode: 'bm30000012',
  icp: '京ICP备05004093号-1',
  publicSecurity: '京公网安备 11040102700068号',
  contact: { phone: '010-65197114' },
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) =>
    req.url === '/api/v1/sites/wms' ? json(res, site, 200, { ETag: '"s1"' }) : problem(res, 404),
  );
});
beforeEach(() => {
  server.received.length = 0;
});
afterAll(() => server.close());

describe('sites.get', () => {
  it('asks GET /api/v1/sites/{id} and answers the site', async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    await expect(client.sites.get('wms')).resolves.toEqual(site);
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/v1/sites/wms']);
  });

  it('rejects with a PortalHttpError of status 404 for no such site', async () => {
    const error = await createClient({ baseUrl: server.baseUrl, retries: 0 })
      .sites.get('atlantis')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalHttpError);
    expect((error as PortalHttpError).status).toBe(404);
  });

  it.each([[''], ['WMS'], ['wms/x'], ['a'.repeat(33)], ['wms\u0000'], [7 as unknown as string]])(
    'refuses the id %j without a request',
    async (id) => {
      const error = await createClient({ baseUrl: server.baseUrl })
        .sites.get(id)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'invalid', param: 'id' });
      expect(server.received).toHaveLength(0);
    },
  );
});

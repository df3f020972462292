/**
 * The business guides API end to end, on each engine: the seeded guides and service items
 * served by a real server on loopback, every answer checked against the contract, the trees'
 * order, language fallback, the withdrawn item, search compared with a brute-force scan of the
 * items' own texts, errors, caching and hostile input.
 */
import type { Guide, GuideList, Problem, Service, ServiceList } from '@portal-kit/sdk';
import { GUIDE_IDS } from '@portal-kit/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { normalizeSearchText, queryTerms } from '../src/documents/text.js';
import { SEED_SERVICES } from '../src/seed/guides/index.js';
import { seedDatabase } from '../src/seed/seed.js';
import { disposeDatabase, ENGINE_CASES, openEmptyDatabase } from './support/engines.js';
import { call, contractErrors } from './support/http.js';
import type { Answer } from './support/http.js';

const SUITE = 'guides';
const WITHDRAWN = 'foreign-trade-operator-registration';

function expectProblem(answer: Answer, status: number): Problem {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(contractErrors('Problem', answer.body)).toEqual([]);
  return answer.body as Problem;
}

describe.each(ENGINE_CASES)('guides API %s', (_title, engine) => {
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  let base = '';
  /** Every item in Chinese and English, as the API answers it. */
  const served = new Map<string, { zh: Service; en: Service }>();

  beforeAll(async () => {
    if (engine.skipReason) return;
    db = await openEmptyDatabase(engine, SUITE);
    await migrate(db);
    await seedDatabase(db, { documents: 0, messages: 0 });
    app = await createApp({ db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await app?.close();
    await disposeDatabase(engine, db, SUITE);
  });

  const get = (path: string, headers: Record<string, string> = {}) => call(base, path, { headers });
  const ok = async <T>(path: string, schema: Parameters<typeof contractErrors>[0]): Promise<T> => {
    const answer = await get(path);
    expect(answer.status, answer.text).toBe(200);
    expect(contractErrors(schema, answer.body)).toEqual([]);
    return answer.body as T;
  };
  const guide = (id: string, lang = 'zh-CN') =>
    ok<Guide>(`/api/v1/guides/${id}?lang=${lang}`, 'Guide');
  const service = (id: string, lang = 'zh-CN') =>
    ok<Service>(`/api/v1/services/${id}?lang=${lang}`, 'Service');
  const services = (query: string) => ok<ServiceList>(`/api/v1/services?${query}`, 'ServiceList');
  const run = it.skipIf(engine.skipReason);

  run('lists the six guides in order, counting their trees', async () => {
    const list = await ok<GuideList>('/api/v1/guides', 'GuideList');
    expect(list.items.map((g) => g.id)).toEqual([...GUIDE_IDS]);
    expect(list.items.map((g) => g.title)).toEqual([
      '中国市场指南',
      '对外贸易指南',
      '投资指南',
      '对外合作指南',
      '贸易救济指南',
      'WTO咨询',
    ]);
    for (const summary of list.items) {
      const tree = await guide(summary.id);
      expect(tree.nodes.filter((n) => n.kind === 'section')).toHaveLength(summary.sections);
      expect(tree.nodes.filter((n) => n.kind === 'service')).toHaveLength(summary.services);
      expect(summary.sections).toBeGreaterThan(1);
    }
    const total = list.items.reduce((n, g) => n + g.services, 0);
    expect(total).toBe(SEED_SERVICES.length);
    expect(total).toBeGreaterThanOrEqual(10);
  });

  run('gives each tree depth first, every parent a section before its children', async () => {
    const seen = new Set<string>();
    for (const id of GUIDE_IDS) {
      const tree = await guide(id);
      const kinds = new Map<string, string>();
      const stack: string[] = [];
      for (const node of tree.nodes) {
        expect(seen.has(node.id), `${node.id} repeated`).toBe(false);
        seen.add(node.id);
        // Depth first: the parent is on the path from the root to the previous node.
        while (stack.length > 0 && stack.at(-1) !== node.parent) stack.pop();
        if (node.parent === null) expect(stack).toEqual([]);
        else {
          expect(stack.at(-1), `${node.id} after its parent's subtree`).toBe(node.parent);
          expect(kinds.get(node.parent)).toBe('section');
        }
        kinds.set(node.id, node.kind);
        if (node.kind === 'section') {
          stack.push(node.id);
          expect(node.id.startsWith(`${id}.`)).toBe(true);
          expect(node.body.length).toBeGreaterThan(0);
        }
      }
      expect(tree.nodes[0]?.parent).toBeNull();
    }
    expect([...seen].filter((id) => SEED_SERVICES.some((s) => s.id === id)).sort()).toEqual(
      SEED_SERVICES.map((s) => s.id).sort(),
    );
  });

  run('answers in English, and falls back to Chinese per node saying so', async () => {
    const zh = await guide('foreign-trade');
    const en = await guide('foreign-trade', 'en');
    expect(en.lang).toBe('en');
    expect(en.title).toBe('Foreign Trade Guide');
    expect(en.nodes.every((n) => n.lang === 'en')).toBe(true);
    expect(en.nodes.map((n) => n.id)).toEqual(zh.nodes.map((n) => n.id));
    const gb = await guide('foreign-trade', 'en-GB');
    expect(gb.nodes.every((n) => n.lang === 'en')).toBe(true);
    const fr = await guide('foreign-trade', 'fr');
    expect(fr.lang).toBe('zh-CN');
    expect(fr.nodes.every((n) => n.lang === 'zh-CN')).toBe(true);
    expect(fr).toEqual(zh);
    const ar = await service('dual-use-export-licence', 'ar');
    expect(ar.lang).toBe('zh-CN');
    expect(ar.name).toBe('两用物项出口许可');
    const list = await services('lang=ja&guide=wto');
    expect(list.items.map((s) => [s.lang, s.path[0]?.title])).toEqual([['zh-CN', 'WTO咨询']]);
  });

  run('serves every item with consistent steps, paths and legal basis', async () => {
    for (const seed of SEED_SERVICES) {
      const zh = await service(seed.id);
      const en = await service(seed.id, 'en');
      served.set(seed.id, { zh, en });
      expect(en.lang).toBe('en');
      expect(zh.organ).toEqual({ id: 'mofcom', name: '商务部' });
      expect(en.organ.name).toBe('Ministry of Commerce');
      expect(zh.path[0]?.id).toBe(zh.guide);
      const tree = await guide(zh.guide);
      const node = tree.nodes.find((n) => n.id === seed.id);
      expect(node?.kind).toBe('service');
      expect(zh.path.slice(1).at(-1)?.id ?? null).toBe(node?.parent);
      // Steps: numbered in order, each sub-step right after its step or sibling; `mode` only
      // (and always) on a step with sub-steps.
      zh.steps.forEach((step, i) => {
        const parentId = step.id.split('.').slice(0, -1).join('.');
        const hasSubsteps = zh.steps.some((s) => s.id.startsWith(`${step.id}.`));
        expect(step.mode !== null, `${seed.id} step ${step.id}`).toBe(hasSubsteps);
        if (parentId) expect(zh.steps.slice(0, i).some((s) => s.id === parentId)).toBe(true);
      });
      expect(zh.legalBasis.length).toBeGreaterThan(0);
      for (const basis of zh.legalBasis) {
        if (basis.documentId === null) continue;
        const doc = await get(`/api/v1/documents/${basis.documentId}`);
        expect(doc.status, `${seed.id} → ${basis.documentId}`).toBe(200);
      }
      expect(zh.code.length).toBeGreaterThan(0);
    }
    const dualUse = served.get('dual-use-export-licence')?.zh;
    expect(dualUse?.timeLimit).toEqual({ statutory: 45, promised: null });
    expect(dualUse?.legalBasis[0]?.title).toContain('国务院令第792号');
    expect(dualUse?.legalBasis[0]?.documentId).toBe('state-council-order-792');
  });

  run('shows the foreign-trade operator registration as withdrawn on 2022-12-30', async () => {
    const item = await service(WITHDRAWN);
    expect(item.status).toBe('withdrawn');
    expect(item.withdrawnOn).toBe('2022-12-30');
    expect(item.withdrawnNote).toContain('第九条');
    expect((await service(WITHDRAWN, 'en')).withdrawnNote).toContain('article 9');
    const node = (await guide('foreign-trade')).nodes.find((n) => n.id === WITHDRAWN);
    expect(node).toMatchObject({ status: 'withdrawn', withdrawnOn: '2022-12-30' });
    expect((await services('status=withdrawn')).items.map((s) => s.id)).toEqual([WITHDRAWN]);
    const active = await services('status=active');
    expect(active.items).toHaveLength(SEED_SERVICES.length - 1);
    expect(active.items.every((s) => s.withdrawnOn === null)).toBe(true);
  });

  /** Brute force over the served texts: ids holding every term of `q`, in guide order. */
  const scan = (q: string, order: string[]) => {
    const terms = queryTerms(q).map((t) => t.text);
    return order.filter((id) => {
      const both = served.get(id);
      if (!both || terms.length === 0) return false;
      const text = [both.zh, both.en]
        .flatMap((s) => [
          s.name,
          ...s.conditions,
          ...s.materials.flatMap((m) => [m.name, m.note ?? '']),
          ...s.steps.flatMap((step) => [step.title, step.text]),
        ])
        .map(normalizeSearchText)
        .join('\n');
      return terms.every((t) => text.includes(t));
    });
  };

  run('searches names, conditions, materials and steps for every word', async () => {
    const order = (await services('')).items.map((s) => s.id);
    expect(order).toHaveLength(SEED_SERVICES.length);
    const queries = {
      许: 'one Chinese character',
      备案: 'two characters',
      两用物项: 'a longer word',
      '出口 许可': 'two words',
      licence: 'a Latin word',
      'Contract 登记': 'Latin and Chinese mixed',
      ＬＩＣＥＮＣＥ: 'full-width Latin',
      '两\u200b用': 'a zero-width space inside',
      '倾销 补贴': 'words no single item has together',
      量子计算: 'no match',
    };
    const counts: Record<string, number> = {};
    for (const q of Object.keys(queries)) {
      const list = await services(`q=${encodeURIComponent(q)}`);
      expect(
        list.items.map((s) => s.id),
        q,
      ).toEqual(scan(q, order));
      counts[q] = list.items.length;
    }
    expect(counts['许']).toBeGreaterThan(2);
    expect(counts['备案']).toBeGreaterThan(1);
    expect(counts['两\u200b用']).toBe(counts['两用物项']);
    expect(counts['ＬＩＣＥＮＣＥ']).toBe(counts.licence);
    expect(counts['量子计算']).toBe(0);
    const scoped = await services(`guide=cooperation&q=${encodeURIComponent('备案')}`);
    expect(scoped.items.map((s) => s.id)).toEqual(['outbound-investment-filing']);
    expect((await services('limit=2')).items.map((s) => s.id)).toEqual(order.slice(0, 2));
  });

  run('404s unknown ids and 400s bad parameters, with problems', async () => {
    expectProblem(await get('/api/v1/services/no-such-item'), 404);
    expectProblem(await get('/api/v1/guides/no-such-guide'), 400);
    for (const query of [
      'limit=0',
      'limit=101',
      'status=gone',
      'guide=moon',
      'lang=%3Cx%3E',
      'x=1',
    ]) {
      const problem = expectProblem(await get(`/api/v1/services?${query}`), 400);
      expect(problem.errors?.length, query).toBeGreaterThan(0);
    }
    expectProblem(await get('/api/v1/guides?lang=EN_us'), 400);
  });

  run('carries ETag and Cache-Control, and answers 304 to a revalidation', async () => {
    for (const path of [
      '/api/v1/guides',
      '/api/v1/guides/wto',
      '/api/v1/services?q=%E5%A4%87%E6%A1%88',
      `/api/v1/services/${WITHDRAWN}`,
    ]) {
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag, path).toBeTruthy();
      expect(first.headers.get('cache-control'), path).toMatch(/max-age=\d+/);
      const again = await get(path, { 'if-none-match': etag ?? '' });
      expect(again.status, path).toBe(304);
    }
  });

  run('refuses hostile input with 400s or answers empty, never a 5xx', async () => {
    // 1 MB of query: refused before routing, as every over-long request line is (431).
    const huge = encodeURIComponent('两'.repeat(1024 * 1024));
    expectProblem(await get(`/api/v1/services?q=${huge}`), 431);
    // Over the 100 characters a query may have: a 400 naming `q`.
    const long = expectProblem(await get(`/api/v1/services?q=${'a'.repeat(101)}`), 400);
    expect(long.errors?.map((e) => e.param)).toEqual(['q']);
    const script = await services(`q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(script.items).toEqual([]);
    // SQL and LIKE syntax is text like any other: matched literally, as the scan does.
    const order = (await services('')).items.map((s) => s.id);
    for (const q of ['\u200b\u200b', '%', "' OR 1=1 --", '\\', '_', '1年']) {
      const answer = await get(`/api/v1/services?q=${encodeURIComponent(q)}`);
      expect(answer.status, q).toBe(200);
      expect(contractErrors('ServiceList', answer.body)).toEqual([]);
      expect(
        (answer.body as ServiceList).items.map((s) => s.id),
        q,
      ).toEqual(scan(q, order));
    }
    expect(scan('1年', order).length).toBeGreaterThan(0);
    for (const id of ['..%2F..%2Fetc', 'UPPER', '%00', 'a'.repeat(200), '%E4%B8%AD', '.hidden']) {
      const answer = await get(`/api/v1/services/${id}`);
      expect([400, 404], id).toContain(answer.status);
      const g = await get(`/api/v1/guides/${id}`);
      expect([400, 404], id).toContain(g.status);
    }
  });
});

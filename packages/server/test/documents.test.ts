/**
 * The documents API end to end, on each engine: a real server on loopback over a hand-written
 * corpus, every answer checked against the contract, search results compared with a brute-force
 * scan of the corpus.
 */
import type {
  DocumentArticle,
  DocumentLookup,
  DocumentsPage,
  DocumentSummary,
  LookupNotFound,
  Problem,
} from '@portal-kit/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { insertCorpus } from '../src/documents/index.js';
import { DocumentCounts } from '../src/documents/counts.js';
import { listDocuments } from '../src/documents/list.js';
import type { ListDocumentsOptions } from '../src/documents/list.js';
import { normalizeSearchText, queryTerms } from '../src/documents/text.js';
import { createRepository } from '../src/repository.js';
import { generateSeedData } from '../src/seed/seed.js';
import { TEST_CORPUS, TEST_SITES } from './support/documents-corpus.js';
import { disposeDatabase, ENGINE_CASES, openEmptyDatabase } from './support/engines.js';
import { call, contractErrors } from './support/http.js';
import type { Answer } from './support/http.js';

const SUITE = 'documents';
const docs = TEST_CORPUS.documents;

/** Opens `engine`'s database with the three test sites and the corpus. */
async function openCorpus(db: Database): Promise<void> {
  await migrate(db);
  const repo = createRepository(db);
  const { sites } = generateSeedData();
  for (const id of TEST_SITES) {
    const site = sites.find((s) => s.id === id);
    if (!site) throw new Error(`no site ${id}`);
    const { position: _position, ...plain } = site;
    await repo.saveSite(plain);
  }
  await db.transaction((tx) => insertCorpus(tx, TEST_CORPUS));
}

/** Every normalized text of a document, per field, over all its languages. */
function fields(id: string): { title: string; summary: string; body: string } {
  const d = docs.find((x) => x.id === id);
  if (!d) throw new Error(id);
  const texts = Object.values(d.texts);
  return {
    title: texts.map((t) => normalizeSearchText(t.title)).join('\n'),
    summary: texts.map((t) => normalizeSearchText(t.summary)).join('\n'),
    body: texts.flatMap((t) => t.body.map((b) => normalizeSearchText(b.text))).join('\n'),
  };
}

/** Brute force: ids of the documents holding every CJK term of `q` as a substring. */
function scan(q: string): string[] {
  const terms = queryTerms(q).map((t) => t.text);
  return docs
    .filter((d) => {
      const f = fields(d.id);
      const all = `${f.title}\n${f.summary}\n${f.body}`;
      return terms.every((t) => all.includes(t));
    })
    .map((d) => d.id)
    .sort();
}

function expectProblem(answer: Answer, status: number): Problem {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(contractErrors('Problem', answer.body)).toEqual([]);
  return answer.body as Problem;
}

describe.each(ENGINE_CASES)('documents API %s', (_title, engine) => {
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  let base = '';

  beforeAll(async () => {
    if (engine.skipReason) return;
    db = await openEmptyDatabase(engine, SUITE);
    await openCorpus(db);
    app = await createApp({ db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await app?.close();
    await disposeDatabase(engine, db, SUITE);
  });

  const get = async (path: string) => call(base, path);
  const page = async (query: string): Promise<DocumentsPage> => {
    const answer = await get(`/api/v1/documents?${query}`);
    expect(answer.status, answer.text).toBe(200);
    expect(contractErrors('DocumentsPage', answer.body)).toEqual([]);
    return answer.body as DocumentsPage;
  };
  /** Every item of a query, page after page. */
  const walk = async (query: string, limit: number): Promise<DocumentSummary[]> => {
    const items: DocumentSummary[] = [];
    let cursor: string | null = null;
    do {
      const p: DocumentsPage = await page(
        `${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      items.push(...p.items);
      cursor = p.nextCursor;
    } while (cursor && items.length < 1000);
    return items;
  };
  const newest = (a: { publishedOn: string; id: string }, b: typeof a) =>
    b.publishedOn.localeCompare(a.publishedOn) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0);

  it.skipIf(engine.skipReason)('lists newest first, pages without duplicates or gaps', async () => {
    const items = await walk('sort=newest', 7);
    const expected = [...docs].sort(newest).map((d) => d.id);
    expect(items.map((i) => i.id)).toEqual(expected);
    const first = await page('limit=5');
    expect(first.total).toBe(docs.length);
    expect(first.items.map((i) => i.publishedOn)).toEqual(
      expected.slice(0, 5).map((id) => docs.find((d) => d.id === id)?.publishedOn),
    );
  });

  it.skipIf(engine.skipReason)(
    'filters, and counts each facet under the other filters',
    async () => {
      const query = 'site=main,wms&type=notice,circular&yearFrom=2013&yearTo=2018&organ=mofcom';
      const p = await page(`${query}&limit=100`);
      const inYears = (d: (typeof docs)[number], a = 2013, b = 2018) =>
        Number(d.publishedOn.slice(0, 4)) >= a && Number(d.publishedOn.slice(0, 4)) <= b;
      const keep = {
        site: (d: (typeof docs)[number]) => ['main', 'wms'].includes(d.site),
        type: (d: (typeof docs)[number]) => ['notice', 'circular'].includes(d.type),
        year: (d: (typeof docs)[number]) => inYears(d),
        organ: (d: (typeof docs)[number]) => d.organs.includes('mofcom'),
      };
      const matching = docs.filter((d) => Object.values(keep).every((f) => f(d)));
      expect(p.total).toBe(matching.length);
      expect(p.items.map((i) => i.id).sort()).toEqual(matching.map((d) => d.id).sort());
      const counts = (
        facet: keyof typeof keep | 'category',
        key: (d: (typeof docs)[number]) => string[],
      ) => {
        const others = Object.entries(keep).filter(([name]) => name !== facet);
        const tally = new Map<string, number>();
        for (const d of docs.filter((x) => others.every(([, f]) => f(x)))) {
          for (const value of key(d)) tally.set(value, (tally.get(value) ?? 0) + 1);
        }
        return Object.fromEntries(tally);
      };
      const asObject = (list: { value: string | number; count: number }[]) =>
        Object.fromEntries(list.map((f) => [String(f.value), f.count]));
      expect(asObject(p.facets.site)).toEqual(counts('site', (d) => [d.site]));
      expect(asObject(p.facets.type)).toEqual(counts('type', (d) => [d.type]));
      expect(asObject(p.facets.year)).toEqual(counts('year', (d) => [d.publishedOn.slice(0, 4)]));
      expect(asObject(p.facets.organ)).toEqual(counts('organ', (d) => [...d.organs]));
      expect(asObject(p.facets.category)).toEqual(counts('category', (d) => [d.category]));
      expect(p.facets.organ.find((o) => o.value === 'gacc')?.name).toBe('海关总署');
      const translated = await page('lang=en&translated=true');
      expect(translated.items.map((i) => [i.id, i.lang]).sort()).toEqual([
        ['mofcom-mps-order-2005-8', 'en'],
        ['mofcom-order-2004-14', 'en'],
      ]);
      expect(
        (await page('lang=en&limit=1')).facets.organ.find((o) => o.value === 'gacc')?.name,
      ).toBe('General Administration of Customs');
      expect(p.facets.year.map((y) => y.value)).toEqual(
        [...p.facets.year.map((y) => y.value)].sort((a, b) => b - a),
      );
    },
  );

  it.skipIf(engine.skipReason)('finds every document holding a two-character word', async () => {
    for (const q of ['外资', '备案', '典当', '外资 备案', '外商投资', '投资促进']) {
      const items = await walk(`q=${encodeURIComponent(q)}`, 4);
      expect(items.map((i) => i.id).sort(), q).toEqual(scan(q));
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    }
    // A space splits words; a zero-width space is no character.
    const spaced = (await walk(`q=${encodeURIComponent('外资')}`, 50)).map((i) => i.id);
    expect(spaced).toContain('mofcom-2010-1');
    expect(fields('mofcom-2010-1').title).not.toContain('外资');
  });

  it.skipIf(engine.skipReason)(
    'keeps the counts of lists without a query exact through updates and deletes',
    async () => {
      if (!db) throw new Error('no database');
      const sample = docs.find((d) => d.validity === 'in-force' && d.category === 'foreign-trade');
      if (!sample) throw new Error('no in-force foreign-trade document');
      const validity = (p: DocumentsPage, value: string) =>
        p.facets.validity.find((v) => v.value === value)?.count ?? 0;
      const count = (value: string) => docs.filter((d) => d.validity === value).length;
      const rollback = new Error('rollback');
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`UPDATE document_facets SET validity = 'repealed' WHERE document = $1`, [
            sample.id,
          ]);
          const updated = await listDocuments(tx, { limit: 1 });
          expect(validity(updated, 'in-force')).toBe(count('in-force') - 1);
          expect(validity(updated, 'repealed')).toBe(count('repealed') + 1);
          await tx.query('DELETE FROM documents WHERE id = $1', [sample.id]);
          const deleted = await listDocuments(tx, { limit: 1, categories: ['foreign-trade'] });
          expect(deleted.total).toBe(docs.filter((d) => d.category === 'foreign-trade').length - 1);
          expect(validity(deleted, 'repealed')).toBe(
            docs.filter((d) => d.validity === 'repealed' && d.category === 'foreign-trade').length,
          );
          throw rollback;
        }),
      ).rejects.toBe(rollback);
      expect((await page('limit=1')).total).toBe(docs.length);
    },
  );

  it.skipIf(engine.skipReason)(
    'counts in memory exactly as the database does, and follows every write',
    async () => {
      if (!db) throw new Error('no database');
      const counts = new DocumentCounts(db);
      const lists: ListDocumentsOptions[] = [
        { limit: 1 },
        { limit: 1, sites: ['main', 'wms'], types: ['notice', 'circular'], yearFrom: 2013 },
        { limit: 1, organs: ['mofcom', 'gacc'], validities: ['repealed', 'amended'] },
        { limit: 1, categories: ['foreign-trade'], yearTo: 2010, lang: 'en' },
        { limit: 1, lang: 'en', translated: true, organs: ['mps'] },
        { limit: 1, sites: ['no-such-site'] },
      ];
      const same = async () => {
        for (const options of lists) {
          const [memory, database] = [
            await listDocuments(db!, options, counts),
            await listDocuments(db!, options),
          ];
          expect(memory.total, JSON.stringify(options)).toBe(database.total);
          expect(memory.facets, JSON.stringify(options)).toEqual(database.facets);
        }
      };
      await same();
      const sample = docs.find((d) => d.validity === 'in-force' && d.category === 'foreign-trade');
      if (!sample) throw new Error('no in-force foreign-trade document');
      const inForce = async () =>
        (await listDocuments(db!, { limit: 1 }, counts)).facets.validity.find(
          (v) => v.value === 'in-force',
        )?.count;
      const before = await inForce();
      // Committed writes, as another process or an operator's SQL would make them.
      await db.query(`UPDATE document_facets SET validity = 'repealed' WHERE document = $1`, [
        sample.id,
      ]);
      try {
        expect(await inForce()).toBe((before ?? 0) - 1);
        await same();
      } finally {
        await db.query(`UPDATE document_facets SET validity = 'in-force' WHERE document = $1`, [
          sample.id,
        ]);
      }
      expect(await inForce()).toBe(before);
    },
  );

  it.skipIf(engine.skipReason)(
    'counts each facet under a text query and the other filters',
    async () => {
      const q = '外资';
      const hits = new Set(scan(q));
      const keep = {
        type: (d: (typeof docs)[number]) => ['order', 'notice'].includes(d.type),
        year: (d: (typeof docs)[number]) => Number(d.publishedOn.slice(0, 4)) >= 2004,
      };
      const p = await page(`q=${encodeURIComponent(q)}&type=order,notice&yearFrom=2004&limit=100`);
      const matching = docs.filter((d) => hits.has(d.id) && keep.type(d) && keep.year(d));
      expect(matching.length).toBeGreaterThan(0);
      expect(p.total).toBe(matching.length);
      expect(p.items.map((i) => i.id).sort()).toEqual(matching.map((d) => d.id).sort());
      const tally = (
        facet: keyof typeof keep | null,
        key: (d: (typeof docs)[number]) => string[],
      ) => {
        const others = Object.entries(keep).filter(([name]) => name !== facet);
        const counts = new Map<string, number>();
        for (const d of docs.filter((x) => hits.has(x.id) && others.every(([, f]) => f(x)))) {
          for (const value of key(d)) counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        return Object.fromEntries(counts);
      };
      const asObject = (list: { value: string | number; count: number }[]) =>
        Object.fromEntries(list.map((f) => [String(f.value), f.count]));
      expect(asObject(p.facets.type)).toEqual(tally('type', (d) => [d.type]));
      expect(asObject(p.facets.year)).toEqual(tally('year', (d) => [d.publishedOn.slice(0, 4)]));
      expect(asObject(p.facets.site)).toEqual(tally(null, (d) => [d.site]));
      expect(asObject(p.facets.organ)).toEqual(tally(null, (d) => [...d.organs]));
      expect(asObject(p.facets.validity)).toEqual(tally(null, (d) => [d.validity]));
    },
  );

  it.skipIf(engine.skipReason)('ranks title over summary over body, then newest', async () => {
    const items = await walk(`q=${encodeURIComponent('典当')}`, 3);
    const rank = (id: string) => {
      const f = fields(id);
      return f.title.includes('典当') ? 0 : f.summary.includes('典当') ? 1 : 2;
    };
    const expected = [...items].sort((a, b) => rank(a.id) - rank(b.id) || newest(a, b));
    expect(items.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    expect(rank(items[0]?.id ?? '')).toBe(0);
    expect(rank(items[items.length - 1]?.id ?? '')).toBe(2);
  });

  it.skipIf(engine.skipReason)(
    'mixed Chinese and Latin queries, full-width text, snippets',
    async () => {
      const p = await page(`q=${encodeURIComponent('ＷＴＯ 外资')}&lang=en`);
      expect(p.items.map((i) => i.id).sort()).toEqual(['mofcom-2010-1', 'mofcom-order-2004-14']);
      for (const item of p.items) {
        const snippet = item.snippet;
        expect(snippet).toBeDefined();
        for (const { start, end } of snippet?.highlights ?? []) {
          const marked = normalizeSearchText(snippet?.text.slice(start, end) ?? '');
          expect(['wto', '外资']).toContain(marked);
        }
      }
      const english = p.items.find((i) => i.id === 'mofcom-order-2004-14');
      expect(english?.lang).toBe('en');
      expect(english?.snippet?.field).toBe('summary');
      const pawn = await page(`q=${encodeURIComponent('典当')}&limit=1`);
      expect(pawn.items[0]?.snippet).toEqual({
        field: 'title',
        text: pawn.items[0]?.title,
        highlights: [
          {
            start: pawn.items[0]?.title.indexOf('典当'),
            end: (pawn.items[0]?.title.indexOf('典当') ?? 0) + 2,
          },
        ],
      });
      expect((await page('q=pawning&lang=en')).items.map((i) => i.id)).toEqual([
        'mofcom-mps-order-2005-8',
      ]);
      expect((await page('q=pawn')).total).toBe(0);
    },
  );

  it.skipIf(engine.skipReason)('refuses a cursor of another query or order', async () => {
    const first = await page(`q=${encodeURIComponent('备案')}&limit=2`);
    expect(first.nextCursor).not.toBeNull();
    const cursor = first.nextCursor ?? '';
    for (const other of [
      `q=${encodeURIComponent('典当')}`,
      `q=${encodeURIComponent('备案')}&sort=newest`,
      'sort=newest',
    ]) {
      const problem = expectProblem(await get(`/api/v1/documents?${other}&cursor=${cursor}`), 400);
      expect(problem.errors?.map((e) => e.param)).toEqual(['cursor']);
    }
    expectProblem(await get('/api/v1/documents?cursor=bm90LWEtY3Vyc29y'), 400);
    expectProblem(await get('/api/v1/documents?site=nowhere'), 400);
    expectProblem(await get('/api/v1/documents?yearFrom=2020&yearTo=2010'), 400);
  });

  it.skipIf(engine.skipReason)('gets one document, in its language or Chinese', async () => {
    const en = await get('/api/v1/documents/mofcom-mps-order-2005-8?lang=en');
    expect(en.status).toBe(200);
    expect(contractErrors('DocumentArticle', en.body)).toEqual([]);
    const article = en.body as DocumentArticle;
    expect(article).toMatchObject({
      lang: 'en',
      title: 'Measures for the Administration of Pawning',
      languages: ['zh-CN', 'en'],
      organs: [
        { id: 'mofcom', name: 'Ministry of Commerce' },
        { id: 'mps', name: 'Ministry of Public Security' },
      ],
      publishedOn: '2005-02-09',
      body: [{ kind: 'paragraph', text: 'Pawnshops shall operate lawfully.' }],
    });
    const fr = (await get('/api/v1/documents/mofcom-mps-order-2005-8?lang=fr'))
      .body as DocumentArticle;
    expect(fr).toMatchObject({ lang: 'zh-CN', title: '典当管理办法' });
    expect(fr.organs[1]?.name).toBe('公安部');
    const repealed = (await get('/api/v1/documents/mofcom-order-2004-14')).body as DocumentArticle;
    expect(repealed.replacedBy.map((r) => r.id)).toEqual(['mofcom-order-2020-1']);
    expect(repealed.relations).toEqual([
      { kind: 'repealed-by', date: '2020-01-02', document: repealed.replacedBy[0] },
    ]);
    const amending = (await get('/api/v1/documents/mofcom-2011-7')).body as DocumentArticle;
    expect(amending.relations.map((r) => [r.kind, r.document.id])).toEqual([
      ['amends', 'mofcom-2010-1'],
    ]);
    const listed = await page(`q=${encodeURIComponent('统计口径')}`);
    expect(listed.items[0]?.replacedBy.map((r) => r.id)).toEqual(['mofcom-2011-7']);
    expectProblem(await get('/api/v1/documents/no-such-document'), 404);
  });

  it.skipIf(engine.skipReason)('looks a number up in any spelling', async () => {
    const spellings: [string, string][] = [
      ['商资发[06]第0123号', 'mofcom-2006-123'],
      ['商资发（２００６）１２３号', 'mofcom-2006-123'],
      ['  商资发 〔2006〕 第 0123 号 ', 'mofcom-2006-123'],
      ['商资\u200b发〔2006〕123号', 'mofcom-2006-123'],
      ['商务部令2004年14号', 'mofcom-order-2004-14'],
      ['商务部海关总署公告2023年第23号', 'mofcom-gacc-ann-2023-23'],
      ['商务部、海关总署公告2023年第23号', 'mofcom-gacc-ann-2023-23'],
    ];
    for (const [number, id] of spellings) {
      const answer = await get(`/api/v1/documents/lookup?number=${encodeURIComponent(number)}`);
      expect(answer.status, number).toBe(200);
      expect(contractErrors('DocumentLookup', answer.body)).toEqual([]);
      const lookup = answer.body as DocumentLookup;
      expect(lookup.items.map((i) => i.id)).toEqual([id]);
      expect(lookup.number.canonical).toBe(docs.find((d) => d.id === id)?.fileNumber);
    }
  });

  it.skipIf(engine.skipReason)('400 with the parse error code, 404 with suggestions', async () => {
    for (const [number, code] of [
      ['商资发123号', 'no-year'],
      ['hello', 'unknown-form'],
      ['商资发〔2006〕<script>号', 'invalid-character'],
      ['商资发〔2006〕123号\u0000', 'invalid-character'],
    ]) {
      const answer = await get(
        `/api/v1/documents/lookup?number=${encodeURIComponent(number ?? '')}`,
      );
      const problem = expectProblem(answer, 400) as Problem & { code?: string };
      expect(problem.code).toBe(code);
      expect(answer.text).not.toContain('<script');
    }
    const cases: [string, string, string[]][] = [
      ['商资发〔2005〕123号', 'other-year', ['mofcom-2006-123', 'mofcom-2007-123']],
      ['商资发〔2006〕125号', 'neighbouring-sequence', ['mofcom-2006-124', 'mofcom-2006-123']],
      ['商资发〔2006〕300号', 'near-issuer', ['mofcom-letter-2006-300']],
      ['商资发〔2006〕312号', 'transposed-digits', ['mofcom-2006-132']],
    ];
    for (const [number, reason, ids] of cases) {
      const answer = await get(`/api/v1/documents/lookup?number=${encodeURIComponent(number)}`);
      const problem = expectProblem(answer, 404) as Problem & LookupNotFound;
      expect(problem.number.canonical).toBe(number);
      expect(problem.suggestions.map((s) => [s.reason, s.document.id])).toEqual(
        ids.map((id) => [reason, id]),
      );
    }
    const none = expectProblem(
      await get(`/api/v1/documents/lookup?number=${encodeURIComponent('商贸发〔2030〕9999号')}`),
      404,
    );
    expect((none as Problem & LookupNotFound).suggestions).toEqual([]);
  });

  it.skipIf(engine.skipReason)('hostile input: never a 5xx, never markup', async () => {
    const huge = 'x'.repeat(1 << 20);
    for (const path of [`/api/v1/documents?q=${huge}`, `/api/v1/documents/lookup?number=${huge}`]) {
      const answer = await get(path);
      expect([400, 414, 431]).toContain(answer.status);
    }
    const hostile = [
      '\u0000',
      'a\u0000b',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '\u200b\u200b',
      '外\u200b资',
      'ｗｔｏ',
      'wтo',
      '%00',
      '؜外资‮',
      "' OR 1=1 --",
    ];
    // Invalid UTF-8 (a lone surrogate, stray bytes, an overlong `<`) is sent as is.
    const encoded = [...hostile.map(encodeURIComponent), '%ED%A0%80', '%FF%FE', '%C0%BC'];
    for (const q of encoded) {
      for (const path of [
        `/api/v1/documents?q=${q}`,
        `/api/v1/documents/lookup?number=${q}`,
        `/api/v1/documents?organ=${q}`,
        `/api/v1/documents?category=${q}`,
        `/api/v1/documents/${q}`,
      ]) {
        const answer = await get(path);
        expect(answer.status, `${path} → ${answer.text}`).toBeLessThan(500);
        expect(answer.text).not.toMatch(/<script|<img/i);
        if (answer.status === 200 && path.includes('?q=')) {
          expect(contractErrors('DocumentsPage', answer.body)).toEqual([]);
        }
      }
    }
    expect((await page(`q=${encodeURIComponent('wтo')}`)).total).toBe(0);
    expect((await page(`q=${encodeURIComponent('\u200b')}`)).total).toBe(0);
    expect((await page(`q=${encodeURIComponent('外\u200b资')}`)).total).toBe(scan('外资').length);
  });
});

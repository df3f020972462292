/**
 * The documents seed: the reference distribution, determinism, unique ids and file-number keys,
 * every record within the contract, validity consistent with the relations, and the real
 * documents' numbers read back canonically.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_ID_PATTERN,
  DOCUMENT_TYPE_VALUES,
  DOCUMENT_VALIDITIES,
  fileNumberKey,
  ORGAN_ID_PATTERN,
  parseFileNumber,
} from '@portal-kit/sdk';
import { contractSchemas } from '@portal-kit/sdk/openapi';
import { contractCheck } from '../src/http/compilers.js';
import {
  BULLETIN_COUNT,
  CATEGORY_COUNTS,
  DEFAULT_DOCUMENT_COUNT,
  documentTargets,
  generateDocuments,
  REAL_DOCUMENTS,
  type DocumentCorpus,
  type SeedDocument,
} from '../src/seed/documents/index.js';
import { buildRegistry } from '../src/seed/registry/index.js';

const SITE_IDS = buildRegistry().map((entry) => entry.site.id);
const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const corpus = generateDocuments({ siteIds: SITE_IDS });

const checkSummary = contractCheck(contractSchemas.DocumentSummary);
const checkArticle = contractCheck(contractSchemas.DocumentArticle);

/** The document as the API would answer it, in `lang` (falling back to Chinese). */
function asArticle(doc: SeedDocument, all: DocumentCorpus, lang = 'zh-CN') {
  const byId = new Map(all.documents.map((d) => [d.id, d]));
  const organs = new Map(all.organs.map((o) => [o.id, o]));
  const text = doc.texts[lang] ?? doc.texts['zh-CN'];
  const ref = (id: string) => {
    const other = byId.get(id) as SeedDocument;
    return { id, fileNumber: fileNumberOf(other), title: other.texts['zh-CN']?.title ?? '' };
  };
  const relations = all.relations.flatMap((r) =>
    r.to === doc.id
      ? [
          {
            kind: `${r.kind === 'amends' ? 'amended' : 'repealed'}-by`,
            document: ref(r.from),
            date: r.date,
          },
        ]
      : r.from === doc.id
        ? [{ kind: r.kind, document: ref(r.to), date: r.date }]
        : [],
  );
  const summary = {
    id: doc.id,
    site: doc.site,
    fileNumber: fileNumberOf(doc),
    indexNumber: doc.indexNumber,
    type: doc.type,
    category: doc.category,
    organs: doc.organs.map((id) => ({ id, name: organs.get(id)?.names['zh-CN'] ?? '' })),
    lang: doc.texts[lang] ? lang : 'zh-CN',
    title: text?.title,
    summary: text?.summary,
    writtenOn: doc.writtenOn,
    publishedOn: doc.publishedOn,
    effectiveOn: doc.effectiveOn,
    validity: doc.validity,
    replacedBy: all.relations.filter((r) => r.to === doc.id).map((r) => ref(r.from)),
    url: doc.url,
  };
  return {
    summary,
    article: {
      ...summary,
      languages: ['zh-CN', ...Object.keys(doc.texts).filter((l) => l !== 'zh-CN')],
      body: text?.body.map((b) => ({ kind: b.kind, text: b.text })),
      attachments: doc.attachments,
      interpretations: doc.interpretations,
      relations,
    },
  };
}

function fileNumberOf(doc: SeedDocument) {
  if (doc.fileNumber === null) return null;
  const parsed = parseFileNumber(doc.fileNumber);
  if (!parsed.ok) throw new Error(`${doc.id}: ${doc.fileNumber} does not parse`);
  const { canonical, form, issuer, year, sequence } = parsed.value;
  return { canonical, key: fileNumberKey(canonical) as string, form, issuer, year, sequence };
}

describe('the reference corpus', () => {
  it('has the reference distribution: 2,623 policies in four categories, plus 454 bulletins', () => {
    const count = (pred: (d: SeedDocument) => boolean) => corpus.documents.filter(pred).length;
    expect(corpus.documents).toHaveLength(2623 + 454);
    expect(DEFAULT_DOCUMENT_COUNT).toBe(3077);
    for (const [category, n] of Object.entries(CATEGORY_COUNTS)) {
      expect(
        count((d) => d.type !== 'bulletin' && d.category === category),
        category,
      ).toBe(n);
    }
    expect(count((d) => d.type === 'bulletin')).toBe(BULLETIN_COUNT);
    expect(count((d) => d.type === 'bulletin' && d.category === 'foreign-trade')).toBe(454);
  });

  it('is the same for the same seed, and another for another seed', () => {
    expect(sha(generateDocuments({ siteIds: SITE_IDS }))).toBe(sha(corpus));
    expect(sha(generateDocuments({ siteIds: SITE_IDS, seed: 7 }))).not.toBe(sha(corpus));
  });

  it('has unique ids and unique file-number keys', () => {
    const ids = corpus.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = corpus.documents.flatMap((d) =>
      d.fileNumber ? [fileNumberKey(d.fileNumber)] : [],
    );
    expect(keys).not.toContain(null);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(corpus.documents.length * 0.9);
  });

  it('writes every file number canonically, in every form', () => {
    const forms = new Set<string>();
    for (const doc of corpus.documents) {
      if (doc.fileNumber === null) continue;
      const parsed = parseFileNumber(doc.fileNumber);
      expect(parsed.ok && parsed.value.canonical, doc.fileNumber).toBe(doc.fileNumber);
      if (parsed.ok) forms.add(parsed.value.form);
      if (parsed.ok && parsed.value.year !== null && doc.type !== 'bulletin') {
        expect(parsed.value.year, doc.id).toBe(Number(doc.writtenOn.slice(0, 4)));
      }
    }
    expect([...forms].sort()).toEqual([
      'announcement',
      'bulletin',
      'notice',
      'order',
      'serial-order',
      'standard',
    ]);
  });

  it('answers within the contract, as a summary and as an article, in every language it has', () => {
    for (const doc of corpus.documents) {
      for (const lang of Object.keys(doc.texts)) {
        const { summary, article } = asArticle(doc, corpus, lang);
        expect(checkSummary(summary), `${doc.id} ${lang}`).toBeNull();
        expect(checkArticle(article), `${doc.id} ${lang}`).toBeNull();
      }
      expect(doc.id).toMatch(new RegExp(DOCUMENT_ID_PATTERN));
      expect(DOCUMENT_TYPE_VALUES).toContain(doc.type);
      expect(DOCUMENT_VALIDITIES).toContain(doc.validity);
      expect(SITE_IDS).toContain(doc.site);
      expect(doc.writtenOn <= doc.publishedOn).toBe(true);
      expect(doc.publishedOn >= '2000-01-01' && doc.publishedOn <= '2026-11-20', doc.id).toBe(true);
      if (doc.indexNumber !== null) expect(doc.indexNumber).toMatch(/^\d{9}\/\d{4}-\d{5}$/u);
    }
    for (const organ of corpus.organs) {
      expect(organ.id).toMatch(new RegExp(ORGAN_ID_PATTERN));
      expect(organ.names['zh-CN']).toBeTruthy();
      expect(organ.names['en']).toBeTruthy();
    }
  });

  it('keeps validity consistent with the relations', () => {
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    for (const relation of corpus.relations) {
      const from = byId.get(relation.from) as SeedDocument;
      const to = byId.get(relation.to) as SeedDocument;
      expect(from && to, JSON.stringify(relation)).toBeTruthy();
      expect(relation.date >= to.publishedOn, JSON.stringify(relation)).toBe(true);
      expect(from.publishedOn > to.publishedOn, JSON.stringify(relation)).toBe(true);
    }
    for (const doc of corpus.documents) {
      const kinds = corpus.relations.filter((r) => r.to === doc.id).map((r) => r.kind);
      const expected = kinds.includes('repeals')
        ? 'repealed'
        : kinds.includes('amends')
          ? 'amended'
          : null;
      if (expected) expect(doc.validity, doc.id).toBe(expected);
      else expect(['in-force', 'expired'], doc.id).toContain(doc.validity);
    }
    const validities = new Set(corpus.documents.map((d) => d.validity));
    expect([...validities].sort()).toEqual(['amended', 'expired', 'in-force', 'repealed']);
  });

  it('spreads over sites, years, types and languages like the portal', () => {
    const share = (pred: (d: SeedDocument) => boolean) =>
      corpus.documents.filter(pred).length / corpus.documents.length;
    const years = new Set(corpus.documents.map((d) => d.publishedOn.slice(0, 4)));
    expect(years.size).toBe(27);
    expect(share((d) => d.site === 'main')).toBeGreaterThan(0.3);
    expect(share((d) => d.site === 'main')).toBeLessThan(0.8);
    const types = new Map<string, number>();
    for (const d of corpus.documents) types.set(d.type, (types.get(d.type) ?? 0) + 1);
    const ranked = [...types].sort((a, b) => b[1] - a[1]).map(([t]) => t);
    expect(ranked[0]).toBe('notice');
    expect(ranked.slice(1, 3)).toContain('announcement');
    const policies = corpus.documents.filter((d) => d.type !== 'bulletin');
    const english = policies.filter((d) => d.texts['en']).length / policies.length;
    expect(english).toBeGreaterThan(0.1);
    expect(english).toBeLessThan(0.25);
    const others = new Set(policies.flatMap((d) => Object.keys(d.texts)));
    for (const lang of ['fr', 'ru', 'ar', 'ja']) expect(others).toContain(lang);
    expect(share((d) => d.attachments.length > 0)).toBeGreaterThan(0.15);
    expect(share((d) => d.interpretations.length > 0)).toBeGreaterThan(0.02);
    expect(share((d) => d.fileNumber === null)).toBeGreaterThan(0.01);
  });

  it('has Chinese text in which the two-character terms people search for occur', () => {
    const text = (d: SeedDocument) => {
      const zh = d.texts['zh-CN'];
      return `${zh?.title}${zh?.summary}${zh?.body.map((b) => b.text).join('')}`;
    };
    for (const term of ['外资', '备案', '典当', '商贸', '出口', '拍卖', '进口', '境外']) {
      const hits = corpus.documents.filter((d) => text(d).includes(term)).length;
      expect(hits, term).toBeGreaterThan(5);
    }
  });
});

describe('the real documents', () => {
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));

  it('are at least 30, each with its number read back as itself and a named source', () => {
    expect(REAL_DOCUMENTS.length).toBeGreaterThanOrEqual(30);
    for (const real of REAL_DOCUMENTS) {
      const parsed = parseFileNumber(real.fileNumber);
      expect(parsed.ok && parsed.value.canonical, real.fileNumber).toBe(real.fileNumber);
      expect(real.source).toMatch(/https?:\/\/|gov\.cn/u);
      const doc = byId.get(real.id) as SeedDocument;
      expect(doc.source).toBe(real.source);
      expect(doc.fileNumber).toBe(real.fileNumber);
    }
  });

  it('include the documents the issue names, with their real facts', () => {
    expect(byId.get('mofcom-order-2004-14')).toMatchObject({
      fileNumber: '商务部令2004年第14号',
      publishedOn: '2004-06-25',
      effectiveOn: '2004-07-01',
    });
    expect(byId.get('mofcom-mps-order-2005-8')).toMatchObject({
      organs: ['mofcom', 'mps'],
      effectiveOn: '2005-04-01',
    });
    expect(fileNumberKey('商务部、公安部令2005年第8号')).toBe(
      fileNumberKey('商务部 公安部令2005年第8号'),
    );
    expect(byId.get('mofcom-notice-2012-423')?.texts['zh-CN']?.title).toContain('典当行业监管规定');
    expect(byId.get('mofcom-gacc-announcement-2023-23')).toMatchObject({
      effectiveOn: '2023-08-01',
    });
    expect(byId.get('ndrc-mofcom-order-2017-4')?.validity).toBe('repealed');
    const order = byId.get('state-council-order-792') as SeedDocument;
    expect(fileNumberOf(order)).toMatchObject({ form: 'serial-order', year: null, sequence: 792 });
  });
});

describe('a larger corpus', () => {
  it('keeps the proportions for any count', () => {
    const targets = documentTargets(100_000);
    expect(Object.values(targets).reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(targets['foreign-trade'] / 100_000).toBeCloseTo(1360 / 3077, 3);
    expect(documentTargets()).toEqual({ ...CATEGORY_COUNTS, bulletin: BULLETIN_COUNT });
  });

  it('of 100,000 documents is deterministic and unique', () => {
    const big = generateDocuments({ siteIds: SITE_IDS, count: 100_000 });
    expect(big.documents).toHaveLength(100_000);
    const ids = new Set(big.documents.map((d) => d.id));
    expect(ids.size).toBe(100_000);
    const keys = big.documents.flatMap((d) => (d.fileNumber ? [fileNumberKey(d.fileNumber)] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(null);
    const again = generateDocuments({ siteIds: SITE_IDS, count: 100_000 });
    expect(sha(again.documents.slice(-500))).toBe(sha(big.documents.slice(-500)));
    expect(sha(again.relations)).toBe(sha(big.relations));
  }, 60_000);
});

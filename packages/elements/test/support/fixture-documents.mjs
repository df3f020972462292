/**
 * `GET /api/v1/documents` of the browser tests' fixture API (fixture-api.mjs), over fixed
 * documents: the filters (site, category, type, organ, validity, yearFrom/yearTo, q, lang), the
 * facet counts of each filter under every other filter, `total`, sort (newest, relevance), and an
 * opaque cursor — the contract's answer shape (DocumentsPage), computed, never canned.
 */

const CATEGORIES = [
  'foreign-trade',
  'domestic-trade',
  'foreign-investment',
  'international-cooperation',
];
const TYPES = ['order', 'announcement', 'notice', 'bulletin', 'opinion'];
const ORGANS = [
  { id: 'mofcom', zh: '商务部', en: 'Ministry of Commerce' },
  { id: 'gacc', zh: '海关总署', en: 'General Administration of Customs' },
  { id: 'mps', zh: '公安部', en: 'Ministry of Public Security' },
];
const SUBJECTS = [
  ['外资备案', 'foreign investment filing'],
  ['典当管理', 'pawnshop management'],
  ['出口许可', 'export licences'],
  ['对外援助', 'foreign aid'],
  ['市场流通', 'market circulation'],
];

/** 30 documents, newest first (2024 down to 2005), with a few amended, repealed and expired. */
function buildDocuments() {
  const docs = [];
  for (let i = 0; i < 30; i += 1) {
    const year = 2024 - Math.floor((i * 2) / 3);
    const n = i + 1;
    const type = TYPES[i % TYPES.length];
    const organs = i % 7 === 6 ? [ORGANS[0], ORGANS[2]] : [ORGANS[i % 4 === 3 ? 1 : 0]];
    const [zh, en] = SUBJECTS[i % SUBJECTS.length];
    const validity = i === 4 ? 'amended' : i === 5 ? 'repealed' : i === 11 ? 'expired' : 'in-force';
    const canonical =
      type === 'order'
        ? `${organs.map((o) => o.zh).join('、')}令${year}年第${n}号`
        : type === 'announcement'
          ? `${organs[0].zh}公告${year}年第${n}号`
          : `商资发〔${year}〕${n}号`;
    docs.push({
      id: `doc-${String(n).padStart(3, '0')}`,
      site: i % 5 === 4 ? 'guangdong' : 'main',
      fileNumber:
        type === 'bulletin'
          ? null
          : {
              canonical,
              key: canonical,
              form:
                type === 'order' ? 'order' : type === 'announcement' ? 'announcement' : 'standard',
              issuer: type === 'order' || type === 'announcement' ? organs[0].zh : '商资发',
              year,
              sequence: n,
            },
      indexNumber: null,
      type,
      category: CATEGORIES[i % CATEGORIES.length],
      organs,
      titles: {
        'zh-CN': `关于${zh}的通知 ${n}`,
        ...(i % 2 === 0 ? { en: `Notice on ${en} ${n}` } : {}),
      },
      summaries: {
        'zh-CN': `${zh}工作的有关事项。`,
        ...(i % 2 === 0 ? { en: `Matters of ${en}.` } : {}),
      },
      writtenOn: `${year}-05-0${(i % 9) + 1}`,
      publishedOn: `${year}-06-${String((i % 28) + 1).padStart(2, '0')}`,
      effectiveOn: null,
      validity,
      replacedBy: [],
      url: `https://www.example.gov.cn/policies/${n}.html`,
    });
  }
  // The amended and the repealed document name the later documents that changed them.
  const ref = (d) => ({ id: d.id, fileNumber: d.fileNumber, title: d.titles['zh-CN'] });
  docs[4].replacedBy = [ref(docs[0])];
  docs[5].replacedBy = [ref(docs[1]), ref(docs[2])];
  return docs;
}

export const DOCUMENTS = buildDocuments();

const list = (value) => (value ? String(value).split(',') : null);

/** The document as listed in `lang` (Chinese where it has no text in `lang`). */
function summary(doc, lang, q) {
  const has = lang && doc.titles[lang];
  const language = has ? lang : 'zh-CN';
  const { titles, summaries, organs, ...rest } = doc;
  const out = {
    ...rest,
    organs: organs.map((o) => ({ id: o.id, name: language === 'en' ? o.en : o.zh })),
    lang: language,
    title: titles[language],
    summary: summaries[language],
  };
  if (q) {
    for (const field of ['title', 'summary']) {
      const text = out[field];
      const at = text.toLowerCase().indexOf(q.toLowerCase());
      if (at >= 0) {
        out.snippet = { field, text, highlights: [{ start: at, end: at + q.length }] };
        break;
      }
    }
  }
  return out;
}

function matches(doc, f, skip) {
  const year = Number(doc.publishedOn.slice(0, 4));
  return (
    (skip === 'site' || !f.site || f.site.includes(doc.site)) &&
    (skip === 'category' || !f.category || f.category.includes(doc.category)) &&
    (skip === 'type' || !f.type || f.type.includes(doc.type)) &&
    (skip === 'organ' || !f.organ || doc.organs.some((o) => f.organ.includes(o.id))) &&
    (skip === 'validity' || !f.validity || f.validity.includes(doc.validity)) &&
    (skip === 'year' || ((!f.yearFrom || year >= f.yearFrom) && (!f.yearTo || year <= f.yearTo))) &&
    (!f.q ||
      Object.values(doc.titles)
        .concat(Object.values(doc.summaries))
        .some((t) => t.toLowerCase().includes(f.q.toLowerCase())))
  );
}

/** Counts of each value of one filter over the documents matching every other filter. */
function facet(docs, f, name, valuesOf, lang) {
  const counts = new Map();
  for (const doc of docs) {
    if (!matches(doc, f, name)) continue;
    for (const value of valuesOf(doc)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([value, count]) => {
      if (name !== 'organ') return { value, count };
      const organ = ORGANS.find((o) => o.id === value);
      return { value, name: lang === 'en' ? organ.en : organ.zh, count };
    });
}

/** Answers `GET /api/v1/documents` with `json(ctx, body)` / `problem(ctx, status, title)`. */
export function listDocuments(ctx, mode, { json, problem }) {
  const q = ctx.query;
  const limit = q.limit === undefined ? 20 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return problem(ctx, 400, 'Invalid limit');
  if (q.q !== undefined && (String(q.q).length > 100 || String(q.q).trim() === '')) {
    return problem(ctx, 400, 'Invalid q');
  }
  const f = {
    site: list(q.site),
    category: list(q.category),
    type: list(q.type),
    organ: list(q.organ),
    validity: list(q.validity),
    yearFrom: q.yearFrom ? Number(q.yearFrom) : null,
    yearTo: q.yearTo ? Number(q.yearTo) : null,
    q: q.q ? String(q.q) : null,
  };
  const docs = mode === 'empty' ? [] : DOCUMENTS;
  let matching = docs.filter((doc) => matches(doc, f));
  const sort = q.sort ?? (f.q ? 'relevance' : 'newest');
  const byDate = (a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id);
  if (sort === 'relevance' && f.q) {
    const inTitle = (d) =>
      Object.values(d.titles).some((t) => t.toLowerCase().includes(f.q.toLowerCase())) ? 0 : 1;
    matching = matching.sort((a, b) => inTitle(a) - inTitle(b) || byDate(a, b));
  } else {
    matching = matching.sort(byDate);
  }
  const start = q.cursor ? Number(Buffer.from(String(q.cursor), 'base64url').toString()) : 0;
  if (!Number.isInteger(start) || start < 0) return problem(ctx, 400, 'Invalid cursor');
  const end = start + limit;
  const lang = q.lang ? String(q.lang) : undefined;
  return json(ctx, {
    items: matching.slice(start, end).map((doc) => summary(doc, lang, f.q)),
    nextCursor: end < matching.length ? Buffer.from(String(end)).toString('base64url') : null,
    total: matching.length,
    facets: {
      site: facet(docs, f, 'site', (d) => [d.site], lang),
      category: facet(docs, f, 'category', (d) => [d.category], lang),
      type: facet(docs, f, 'type', (d) => [d.type], lang),
      organ: facet(docs, f, 'organ', (d) => d.organs.map((o) => o.id), lang),
      year: facet(docs, f, 'year', (d) => [Number(d.publishedOn.slice(0, 4))], lang),
      validity: facet(docs, f, 'validity', (d) => [d.validity], lang),
    },
  });
}

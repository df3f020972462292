/**
 * The documents part of the fixture API (fixture-api.mjs) for `<portal-document>` and
 * `<portal-document-lookup>`: `GET /api/v1/documents/lookup?number=…` and
 * `GET /api/v1/documents/{id}` over a few fixed documents, read with the SDK's own
 * `parseFileNumber` (its TypeScript source bundled once by esbuild when the server starts), so the
 * fixture reads numbers exactly as the real server does. Answers follow the contract:
 * 200 `{ number, items }`; 404 problem with `number` and up to five `suggestions`; 400 problem with
 * the parse error's `code`.
 *
 * The lookup's second way in needs a list with facets; `browseDocuments` answers
 * `GET /api/v1/documents` (type, organ, yearFrom, yearTo, lang, limit) — a minimal stand-in for
 * the policy list's own fixture, used only when that one does not handle the path.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../../sdk/src/domain/file-number.ts', import.meta.url));
const bundled = await build({
  entryPoints: [source],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { parseFileNumber } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const ORGANS = {
  mofcom: { 'zh-CN': '商务部', en: 'Ministry of Commerce' },
  gacc: { 'zh-CN': '海关总署', en: 'General Administration of Customs' },
  'state-council': { 'zh-CN': '国务院', en: 'State Council' },
};

/** The number as the contract carries it (the State Council series has no year). */
function numberValue(text) {
  const parsed = parseFileNumber(text);
  if (parsed.ok) return { ...parsed.value, key: parsed.value.canonical };
  const m = /^国务院令第(\d+)号$/u.exec(text);
  if (m) {
    const sequence = Number(m[1]);
    return { canonical: text, key: text, form: 'order', issuer: '国务院', year: null, sequence };
  }
  throw new Error(`fixture number ${text} cannot be read`);
}

/** Fixed documents: zh-CN always, English for some, every field of the contract. */
const RAW = [
  {
    id: 'mofcom-order-2004-14',
    number: '商务部令2004年第14号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['mofcom'],
    title: {
      'zh-CN': '对外贸易经营者备案登记办法',
      en: 'Measures for the Registration of Foreign Trade Operators',
    },
    written: '2004-06-25',
    validity: 'amended',
    replacedBy: ['mofcom-order-2016-2'],
  },
  {
    id: 'mofcom-order-2016-2',
    number: '商务部令2016年第2号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['mofcom'],
    title: { 'zh-CN': '商务部关于废止和修改部分规章的决定' },
    written: '2016-08-18',
    validity: 'in-force',
  },
  {
    id: 'mofcom-2006-123',
    number: '商资发〔2006〕123号',
    type: 'notice',
    category: 'foreign-investment',
    organs: ['mofcom'],
    title: {
      'zh-CN': '商务部关于外商投资举办投资性公司的通知',
      en: 'Notice on Investment Companies Set Up by Foreign Investors',
    },
    written: '2006-05-26',
    validity: 'repealed',
    replacedBy: ['mofcom-2018-486'],
  },
  {
    id: 'mofcom-2007-123',
    number: '商资发〔2007〕123号',
    type: 'notice',
    category: 'foreign-investment',
    organs: ['mofcom'],
    title: { 'zh-CN': '商务部关于外商投资企业备案的通知' },
    written: '2007-04-02',
    validity: 'in-force',
  },
  {
    id: 'mofcom-2006-124',
    number: '商资发〔2006〕124号',
    type: 'reply',
    category: 'foreign-investment',
    organs: ['mofcom'],
    title: { 'zh-CN': '商务部关于外资审批事项的批复' },
    written: '2006-05-30',
    validity: 'expired',
  },
  {
    id: 'mofcom-2018-486',
    number: '商财发〔2018〕486号',
    type: 'notice',
    category: 'domestic-trade',
    organs: ['mofcom'],
    title: { 'zh-CN': '商务部 财政部关于推动服务外包加快转型升级的通知' },
    written: '2018-12-20',
    validity: 'in-force',
  },
  {
    id: 'mofcom-gacc-2023-23',
    number: '商务部 海关总署公告2023年第23号',
    type: 'announcement',
    category: 'foreign-trade',
    organs: ['mofcom', 'gacc'],
    title: {
      'zh-CN': '商务部 海关总署关于对部分物项实施出口管制的公告',
      en: 'Announcement on Export Controls on Certain Items',
    },
    written: '2023-07-03',
    validity: 'in-force',
  },
  {
    id: 'state-council-order-792',
    number: '国务院令第792号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['state-council'],
    title: { 'zh-CN': '国务院关于修改和废止部分行政法规的决定' },
    written: '2024-12-06',
    validity: 'in-force',
  },
  {
    // Hostile data: markup in every text, javascript: URLs — shown as text, never as links.
    id: 'hostile-1',
    number: '商资发〔2009〕1号',
    type: 'notice',
    category: 'foreign-investment',
    organs: ['mofcom'],
    title: {
      'zh-CN': '<img src=x onerror="window.__pwned=1">标题<script>window.__pwned=1</script>',
    },
    written: '2009-01-05',
    validity: 'in-force',
    url: 'javascript:window.__pwned=1',
  },
];

const byId = new Map(RAW.map((d) => [d.id, d]));

function ref(doc, lang) {
  return {
    id: doc.id,
    fileNumber: numberValue(doc.number),
    title: doc.title[lang] ?? doc.title['zh-CN'],
  };
}

/** A document as listed, in `lang` where it has a title in it, else in Chinese. */
function summary(doc, lang = 'zh-CN') {
  const own = doc.title[lang] !== undefined;
  const textLang = own ? lang : 'zh-CN';
  return {
    id: doc.id,
    site: 'main',
    fileNumber: numberValue(doc.number),
    indexNumber: `000013070/${doc.written.slice(0, 4)}-${doc.id.length.toString().padStart(5, '0')}`,
    type: doc.type,
    category: doc.category,
    organs: doc.organs.map((id) => ({ id, name: ORGANS[id][textLang] ?? ORGANS[id]['zh-CN'] })),
    lang: textLang,
    title: doc.title[textLang],
    summary: `${doc.title[textLang]} — summary`,
    writtenOn: doc.written,
    publishedOn: doc.written,
    effectiveOn: doc.validity === 'expired' ? null : doc.written,
    validity: doc.validity,
    replacedBy: (doc.replacedBy ?? []).map((id) => ref(byId.get(id), textLang)),
    url: doc.url ?? `https://www.example.gov.cn/policies/${doc.id}.html`,
  };
}

/** One document with its body, attachments, interpretations and relations. */
function article(doc, lang) {
  const s = summary(doc, lang);
  const zh = s.lang === 'zh-CN';
  const hostile = doc.id === 'hostile-1';
  return {
    ...s,
    languages: Object.keys(doc.title),
    body: [
      { kind: 'heading', text: zh ? '第一章 总则' : 'Chapter 1 General provisions' },
      {
        kind: 'paragraph',
        text: hostile
          ? '<b>bold?</b><script>window.__pwned=1</script>'
          : zh
            ? '第一条 为了规范管理，制定本办法。'
            : 'Article 1 These measures are made to regulate…',
      },
      {
        kind: 'paragraph',
        text: zh
          ? '第二条 本办法自发布之日起施行。'
          : 'Article 2 These measures take effect on publication.',
      },
    ],
    attachments: [
      {
        name: zh ? '附件1 登记表.pdf' : 'Annex 1 Form.pdf',
        mediaType: 'application/pdf',
        size: 1_450_000,
        url: hostile
          ? 'javascript:window.__pwned=1'
          : `https://www.example.gov.cn/files/${doc.id}-1.pdf`,
      },
      {
        name: zh ? '附件2 填表说明.docx' : 'Annex 2 Notes.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 35_800,
        url: `https://www.example.gov.cn/files/${doc.id}-2.docx`,
      },
    ],
    interpretations: [
      {
        title: zh ? '政策解读：办法要点' : 'Interpretation: the main points',
        url: hostile
          ? 'data:text/html,<script>1</script>'
          : `https://www.example.gov.cn/jd/${doc.id}.html`,
      },
    ],
    relations: (doc.replacedBy ?? []).map((id) => ({
      kind: doc.validity === 'repealed' ? 'repealed-by' : 'amended-by',
      document: ref(byId.get(id), s.lang),
      date: byId.get(id).written,
    })),
  };
}

/** Near numbers of a number of no document: another year, a neighbouring sequence. */
function suggestionsFor(number, lang) {
  const out = [];
  for (const doc of RAW) {
    const other = numberValue(doc.number);
    if (other.issuer !== number.issuer || other.form !== number.form) continue;
    if (other.sequence === number.sequence && other.year !== number.year)
      out.push({ reason: 'other-year', document: ref(doc, lang) });
    else if (other.year === number.year && Math.abs(other.sequence - number.sequence) <= 2)
      out.push({ reason: 'neighbouring-sequence', document: ref(doc, lang) });
  }
  return out.slice(0, 5);
}

function facetOf(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** `GET /api/v1/documents`, the minimum the lookup's second way in needs. */
function browseDocuments(ctx, { json }) {
  const q = ctx.query;
  const lang = q.lang ? String(q.lang) : 'zh-CN';
  const list = (name) => (q[name] ? String(q[name]).split(',') : null);
  const [types, organs] = [list('type'), list('organ')];
  const from = q.yearFrom ? Number(q.yearFrom) : -Infinity;
  const to = q.yearTo ? Number(q.yearTo) : Infinity;
  const year = (d) => Number(d.written.slice(0, 4));
  const matching = RAW.filter(
    (d) =>
      d.id !== 'hostile-1' &&
      (!types || types.includes(d.type)) &&
      (!organs || d.organs.some((o) => organs.includes(o))) &&
      year(d) >= from &&
      year(d) <= to,
  );
  const limit = q.limit ? Number(q.limit) : 20;
  return json(ctx, {
    items: matching.slice(0, limit).map((d) => summary(d, lang)),
    nextCursor: null,
    total: matching.length,
    facets: {
      site: [{ value: 'main', count: matching.length }],
      category: facetOf(matching.map((d) => d.category)),
      type: facetOf(matching.map((d) => d.type)),
      organ: facetOf(matching.flatMap((d) => d.organs)).map((f) => ({
        ...f,
        name: ORGANS[f.value][lang] ?? ORGANS[f.value]['zh-CN'],
      })),
      year: facetOf(matching.map(year)),
      validity: facetOf(matching.map((d) => d.validity)),
    },
  });
}

/**
 * Answers a documents request of the fixture API; `false` when `apiPath` is not one of these.
 * `json` and `problem` are the fixture API's own answer helpers; in `mode` `unreadable` the
 * lookup refuses every number (400, code `ambiguous-year`), as a stricter server would.
 */
export function documentFixture(ctx, apiPath, { json, problem, mode }) {
  const lang = ctx.query.lang ? String(ctx.query.lang) : 'zh-CN';
  if (apiPath === '/api/v1/documents/lookup') {
    const input = String(ctx.query.number ?? '');
    // Mode `unreadable`: a server reading numbers more strictly than the browser did.
    const parsed =
      mode === 'unreadable'
        ? { ok: false, error: { code: 'ambiguous-year' } }
        : parseFileNumber(input);
    if (!parsed.ok) {
      problem(ctx, 400, 'The file number cannot be read', { code: parsed.error.code });
      return true;
    }
    const number = { ...parsed.value, key: parsed.value.canonical };
    const items = RAW.filter((d) => numberValue(d.number).key === number.key);
    if (items.length > 0) json(ctx, { number, items: items.map((d) => summary(d, lang)) });
    else
      problem(ctx, 404, 'No document has this number', {
        number,
        suggestions: suggestionsFor(number, lang),
      });
    return true;
  }
  if (apiPath === '/api/v1/documents') {
    browseDocuments(ctx, { json });
    return true;
  }
  const one = /^\/api\/v1\/documents\/([^/]+)$/.exec(apiPath);
  if (one) {
    const doc = byId.get(decodeURIComponent(one[1]));
    if (doc) json(ctx, article(doc, lang));
    else problem(ctx, 404, 'No such document');
    return true;
  }
  return false;
}

/**
 * A small hand-written documents corpus for the documents suites: real-looking numbers for the
 * lookup and its suggestions, texts that hold (or nearly hold) 外资, 备案 and 典当 in every
 * field, full-width and zero-width spellings, an English translation, an amendment and a
 * repeal — plus filler documents over several sites, years and types for paging and facets.
 */
import type { DocumentType, DocumentValidity } from '@portal-kit/sdk';
import type { DocumentCorpus, SeedDocument, SeedOrgan } from '../../src/seed/documents/types.js';

export const TEST_SITES = ['main', 'wms', 'guangdong'] as const;

export const TEST_ORGANS: SeedOrgan[] = [
  { id: 'mofcom', names: { 'zh-CN': '商务部', en: 'Ministry of Commerce' } },
  { id: 'gacc', names: { 'zh-CN': '海关总署', en: 'General Administration of Customs' } },
  { id: 'mps', names: { 'zh-CN': '公安部', en: 'Ministry of Public Security' } },
  { id: 'state-council', names: { 'zh-CN': '国务院', en: 'State Council' } },
];

interface DocInput {
  id: string;
  fileNumber?: string | null;
  title: string;
  summary?: string;
  body?: string[];
  en?: { title: string; summary: string; body: string[] };
  site?: string;
  type?: DocumentType;
  category?: string;
  organs?: string[];
  publishedOn: string;
  validity?: DocumentValidity;
}

function doc(input: DocInput): SeedDocument {
  const zh = {
    title: input.title,
    summary: input.summary ?? '',
    body: (input.body ?? ['正文。']).map((text, i) => ({
      kind:
        i === 0 && (input.body?.length ?? 0) > 1 ? ('heading' as const) : ('paragraph' as const),
      text,
    })),
  };
  return {
    id: input.id,
    site: input.site ?? 'main',
    fileNumber: input.fileNumber ?? null,
    indexNumber: `000013070/${input.publishedOn.slice(0, 4)}-${input.id.length.toString().padStart(5, '0')}`,
    type: input.type ?? 'notice',
    category: input.category ?? 'foreign-trade',
    organs: input.organs ?? ['mofcom'],
    texts: {
      'zh-CN': zh,
      ...(input.en
        ? {
            en: {
              title: input.en.title,
              summary: input.en.summary,
              body: input.en.body.map((text) => ({ kind: 'paragraph' as const, text })),
            },
          }
        : {}),
    },
    writtenOn: input.publishedOn,
    publishedOn: input.publishedOn,
    effectiveOn: null,
    validity: input.validity ?? 'in-force',
    attachments: [],
    interpretations: [],
    url: `https://www.mofcom.gov.cn/zcfb/${input.id}.html`,
  };
}

const named: SeedDocument[] = [
  doc({
    id: 'mofcom-order-2004-14',
    fileNumber: '商务部令2004年第14号',
    title: '外商投资商业领域管理办法',
    summary: '规范外商投资商业企业的设立与经营。',
    body: ['第一章 总则', '为扩大对外开放，规范外资商业企业，制定本办法。'],
    en: {
      title: 'Measures on the Administration of Foreign Investment in Commercial Fields',
      summary: 'Rules for foreign-invested commercial enterprises (WTO commitments).',
      body: ['Chapter I General Provisions'],
    },
    type: 'order',
    category: 'foreign-investment',
    publishedOn: '2004-04-16',
    validity: 'repealed',
  }),
  doc({
    id: 'mofcom-2006-123',
    fileNumber: '商资发〔2006〕123号',
    title: '关于外资并购备案有关问题的通知',
    summary: '明确备案程序。',
    body: ['各省商务主管部门：', '现就外资并购备案通知如下。'],
    category: 'foreign-investment',
    publishedOn: '2006-03-20',
  }),
  doc({
    id: 'mofcom-2007-123',
    fileNumber: '商资发〔2007〕123号',
    title: '关于进一步做好投资促进工作的通知',
    summary: '投资促进。',
    category: 'foreign-investment',
    publishedOn: '2007-05-11',
  }),
  doc({
    id: 'mofcom-2006-124',
    fileNumber: '商资发〔2006〕124号',
    title: '关于典当行年审工作的通知',
    summary: '年审安排。',
    type: 'circular',
    category: 'domestic-trade',
    publishedOn: '2006-03-22',
  }),
  doc({
    id: 'mofcom-2006-132',
    fileNumber: '商资发〔2006〕132号',
    title: '关于加强统计工作的通知',
    summary: '统计报表的报送。',
    body: ['涉及典当企业统计的，另行通知。'],
    category: 'domestic-trade',
    publishedOn: '2006-04-02',
  }),
  doc({
    id: 'mofcom-letter-2006-300',
    fileNumber: '商资函〔2006〕300号',
    title: '关于同意设立外商投资企业的批复',
    summary: '同意设立。',
    type: 'reply',
    category: 'foreign-investment',
    publishedOn: '2006-06-01',
  }),
  doc({
    id: 'mofcom-mps-order-2005-8',
    fileNumber: '商务部 公安部令2005年第8号',
    title: '典当管理办法',
    summary: '规范典当行为，加强监督管理。',
    body: ['第一章 总则', '典当行应当依法经营。'],
    en: {
      title: 'Measures for the Administration of Pawning',
      summary: 'Rules for pawnshops.',
      body: ['Pawnshops shall operate lawfully.'],
    },
    type: 'order',
    category: 'domestic-trade',
    organs: ['mofcom', 'mps'],
    publishedOn: '2005-02-09',
  }),
  doc({
    id: 'mofcom-gacc-ann-2023-23',
    fileNumber: '商务部 海关总署公告2023年第23号',
    title: '关于对部分无人机相关物项实施出口管制的公告',
    summary: '出口经营者应当办理出口许可，并向海关备案。',
    body: ['根据《中华人民共和国出口管制法》，决定如下。', '本公告自2023年9月1日起正式实施。'],
    type: 'announcement',
    category: 'foreign-trade',
    organs: ['mofcom', 'gacc'],
    publishedOn: '2023-07-31',
  }),
  doc({
    id: 'mofcom-2010-1',
    fileNumber: '商资发〔2010〕1号',
    // Near misses: 外 资 with a space is not 外资; the zero-width space is no character at all.
    title: '关于外 资统计口径的说明',
    summary: '全角ＷＴＯ规则与外\u200b资政策。',
    body: ['对外开放，资金安排另行下达。'],
    category: 'foreign-investment',
    publishedOn: '2010-01-05',
    validity: 'amended',
  }),
  doc({
    id: 'mofcom-2011-7',
    fileNumber: '商资发〔2011〕7号',
    title: '关于修改商资发〔2010〕1号文的通知',
    summary: '修改外资统计口径。',
    category: 'foreign-investment',
    publishedOn: '2011-08-08',
  }),
  doc({
    id: 'mofcom-order-2020-1',
    fileNumber: '商务部令2020年第1号',
    title: '关于废止部分规章的决定',
    summary: '废止《外商投资商业领域管理办法》等规章。',
    type: 'decision',
    category: 'foreign-investment',
    publishedOn: '2020-01-02',
  }),
];

/** Filler: 48 documents over the three sites, 2012–2019, four types, both trade categories. */
const TYPES: DocumentType[] = ['notice', 'announcement', 'opinion', 'circular'];
const filler: SeedDocument[] = Array.from({ length: 48 }, (_, i) =>
  doc({
    id: `filler-${String(i).padStart(2, '0')}`,
    fileNumber: `商贸发〔${2012 + (i % 8)}〕${100 + i}号`,
    title: i % 5 === 0 ? `关于典当业务备案的通知（${i}）` : `关于商贸流通工作的通知（${i}）`,
    summary: i % 7 === 0 ? '涉及外资企业。' : '流通工作安排。',
    body: [i % 3 === 0 ? '加强备案管理。' : '做好有关工作。'],
    site: TEST_SITES[i % 3],
    type: TYPES[i % 4],
    category: i % 2 === 0 ? 'domestic-trade' : 'foreign-trade',
    organs: i % 6 === 0 ? ['mofcom', 'gacc'] : ['mofcom'],
    // Several documents share a day, so paging must break ties by id.
    publishedOn: `${2012 + (i % 8)}-0${1 + (i % 4)}-1${i % 2}`,
    validity: i % 11 === 0 ? 'expired' : 'in-force',
  }),
);

export const TEST_CORPUS: DocumentCorpus = {
  organs: TEST_ORGANS,
  documents: [...named, ...filler],
  relations: [
    { from: 'mofcom-2011-7', to: 'mofcom-2010-1', kind: 'amends', date: '2011-08-08' },
    {
      from: 'mofcom-order-2020-1',
      to: 'mofcom-order-2004-14',
      kind: 'repeals',
      date: '2020-01-02',
    },
  ],
};

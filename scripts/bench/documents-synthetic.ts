/**
 * FALLBACK ONLY: a synthetic documents corpus for the documents benchmark while the seed's
 * generator (`generateDocuments`) returns nothing. Deterministic; Chinese titles, summaries and
 * bodies built from policy vocabulary, unique file numbers over ten issuers and 27 years, the
 * four categories in the reference proportions, several sites, types and organs.
 */
import type {
  DocumentCorpus,
  SeedDocument,
} from '../../packages/server/src/seed/documents/types.js';

/**
 * Vocabulary in order of frequency (a Zipf distribution: the n-th word is drawn with weight
 * 1/n), so a mid-frequency word like 外资 is in about a fifth of the documents, 典当 in a few
 * per cent — as in a real policy corpus, not in every document.
 */
const WORDS = (
  '工作 管理 企业 发展 服务 市场 有关 规定 部门 建设 推进 加强 商务 经济 国家 政策 ' +
  '外资 贸易 投资 合作 监督 实施 促进 进一步 标准 体系 制度 落实 组织 地方 ' +
  '备案 进口 出口 许可 统计 资金 项目 信息 平台 安全 质量 流通 消费 电子商务 ' +
  '自由贸易 口岸 海关 关税 配额 技术 加工 物流 零售 拍卖 特许经营 招商 园区 ' +
  '开发区 对外援助 境外 承包工程 劳务 外汇 金融 保险 税收 价格 检验 检疫 ' +
  '反倾销 反补贴 保障措施 原产地 知识产权 数据 网络 应急 储备 粮食 药品 ' +
  '汽车 成品油 酒类 再生资源 典当 融资租赁 商业保理 直销 会展 餐饮 家政 ' +
  '老字号 农产品 冷链 步行街 夜间经济 服务外包 文化贸易 技术贸易 两用物项 ' +
  '出口管制 不可靠实体 安全审查 负面清单 准入 国民待遇 营商环境 诚信 信用'
).split(' ');
const WEIGHTS = WORDS.map((_, i) => 1 / (i + 1));
const WEIGHT_SUM = WEIGHTS.reduce((a, b) => a + b, 0);
const ISSUERS = [
  '商资发',
  '商贸发',
  '商财发',
  '商流通发',
  '商产发',
  '商服贸发',
  '商合发',
  '商办字',
  '商秩发',
  '商规发',
];
const TYPES = [
  'notice',
  'announcement',
  'opinion',
  'circular',
  'order',
  'decision',
  'reply',
] as const;
/** Reference proportions: 459 / 1,360 / 448 / 356 of 2,623. */
const CATEGORIES: [string, number][] = [
  ['domestic-trade', 459],
  ['foreign-trade', 1360],
  ['foreign-investment', 448],
  ['international-cooperation', 356],
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCorpus(siteIds: readonly string[], count: number): DocumentCorpus {
  const next = random(20_260_101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const word = () => {
    let at = next() * WEIGHT_SUM;
    return WORDS.find((_, i) => (at -= WEIGHTS[i] ?? 0) < 0) ?? '工作';
  };
  const phrase = (n: number) => Array.from({ length: n }, word).join('');
  const sites = siteIds.slice(0, 40);
  const total = CATEGORIES.reduce((sum, [, n]) => sum + n, 0);
  const sequences = new Map<string, number>();
  const documents: SeedDocument[] = [];
  for (let i = 0; i < count; i++) {
    let at = next() * total;
    const category = CATEGORIES.find(([, n]) => (at -= n) < 0)?.[0] ?? 'foreign-trade';
    const year = 2000 + Math.floor(next() * 27);
    const issuer = pick(ISSUERS);
    const key = `${issuer}${year}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const date = `${year}-${month}-${day}`;
    documents.push({
      id: `synthetic-${i}`,
      site: pick(sites),
      fileNumber: `${issuer}〔${year}〕${sequence}号`,
      indexNumber: `000013070/${year}-${String(sequence).padStart(5, '0')}`,
      type: pick(TYPES),
      category,
      organs: next() < 0.1 ? ['mofcom', 'gacc'] : ['mofcom'],
      texts: {
        'zh-CN': {
          title: `关于${phrase(2)}${phrase(1)}工作的通知`,
          summary: `为做好${phrase(3)}工作，现就有关${phrase(2)}事项通知如下。`,
          body: [
            {
              kind: 'paragraph',
              text: `各有关单位：为进一步加强${phrase(4)}，促进${phrase(3)}健康发展，现通知如下。`,
            },
            { kind: 'paragraph', text: `一、${phrase(5)}。二、${phrase(4)}。三、${phrase(5)}。` },
            { kind: 'paragraph', text: `本通知自印发之日起施行。${phrase(3)}另行规定。` },
          ],
        },
      },
      writtenOn: date,
      publishedOn: date,
      effectiveOn: null,
      validity: next() < 0.1 ? 'expired' : 'in-force',
      attachments: [],
      interpretations: [],
      url: `https://www.mofcom.gov.cn/zcfb/synthetic-${i}.html`,
    });
  }
  return {
    organs: [
      { id: 'mofcom', names: { 'zh-CN': '商务部', en: 'Ministry of Commerce' } },
      { id: 'gacc', names: { 'zh-CN': '海关总署', en: 'General Administration of Customs' } },
    ],
    documents,
    relations: [],
  };
}

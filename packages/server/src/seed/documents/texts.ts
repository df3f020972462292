/**
 * The Chinese texts of generated documents — title, summary and body in the forms official
 * documents take (addressee, purpose, numbered sections, closing, issuer and date) — built from
 * the category's vocabulary.
 */
import type { DocumentType } from '@portal-kit/sdk';
import type { Random } from '../random.js';
import type { SeedDocumentText } from './types.js';
import { ACTIONS, COMPANY_TRADES, COMPANY_WORDS, VOCABULARY } from './vocabulary.js';
import type { Plan } from './plan.js';

type Block = SeedDocumentText['body'][number];

const TYPE_ZH: Readonly<Record<DocumentType, string>> = {
  resolution: '决议',
  decision: '决定',
  order: '令',
  communique: '公报',
  announcement: '公告',
  'public-notice': '通告',
  opinion: '意见',
  notice: '通知',
  circular: '通报',
  report: '报告',
  request: '请示',
  reply: '批复',
  motion: '议案',
  letter: '函',
  minutes: '纪要',
  bulletin: '文告',
};

const SECTION_HEADINGS = [
  ['一、总体要求', '二、主要任务', '三、保障措施', '四、工作要求'],
  ['一、充分认识重要意义', '二、明确工作目标', '三、突出工作重点', '四、加强组织实施'],
  ['一、适用范围', '二、办理程序', '三、监督管理', '四、其他事项'],
] as const;

const DUTIES = [
  '各地商务主管部门要高度重视，加强组织领导，明确责任分工，确保各项措施落到实处',
  '要建立健全工作机制，加强与发展改革、财政、海关、税务、市场监管等部门的协调配合',
  '要加强事中事后监管，完善信用管理，依法查处违法违规行为',
  '要及时总结推广好的经验和做法，加强宣传引导，营造良好氛围',
  '要加强统计监测和分析研判，及时掌握新情况新问题',
  '要简化办事程序，推行网上办理，提高服务效率',
  '要落实属地管理责任，做好风险防范和应急处置工作',
  '对工作中遇到的重大问题，要及时向商务部报告',
];

const CN_DIGITS = '〇一二三四五六七八九';

/** How the purpose sentence ends, per type. */
const OPENING: Readonly<Partial<Record<DocumentType, string>>> = {
  announcement: '根据有关法律法规，现就有关事项公告如下：',
  'public-notice': '根据有关法律法规，现就有关事项通告如下：',
  opinion: '现提出如下意见：',
  decision: '经研究，决定如下：',
  circular: '现将有关情况通报如下：',
  report: '现将有关情况报告如下：',
  request: '现将有关问题请示如下：',
  letter: '现将有关事项函告如下：',
  reply: '经研究，现批复如下：',
  minutes: '现将会议议定事项纪要如下：',
  communique: '现将有关统计数据公布如下：',
};

/** `2006年8月16日`. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `二〇〇六年八月十六日`, as the date under a signature is written. */
function signatureDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const small = (n: number) =>
    n < 10
      ? CN_DIGITS[n]
      : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${[...String(y)].map((c) => CN_DIGITS[Number(c)]).join('')}年${small(m)}月${small(d)}日`;
}

/** The organ names a document is issued under, e.g. `商务部办公厅`, `商务部 财政部`. */
export function issuerName(plan: Plan, names: ReadonlyMap<string, string>): string {
  const named = plan.organs.map((id) => names.get(id) ?? id);
  if (plan.office && named.length === 1) return `${named[0]}办公厅`;
  return named.join(' ');
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

function heading(text: string): Block {
  return { kind: 'heading', text };
}

/** The Chinese title, summary and body of a generated policy. */
export function chineseText(
  plan: Plan,
  rng: Random,
  issuer: string,
  fileNumber: string | null,
  effectiveOn: string | null,
): SeedDocumentText {
  const words = VOCABULARY[plan.category];
  const [subject] = words.subjects[plan.subject] ?? ['商务工作'];
  const [action] = ACTIONS[plan.action] ?? ['做好'];
  const typeZh = TYPE_ZH[plan.type];
  const year = plan.year;
  const place = plan.province ? plan.province.zh.replace(/商务.*$/u, '') : '';
  const company = `${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TRADES)}`;
  let title: string;
  switch (plan.type) {
    case 'order':
      title = rng.chance(0.2) ? `关于修改《${subject}管理办法》的决定` : `${subject}管理办法`;
      break;
    case 'announcement':
      title = rng.chance(0.5)
        ? `关于${subject}有关事项的公告`
        : `关于公布${year}年${subject}有关名单的公告`;
      break;
    case 'public-notice':
      title = `关于${subject}有关事项的通告`;
      break;
    case 'opinion':
      title = `${issuer}关于${action}${subject}的${rng.pick(['指导意见', '若干意见', '实施意见'])}`;
      break;
    case 'reply':
      title =
        plan.category === 'foreign-investment' || plan.category === 'international-cooperation'
          ? `${issuer}关于同意${place || rng.pick(['上海', '江苏', '广东', '浙江', '北京', '山东'])}${company}有限公司${rng.pick(['变更股权', '增加注册资本', '延长经营期限', '设立分支机构'])}的批复`
          : `${issuer}关于${subject}有关问题的批复`;
      break;
    case 'letter':
      title = rng.chance(0.5)
        ? `${issuer}关于${action}${subject}的函`
        : `${issuer}关于${subject}有关问题的复函`;
      break;
    case 'circular':
      title = `${issuer}关于${year}年${subject}工作情况的通报`;
      break;
    case 'report':
      title = `${issuer}关于${year}年${subject}工作情况的报告`;
      break;
    case 'minutes':
      title = `${subject}工作座谈会纪要`;
      break;
    case 'communique':
      title = `${year}年度中国${subject}统计公报`;
      break;
    case 'request':
      title = `${issuer}关于${subject}有关问题的请示`;
      break;
    case 'decision':
      title = `${issuer}关于${action}${subject}的决定`;
      break;
    default:
      title = rng.chance(0.3)
        ? `${issuer}关于印发《${subject}工作方案》的通知`
        : rng.chance(0.3)
          ? `${issuer}关于开展${year}年${subject}工作的通知`
          : `${issuer}关于${action}${subject}工作的通知`;
  }
  const duty = rng.pick(DUTIES);
  const summary = `${issuer}就${action}${subject}作出规定：明确适用范围和工作要求，${duty}。`;
  const body: Block[] = [];
  if (plan.type === 'order') {
    const from = effectiveOn ? `自${chineseDate(effectiveOn)}起施行` : '自公布之日起施行';
    const [lead, ...others] = issuer.split(' ');
    const meeting = lead === '国家经济贸易委员会' ? '委务会议' : '部务会议';
    const consent = others.length > 0 ? `，并经${others.join('、')}同意` : '';
    body.push(
      paragraph(`《${title}》已经${lead}${meeting}审议通过${consent}，现予公布，${from}。`),
    );
    body.push(heading('第一章 总则'));
    body.push(
      paragraph(
        `第一条 为了${action}${subject}，维护公平竞争的市场秩序，根据有关法律、行政法规，制定本办法。`,
      ),
    );
    body.push(paragraph(`第二条 在中华人民共和国境内从事与${subject}有关的活动，适用本办法。`));
    body.push(
      paragraph(
        `第三条 国务院商务主管部门负责全国${subject}的监督管理工作。县级以上地方人民政府商务主管部门负责本行政区域内的监督管理工作。`,
      ),
    );
  } else {
    if (plan.type !== 'announcement' && plan.type !== 'public-notice' && plan.type !== 'minutes') {
      body.push(
        paragraph(plan.type === 'reply' ? `你单位关于${subject}的请示收悉。` : words.addressee),
      );
    }
    const opening = OPENING[plan.type] ?? '根据有关法律法规，现就有关事项通知如下：';
    body.push(paragraph(`为贯彻落实党中央、国务院决策部署，${action}${subject}，${opening}`));
    const headings = rng.pick(SECTION_HEADINGS);
    const sections = plan.type === 'letter' || plan.type === 'reply' ? 2 : 4;
    for (let i = 0; i < sections; i++) {
      body.push(heading(headings[i] as string));
      body.push(
        paragraph(`${rng.pick(DUTIES)}。${i === 0 ? `围绕${subject}，突出重点，分类指导。` : ''}`),
      );
    }
    if (effectiveOn) body.push(paragraph(`本${typeZh}自${chineseDate(effectiveOn)}起施行。`));
    if (plan.type === 'announcement') body.push(paragraph('特此公告。'));
  }
  body.push(paragraph(issuer));
  body.push(paragraph(signatureDate(plan.publishedOn)));
  void fileNumber;
  return { title, summary, body };
}

/** The Chinese text of an issue of the periodical bulletin, listing what it carries. */
export function bulletinText(
  plan: Plan,
  issuer: string,
  fileNumber: string,
  contents: readonly { title: string; fileNumber: string | null }[],
): SeedDocumentText {
  const name = issuer === '商务部' ? '中华人民共和国商务部文告' : `中华人民共和国${issuer}文告`;
  const listed = contents.map((c) => (c.fileNumber ? `${c.fileNumber} ${c.title}` : c.title));
  const summary =
    listed.length > 0
      ? `本期刊登：${listed.slice(0, 3).join('；')}${listed.length > 3 ? `等${listed.length}件` : ''}。`
      : `${name}${fileNumber.replace(/^.*文告/u, '')}，刊登部令、公告和规范性文件。`;
  return {
    title: `${name}（${plan.year}年第${fileNumber.match(/第(\d+)号$/u)?.[1] ?? ''}号）`,
    summary: summary.slice(0, 1900),
    body: [
      heading('目录'),
      ...(listed.length > 0 ? listed : ['本期刊登部令、公告和规范性文件。']).map(paragraph),
      paragraph(`${issuer}办公厅编印 ${chineseDate(plan.publishedOn)}`),
    ],
  };
}

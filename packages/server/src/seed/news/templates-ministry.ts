/** Stories the main site and the departments tell: national figures, policy, diplomacy. */
import { bare, capitalize, change, grouped, monthEn, ordinal, possessive } from './context.js';
import type { Story, StoryContext, StoryTemplate } from './context.js';
import {
  FAIRS,
  FESTIVALS,
  GUESTS,
  OFFICIALS,
  POLICIES,
  PRESS_TOPICS,
  REMEDY_ORIGINS,
  REMEDY_PRODUCTS,
  REMEDY_STAGES,
  TOPICS,
} from './vocabulary.js';

/** A story whose body opens with its summary and continues with `more` paragraphs. */
export function story(
  zh: [title: string, summary: string, ...more: string[]],
  en: [title: string, summary: string, ...more: string[]],
): Story {
  const [zt, zs, ...zm] = zh;
  const [et, es, ...em] = en;
  return {
    zh: { title: zt, summary: zs, body: [zs, ...zm] },
    en: { title: et, summary: es, body: [es, ...em] },
  };
}

export const goodsTrade: StoryTemplate = (c) => {
  const p = c.rng.decimal(-3, 9);
  const total = c.rng.decimal(3.3, 3.8, 2) * c.period.months;
  const exports = Math.round(total * c.rng.decimal(0.56, 0.6, 2) * 100) / 100;
  const imports = Math.round((total - exports) * 100) / 100;
  const sum = Math.round(total * 100) / 100;
  const ch = change(p);
  const exCh = change(c.rng.decimal(-2, 12));
  const imCh = change(c.rng.decimal(-6, 6));
  return story(
    [
      `${c.period.zh}我国货物贸易进出口${sum}万亿元，${ch.zh}`,
      `海关统计数据显示，${c.period.zh}，我国货物贸易进出口总值${sum}万亿元，${ch.zh}。其中，出口${exports}万亿元，${exCh.zh}；进口${imports}万亿元，${imCh.zh}。`,
      `从贸易方式看，一般贸易进出口占比保持在六成以上；从经营主体看，民营企业进出口占比继续提升，外贸“主力军”作用进一步巩固。机电产品出口保持增长，占出口总值近六成。`,
    ],
    [
      `China's goods trade reaches ${sum} trillion yuan in ${c.period.en}, ${ch.en.replace(' year on year', '')}`,
      `Customs statistics show that China's total goods trade in ${c.period.en} reached ${sum} trillion yuan, ${ch.en}. Exports were ${exports} trillion yuan, ${exCh.en}; imports were ${imports} trillion yuan, ${imCh.en}.`,
      'General trade accounted for more than 60% of the total. Private companies increased their share of foreign trade further, and exports of mechanical and electrical products, close to 60% of all exports, kept growing.',
    ],
  );
};

export const foreignInvestment: StoryTemplate = (c) => {
  const firms = grouped(c.period.months * c.rng.int(4200, 5200));
  const ch = change(c.rng.decimal(-4, 16));
  const hiTech = c.rng.decimal(28, 36);
  return story(
    [
      `${c.period.zh}全国新设立外商投资企业${firms}家，${ch.zh}`,
      `商务部数据显示，${c.period.zh}，全国新设立外商投资企业${firms}家，${ch.zh}。高技术产业实际使用外资占比${hiTech}%，较上年同期有所提升。`,
      '从来源地看，东盟、欧盟等对华投资保持增长；从行业看，医药制造、电子商务服务、研发与设计服务等领域吸收外资增势较好。',
    ],
    [
      `${firms} new foreign-invested enterprises set up in China in ${c.period.en}, ${ch.en}`,
      `Ministry of Commerce data show that ${firms} foreign-invested enterprises were newly established in China in ${c.period.en}, ${ch.en}. High-tech industries received ${hiTech}% of the foreign investment actually used, a larger share than a year earlier.`,
      'Investment from ASEAN and the European Union kept growing, and pharmaceuticals, e-commerce services and research and design services attracted foreign capital particularly well.',
    ],
  );
};

export const retailSales: StoryTemplate = (c) => {
  const yi = c.period.months * c.rng.int(37000, 41000);
  const amount = grouped(yi);
  const trillion = (yi / 10000).toFixed(2);
  const p = c.rng.decimal(2.5, 7.5);
  const online = c.rng.decimal(5, 12);
  return story(
    [
      `${c.period.zh}社会消费品零售总额${amount}亿元，同比增长${p}%`,
      `国家统计局数据显示，${c.period.zh}，社会消费品零售总额${amount}亿元，同比增长${p}%。全国网上零售额同比增长${online}%，以旧换新相关商品销售增势良好。`,
      '商务部有关负责人表示，消费市场总体保持恢复态势，服务消费较快增长，绿色、智能、健康类商品消费需求持续释放。',
    ],
    [
      `Retail sales of consumer goods up ${p}% in ${c.period.en}`,
      `National Bureau of Statistics data show that retail sales of consumer goods reached ${trillion} trillion yuan in ${c.period.en}, up ${p}% year on year. Online retail sales grew ${online}%, and sales of goods covered by the trade-in programme grew strongly.`,
      'An official of the Ministry of Commerce said the consumer market continued to recover, service consumption grew quickly, and demand for green, smart and healthy products kept rising.',
    ],
  );
};

export const pressConference: StoryTemplate = (c) => {
  const a = c.rng.pick(PRESS_TOPICS);
  let b = c.rng.pick(PRESS_TOPICS);
  if (b === a) b = PRESS_TOPICS[(PRESS_TOPICS.indexOf(a) + 1) % PRESS_TOPICS.length] ?? a;
  const { year, month, day } = c.local;
  return story(
    [
      `商务部召开例行新闻发布会（${year}年${month}月${day}日）`,
      `商务部新闻发言人介绍了${a.zh}、${b.zh}等方面情况，并回答了记者提问。`,
      `发言人表示，商务部将围绕${a.zh}出台更多务实举措，同时做好${b.zh}相关工作，更好服务构建新发展格局。`,
    ],
    [
      `MOFCOM regular press conference (${monthEn(month)} ${day}, ${year})`,
      `The spokesperson of the Ministry of Commerce briefed reporters on ${a.en} and ${b.en}, and took questions.`,
      `The spokesperson said the ministry would introduce more practical measures on ${a.en} while pressing ahead with its work on ${b.en}.`,
    ],
  );
};

export const meetsGuest: StoryTemplate = (c) => {
  const official = c.rng.pick(OFFICIALS);
  const guest = c.rng.pick(GUESTS);
  const country = c.country();
  return story(
    [
      `商务部${official.zh}会见${country.zh}${guest.zh}`,
      `商务部${official.zh}在京会见${country.zh}${guest.zh}，双方就双边经贸关系、贸易投资合作及共同关心的问题深入交换意见。`,
      `${official.zh}表示，中方愿同${country.zh}一道，落实两国领导人重要共识，扩大贸易规模，深化产业链供应链合作，推动双边经贸关系高质量发展。`,
    ],
    [
      `${official.en} meets ${possessive(country.en)} ${guest.en}`,
      `The ${official.en} met ${possessive(country.en)} ${guest.en} in Beijing. The two sides exchanged views on bilateral economic and trade relations, trade and investment cooperation and issues of common concern.`,
      `China is ready to work with ${country.en} to implement the consensus reached by the two countries' leaders, expand trade and deepen cooperation in industrial and supply chains, the ${official.en} said.`,
    ],
  );
};

export const jointCommission: StoryTemplate = (c) => {
  const country = c.country();
  const session = c.rng.int(3, 24);
  const online = c.rng.chance(0.3);
  return story(
    [
      `中国—${country.zh}经贸联委会第${session}次会议${online ? '以视频方式' : '在京'}举行`,
      `中国—${country.zh}经贸联委会第${session}次会议${online ? '以视频方式' : '在北京'}举行，双方回顾了上次会议以来双边经贸合作进展，就贸易、投资、基础设施等领域合作达成多项共识。`,
      '会后，双方签署了会议纪要，并同意于下一年度召开第' + (session + 1) + '次会议。',
    ],
    [
      `${capitalize(ordinal(session))} session of the China-${bare(country.en)} Joint Commission on Economic and Trade Cooperation held ${online ? 'by video link' : 'in Beijing'}`,
      `The ${ordinal(session)} session of the China-${bare(country.en)} Joint Commission on Economic and Trade Cooperation was held ${online ? 'by video link' : 'in Beijing'}. The two sides reviewed progress since the last session and agreed on cooperation in trade, investment and infrastructure.`,
      `The two sides signed the minutes and agreed to hold the ${ordinal(session + 1)} session next year.`,
    ],
  );
};

export const fairNews: StoryTemplate = (c) => {
  const fair = c.rng.pick(FAIRS);
  const year = c.local.month > fair.month ? c.local.year + 1 : c.local.year;
  const session = year - fair.firstYear + 1;
  const exhibitors = grouped(c.rng.int(20, 45) * 100);
  if (c.local.month === fair.month) {
    return story(
      [
        `第${session}届${fair.zh}在${fair.city.zh}开幕`,
        `第${session}届${fair.zh}在${fair.city.zh}开幕，来自全球的${exhibitors}余家企业参展，展览面积创历届新高。`,
        '本届展会设置了多个专题展区，并举办配套论坛和贸易投资对接活动，为中外企业搭建交流合作平台。',
      ],
      [
        `${capitalize(ordinal(session))} ${fair.en} opens in ${fair.city.en}`,
        `The ${ordinal(session)} ${fair.en} opened in ${fair.city.en}, with more than ${exhibitors} exhibitors from around the world and a record exhibition area.`,
        'The expo features several thematic exhibition areas as well as forums and matchmaking events for trade and investment.',
      ],
    );
  }
  return story(
    [
      `第${session}届${fair.zh}筹备工作有序推进`,
      `记者从商务部获悉，第${session}届${fair.zh}将于${year}年${fair.month}月在${fair.city.zh}举办，目前招展招商工作进展顺利，已有${exhibitors}余家企业确认参展。`,
      '组委会表示，本届展会将进一步提升国际化、专业化水平，为中外企业提供更多合作机会。',
    ],
    [
      `Preparations for the ${ordinal(session)} ${fair.en} on track`,
      `The ${ordinal(session)} ${fair.en} will be held in ${fair.city.en} in ${monthEn(fair.month)} ${year}. More than ${exhibitors} companies have already confirmed their participation, the Ministry of Commerce said.`,
      'The organizers said this session would be more international and more specialized, offering more opportunities to Chinese and foreign companies.',
    ],
  );
};

export const policyIssued: StoryTemplate = (c) => {
  const policy = c.rng.pick(POLICIES);
  const others = c.rng.int(0, 9);
  const who = others === 0 ? '商务部' : `商务部等${others + 1}部门`;
  const whoEn =
    others === 0 ? 'MOFCOM' : `MOFCOM and ${others} other department${others === 1 ? '' : 's'}`;
  const issue = others === 0 ? 'issues' : 'issue';
  const have = others === 0 ? 'has' : 'have';
  return story(
    [
      `${who}印发《${policy.zh}》`,
      `近日，${who}印发《${policy.zh}》，从扩大市场供给、优化发展环境、强化政策保障等方面提出具体举措。`,
      '文件要求，各地要结合实际抓好贯彻落实，及时总结推广典型经验做法，重大情况及时报告。',
    ],
    [
      `${whoEn} ${issue} the ${policy.en}`,
      `${whoEn} ${have} issued the ${policy.en}, setting out concrete measures to expand supply, improve the business environment and strengthen policy support.`,
      'Localities are asked to implement the document in light of local conditions, share good practices and report major developments promptly.',
    ],
  );
};

export const tradeRemedy: StoryTemplate = (c) => {
  const product = c.rng.pick(REMEDY_PRODUCTS);
  const stage = c.rng.pick(REMEDY_STAGES);
  const origin = c.rng.pick(REMEDY_ORIGINS);
  const number = c.rng.int(1, 60);
  return story(
    [
      `商务部发布对原产于${origin.zh}的进口${product.zh}${stage.zh}公告`,
      `商务部发布${c.local.year}年第${number}号公告，对原产于${origin.zh}的进口${product.zh}${stage.zh}。`,
      '利害关系方可在规定期限内向商务部贸易救济调查局提交书面评论意见，调查机关将依法公正处理。',
    ],
    [
      `MOFCOM ${stage.en} on imports of ${product.en} from ${origin.en}`,
      `In Announcement No. ${number} of ${c.local.year}, the Ministry of Commerce ${stage.en} concerning imports of ${product.en} originating in ${origin.en}.`,
      'Interested parties may submit written comments to the Trade Remedy and Investigation Bureau within the prescribed period; the investigation will be handled fairly and in accordance with the law.',
    ],
  );
};

export const holidaySales: StoryTemplate = (c) => {
  const festival = c.rng.pick(FESTIVALS);
  const p = c.rng.decimal(3, 12);
  return story(
    [
      `${festival.zh}全国重点零售和餐饮企业销售额同比增长${p}%`,
      `据商务部商务大数据监测，${festival.zh}期间，全国重点零售和餐饮企业销售额同比增长${p}%，文旅、餐饮等服务消费持续升温。`,
      '各地商务部门组织开展了丰富多彩的促消费活动，市场供应充足，价格总体平稳。',
    ],
    [
      `Sales of key retail and catering companies up ${p}% during ${festival.en}`,
      `Ministry of Commerce big-data monitoring shows that sales of key retail and catering companies rose ${p}% year on year during ${festival.en}, with tourism and dining especially strong.`,
      'Local commerce authorities organized a wide range of promotional events; supplies were ample and prices generally stable.',
    ],
  );
};

/** A department's meeting or training on one of its topics. */
export const departmentWork: StoryTemplate = (c: StoryContext) => {
  const topics = TOPICS[c.entry.focus ?? 'general'] ?? TOPICS['general'] ?? [];
  const topic = c.rng.pick(topics);
  const zhName = c.entry.site.names['zh-CN'] ?? '';
  const enName = c.entry.site.names['en'] ?? '';
  if (c.rng.chance(0.5)) {
    return story(
      [
        `${zhName}召开${topic.zh}工作座谈会`,
        `${zhName}召开${topic.zh}工作座谈会，有关地方商务主管部门、行业协会和企业代表参加会议。`,
        `会议总结了前一阶段${topic.zh}工作进展，分析了面临的形势，并对下一步重点工作作出部署。`,
      ],
      [
        `${enName} holds a symposium on ${topic.en}`,
        `The ${enName} held a symposium on ${topic.en} attended by local commerce authorities, industry associations and companies.`,
        `The meeting reviewed recent progress on ${topic.en}, analysed the situation and set out the next priorities.`,
      ],
    );
  }
  const trainees = c.rng.int(80, 300);
  return story(
    [
      `${zhName}举办${topic.zh}专题培训班`,
      `${zhName}举办${topic.zh}专题培训班，来自各地商务主管部门的${trainees}余名学员参加培训。`,
      '培训采取专题讲座、案例分析和交流研讨相结合的方式，帮助学员提升政策理解和业务能力。',
    ],
    [
      `${enName} runs a training course on ${topic.en}`,
      `The ${enName} ran a training course on ${topic.en} for more than ${trainees} officials from local commerce authorities.`,
      'Lectures, case studies and discussions helped participants understand the policies and improve their skills.',
    ],
  );
};

/** What the main site tells. */
export const MAIN_TEMPLATES: readonly StoryTemplate[] = [
  goodsTrade,
  foreignInvestment,
  retailSales,
  pressConference,
  pressConference,
  meetsGuest,
  meetsGuest,
  jointCommission,
  fairNews,
  policyIssued,
  holidaySales,
];

/** What a department tells, by its focus (its own meetings always included). */
export const DEPARTMENT_TEMPLATES: Readonly<Record<string, readonly StoryTemplate[]>> = {
  general: [departmentWork, departmentWork, pressConference, policyIssued],
  trade: [departmentWork, goodsTrade, fairNews, policyIssued],
  investment: [departmentWork, foreignInvestment, policyIssued],
  consumption: [departmentWork, retailSales, holidaySales, policyIssued],
  services: [departmentWork, fairNews, policyIssued],
  ecommerce: [departmentWork, retailSales, policyIssued],
  cooperation: [departmentWork, jointCommission, meetsGuest],
  remedy: [departmentWork, tradeRemedy, tradeRemedy],
  region: [departmentWork, meetsGuest, jointCommission, jointCommission],
};

/** Stories the subsites tell: offices abroad, special commissioners, local commerce windows. */
import { bare, change, grouped, monthEn, ordinal, possessive } from './context.js';
import type { StoryTemplate } from './context.js';
import { story } from './templates-ministry.js';
import {
  CAMPAIGNS,
  COUNTRY_MEASURES,
  EXHIBITIONS,
  FAIRS,
  GUESTS,
  INSPECTIONS,
  MILESTONES,
  OVERSEAS_PROJECTS,
  PRODUCTS,
  TOPICS,
} from './vocabulary.js';

/** The place of the publishing unit, or a neutral fallback. */
function placeOf(c: Parameters<StoryTemplate>[0]): { zh: string; en: string } {
  return c.entry.place ?? { zh: '中国', en: 'China' };
}

// ─── Offices abroad ──────────────────────────────────────────────────────────────────────────

export const bilateralTrade: StoryTemplate = (c) => {
  const country = placeOf(c);
  const billion = c.rng.decimal(0.3, 80, 1) * (c.period.months / 12);
  const amount = Math.round(billion * 100) / 100;
  const ch = change(c.rng.decimal(-12, 18));
  const product = c.rng.pick(PRODUCTS);
  return story(
    [
      `${c.period.zh}中国与${country.zh}双边贸易额${amount}亿美元，${ch.zh}`,
      `据中国海关统计，${c.period.zh}，中国与${country.zh}双边贸易额${amount}亿美元，${ch.zh}。${product.zh}等商品贸易保持活跃。`,
      `经商处分析认为，两国经济互补性强，在贸易、投资、基础设施等领域合作潜力较大，双边经贸合作总体保持稳定发展势头。`,
    ],
    [
      `China-${bare(country.en)} trade reaches ${amount} billion dollars in ${c.period.en}`,
      `According to Chinese customs statistics, trade between China and ${country.en} reached ${amount} billion US dollars in ${c.period.en}, ${ch.en}. Trade in ${product.en} and other goods remained active.`,
      'The office noted that the two economies are highly complementary, with great potential in trade, investment and infrastructure, and that bilateral cooperation continues to develop steadily.',
    ],
  );
};

export const countryMeasure: StoryTemplate = (c) => {
  const country = placeOf(c);
  const measure = c.rng.pick(COUNTRY_MEASURES);
  const from = monthEn(((c.local.month + c.rng.int(0, 2)) % 12) + 1);
  return story(
    [
      `${country.zh}${measure.zh}`,
      `据当地媒体报道，${country.zh}政府近日宣布${measure.zh}，相关措施将于近期正式实施。`,
      '当地业界普遍认为，该举措有助于改善营商环境、扩大对外开放。经商处将持续跟踪有关政策的实施情况。',
    ],
    [
      `${country.en.replace(/^the /, 'The ')} ${measure.en}`,
      `The government of ${country.en} ${measure.en}, according to local media; the measures are to take effect from ${from}.`,
      'Local businesses expect the move to improve the business environment and open the economy further. The office will follow how the measures are implemented.',
    ],
  );
};

export const projectMilestone: StoryTemplate = (c) => {
  const country = placeOf(c);
  const project = c.rng.pick(OVERSEAS_PROJECTS);
  const milestone = c.rng.pick(MILESTONES);
  const jobs = grouped(c.rng.int(3, 40) * 100);
  return story(
    [
      `中企承建的${country.zh}${project.zh}项目${milestone.zh}`,
      `由中国企业承建的${country.zh}${project.zh}项目日前举行${milestone.zh}仪式，当地政府官员、中国驻当地使馆代表及企业代表出席。`,
      `项目建设期间为当地创造就业岗位${jobs}余个，带动了当地建材、运输等相关产业发展。`,
    ],
    [
      `Chinese-built ${project.en} in ${country.en} ${milestone.en}`,
      `A ${project.en} in ${country.en} built by a Chinese company ${milestone.en}, at a ceremony attended by local officials and representatives of the Chinese embassy and the company.`,
      `The project has created more than ${jobs} local jobs and boosted local building materials, transport and related industries.`,
    ],
  );
};

export const exhibitionAbroad: StoryTemplate = (c) => {
  const country = placeOf(c);
  const show = c.rng.pick(EXHIBITIONS);
  const companies = c.rng.int(20, 260);
  const session = c.rng.int(2, 40);
  return story(
    [
      `${companies}家中国企业亮相第${session}届${country.zh}${show.zh}`,
      `第${session}届${country.zh}${show.zh}开幕，${companies}家中国企业参展，展品涵盖机械设备、家用电器、建材、新能源等领域。`,
      '经商处负责人参观中国展区，勉励企业深耕当地市场，加强品牌建设，为当地消费者提供优质产品和服务。',
    ],
    [
      `${companies} Chinese companies at the ${ordinal(session)} ${bare(country.en)} ${show.en}`,
      `The ${ordinal(session)} ${bare(country.en)} ${show.en} opened with ${companies} Chinese exhibitors showing machinery, household appliances, building materials and new energy products.`,
      'The head of the office toured the China pavilion and encouraged the companies to build their brands and serve local consumers well.',
    ],
  );
};

export const counsellorMeets: StoryTemplate = (c) => {
  const country = placeOf(c);
  const guest = c.rng.pick(GUESTS);
  return story(
    [
      `经商参赞会见${country.zh}${guest.zh}`,
      `驻${country.zh}经商机构负责人会见${country.zh}${guest.zh}，双方就深化双边贸易投资合作、推进重点项目等交换意见。`,
      `${guest.zh}表示，欢迎更多中国企业来当地投资兴业，愿为中资企业提供便利。`,
    ],
    [
      `Economic and commercial counsellor meets ${possessive(country.en)} ${guest.en}`,
      `The head of the economic and commercial office met ${possessive(country.en)} ${guest.en}. They discussed deeper trade and investment cooperation and progress on key projects.`,
      `The ${guest.en} welcomed more Chinese companies to invest and pledged to facilitate their operations.`,
    ],
  );
};

export const businessSeminar: StoryTemplate = (c) => {
  const country = placeOf(c);
  const firms = c.rng.int(15, 120);
  return story(
    [
      `经商处召开在${country.zh}中资企业座谈会`,
      `经商处召开在${country.zh}中资企业座谈会，${firms}家中资企业代表参加，交流当地经营情况和面临的困难。`,
      '会议强调，中资企业要遵守当地法律法规，履行社会责任，加强安全生产和风险防范。',
    ],
    [
      `Office meets Chinese companies in ${country.en}`,
      `The economic and commercial office met representatives of ${firms} Chinese companies operating in ${country.en} to hear about their business and the difficulties they face.`,
      'Companies were urged to comply with local laws, fulfil their social responsibilities and strengthen safety and risk management.',
    ],
  );
};

export const OVERSEAS_TEMPLATES: readonly StoryTemplate[] = [
  bilateralTrade,
  bilateralTrade,
  countryMeasure,
  countryMeasure,
  projectMilestone,
  exhibitionAbroad,
  counsellorMeets,
  businessSeminar,
];

// ─── Special commissioners ───────────────────────────────────────────────────────────────────

export const inspection: StoryTemplate = (c) => {
  const city = placeOf(c);
  const task = c.rng.pick(INSPECTIONS);
  const firms = c.rng.int(8, 60);
  return story(
    [
      `驻${city.zh}特派办开展${task.zh}`,
      `驻${city.zh}特派员办事处近日开展${task.zh}，共检查企业${firms}家，对发现的问题督促限期整改。`,
      '检查采取听取汇报、查阅资料、现场核查相结合的方式，重点了解相关制度落实情况。',
    ],
    [
      `${city.en} commissioner's office carries out ${task.en}`,
      `The Office of the Special Commissioner in ${city.en} carried out ${task.en}, covering ${firms} companies, and required that the problems found be corrected within a deadline.`,
      'Inspectors heard reports, reviewed records and checked on site how the rules are applied.',
    ],
  );
};

export const commissionerSurvey: StoryTemplate = (c) => {
  const city = placeOf(c);
  const topics = TOPICS['trade'] ?? [];
  const topic = c.rng.pick(topics);
  return story(
    [
      `驻${city.zh}特派办赴企业调研${topic.zh}`,
      `驻${city.zh}特派员办事处赴辖区重点企业调研${topic.zh}情况，了解企业生产经营、订单和用工等情况。`,
      '企业反映，相关政策措施有效降低了经营成本，希望进一步提升通关和结算便利化水平。',
    ],
    [
      `${city.en} commissioner's office studies ${topic.en} at local companies`,
      `The Office of the Special Commissioner in ${city.en} visited key companies to study ${topic.en}, asking about their production, orders and staffing.`,
      'Companies said the policies had cut their costs and asked for faster customs clearance and settlement.',
    ],
  );
};

export const COMMISSIONER_TEMPLATES: readonly StoryTemplate[] = [
  inspection,
  inspection,
  commissionerSurvey,
];

// ─── Local commerce windows ──────────────────────────────────────────────────────────────────

export const provincialTrade: StoryTemplate = (c) => {
  const province = placeOf(c);
  const yi = Math.round(c.rng.decimal(80, 3500, 0) * c.period.months);
  const ch = change(c.rng.decimal(-8, 20));
  return story(
    [
      `${c.period.zh}${province.zh}外贸进出口${grouped(yi)}亿元，${ch.zh}`,
      `据海关统计，${c.period.zh}，${province.zh}货物贸易进出口${grouped(yi)}亿元，${ch.zh}。机电产品、劳动密集型产品出口保持增长，跨境电商等新业态发展较快。`,
      '省商务厅表示，将加大出口信用保险支持力度，组织企业参加境内外重点展会，助力企业稳订单拓市场。',
    ],
    [
      `${province.en} foreign trade reaches ${grouped(Math.round(yi / 10))} billion yuan in ${c.period.en}`,
      `According to customs statistics, ${province.en} traded goods worth ${grouped(Math.round(yi / 10))} billion yuan in ${c.period.en}, ${ch.en}. Exports of mechanical, electrical and labour-intensive products grew, and cross-border e-commerce expanded quickly.`,
      'The provincial department of commerce will increase export credit insurance support and take companies to major fairs at home and abroad to help them keep orders and reach new markets.',
    ],
  );
};

export const consumptionCampaign: StoryTemplate = (c) => {
  const province = placeOf(c);
  const campaign = c.rng.pick(CAMPAIGNS);
  const events = c.rng.int(50, 900);
  const vouchers = c.rng.int(5, 200) * 100;
  return story(
    [
      `${province.zh}启动${c.local.year}年“${campaign.zh}”活动`,
      `${province.zh}${c.local.year}年“${campaign.zh}”活动启动，全省将开展各类促消费活动${events}场，发放消费券${grouped(vouchers)}万元。`,
      '活动聚焦汽车、家电、餐饮、文旅等重点领域，推动商旅文体融合发展，更好满足群众多样化消费需求。',
    ],
    [
      `${province.en} launches its ${c.local.year} ${campaign.en}`,
      `${province.en} launched its ${c.local.year} ${campaign.en}, with ${events} promotional events across the province and ${grouped(vouchers * 10)} thousand yuan of consumption vouchers.`,
      'The campaign focuses on cars, household appliances, dining, culture and tourism.',
    ],
  );
};

export const investmentSigning: StoryTemplate = (c) => {
  const province = placeOf(c);
  const capital = c.entry.capital ?? province;
  const projects = c.rng.int(12, 120);
  const yi = c.rng.int(50, 1800);
  return story(
    [
      `${province.zh}重点招商引资项目集中签约，总金额${yi}亿元`,
      `${province.zh}重点招商引资项目集中签约活动在${capital.zh}举行，共签约项目${projects}个，总金额${yi}亿元，涉及先进制造、现代服务、数字经济等领域。`,
      '省商务厅有关负责人表示，将建立签约项目跟踪服务机制，推动项目早落地、早投产、早见效。',
    ],
    [
      `${province.en} signs ${projects} investment projects worth ${(yi / 10).toFixed(1)} billion yuan`,
      `${province.en} signed ${projects} investment projects worth a total of ${(yi / 10).toFixed(1)} billion yuan at an event in ${capital.en}, covering advanced manufacturing, modern services and the digital economy.`,
      'The provincial department of commerce will follow up each project so that it starts construction and production as early as possible.',
    ],
  );
};

export const ruralEcommerce: StoryTemplate = (c) => {
  const province = placeOf(c);
  const ch = change(c.rng.decimal(3, 25));
  const counties = c.rng.int(5, 60);
  return story(
    [
      `${province.zh}农村网络零售额${ch.zh}`,
      `${c.period.zh}，${province.zh}农村网络零售额${ch.zh}，${counties}个县（市、区）建成县级电子商务公共服务中心和物流配送中心。`,
      '下一步，将继续完善县乡村三级物流配送体系，培育农村电商带头人，拓宽农产品上行渠道。',
    ],
    [
      `${province.en} rural online retail sales ${ch.en.replace(' year on year', '')}`,
      `Rural online retail sales in ${province.en} were ${ch.en} in ${c.period.en}; ${counties} counties now have public e-commerce service centres and delivery hubs.`,
      'The province will keep improving county, township and village delivery networks, train rural e-commerce entrepreneurs and help farm produce reach more buyers.',
    ],
  );
};

export const fairDelegation: StoryTemplate = (c) => {
  const province = placeOf(c);
  const fair = c.rng.pick(FAIRS);
  const firms = c.rng.int(30, 600);
  return story(
    [
      `${province.zh}组织${firms}家企业参加${fair.zh}`,
      `${province.zh}商务厅组织${firms}家企业参加${fair.zh}，展示地方特色产品和优势产业，达成一批合作意向。`,
      '参展企业表示，展会为企业开拓市场、对接采购商提供了重要平台。',
    ],
    [
      `${province.en} takes ${firms} companies to the ${fair.en}`,
      `The ${province.en} department of commerce took ${firms} companies to the ${fair.en} in ${fair.city.en} to present local specialities and industries, and they reached a number of cooperation agreements.`,
      'Exhibitors said the fair was an important platform for finding buyers and new markets.',
    ],
  );
};

export const countyCommerce: StoryTemplate = (c) => {
  const province = placeOf(c);
  const stores = c.rng.int(60, 2400);
  return story(
    [
      `${province.zh}推进县域商业体系建设，新建改造乡镇商贸中心和便民商店${stores}个`,
      `${province.zh}深入推进县域商业体系建设，今年以来新建改造乡镇商贸中心、农村便民商店${stores}个，农村消费环境持续改善。`,
      '各地因地制宜发展连锁经营和即时配送，进一步便利农村居民生活。',
    ],
    [
      `${province.en} builds or upgrades ${stores} rural shops and commercial centres`,
      `${province.en} has built or upgraded ${stores} township commercial centres and village convenience stores this year as it develops county-level commerce.`,
      'Localities are developing chain stores and instant delivery to suit local conditions.',
    ],
  );
};

export const LOCAL_TEMPLATES: readonly StoryTemplate[] = [
  provincialTrade,
  consumptionCampaign,
  consumptionCampaign,
  investmentSigning,
  ruralEcommerce,
  fairDelegation,
  countyCommerce,
];

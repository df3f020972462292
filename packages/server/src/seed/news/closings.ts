/** Closing paragraphs that round off a story's body, by the kind of unit that tells it. */
import type { Phrase } from './context.js';

export const MINISTRY_CLOSINGS: readonly Phrase[] = [
  {
    zh: '下一步，商务部将会同有关部门，认真贯彻落实党中央、国务院决策部署，加强政策协同，及时回应经营主体关切，推动各项举措落地见效。',
    en: 'Next, the Ministry of Commerce will work with the relevant departments to implement the decisions of the Central Committee and the State Council, coordinate policies, respond promptly to the concerns of businesses, and see that every measure takes effect.',
  },
  {
    zh: '商务部有关负责人表示，将持续跟踪监测形势变化，加强分析研判，完善工作预案，全力稳住基本盘。',
    en: 'An official of the Ministry of Commerce said the ministry would keep monitoring the situation, strengthen its analysis, refine contingency plans and do its utmost to keep the fundamentals stable.',
  },
  {
    zh: '会议要求，各地商务主管部门要压实工作责任，细化任务分工，加强督促指导，确保工作取得实效。',
    en: 'The meeting asked local commerce authorities to assign clear responsibilities, break tasks down, step up supervision and guidance, and make sure the work delivers results.',
  },
  {
    zh: '业内人士认为，相关举措有利于稳定市场预期、提振经营主体信心，为经济持续回升向好提供有力支撑。',
    en: 'Industry observers believe the measures will help stabilize market expectations, boost business confidence and give strong support to the continued economic recovery.',
  },
];

export const OVERSEAS_CLOSINGS: readonly Phrase[] = [
  {
    zh: '经商处表示，将继续发挥桥梁纽带作用，为两国企业开展贸易投资合作提供信息咨询和服务保障。',
    en: 'The office said it would continue to act as a bridge, providing information and services to companies of both countries doing trade and investment together.',
  },
  {
    zh: '经商处提醒在当地中资企业密切关注政策变化，依法合规经营，做好风险防范。',
    en: 'The office reminded Chinese companies in the country to follow policy changes closely, operate in compliance with the law and guard against risks.',
  },
  {
    zh: '双方一致同意，进一步挖掘合作潜力，拓展在数字经济、绿色发展、农业等领域的务实合作。',
    en: 'Both sides agreed to tap further potential and expand practical cooperation in the digital economy, green development, agriculture and other fields.',
  },
];

export const COMMISSIONER_CLOSINGS: readonly Phrase[] = [
  {
    zh: '特派办将认真梳理调研中发现的问题，及时向部里报告，推动解决企业急难愁盼问题。',
    en: "The office will sort out the problems found, report them to the ministry promptly and help resolve businesses' most pressing difficulties.",
  },
  {
    zh: '特派办表示，将进一步加强与地方商务主管部门的沟通协作，切实履行监督检查职责。',
    en: 'The office said it would strengthen communication with local commerce authorities and fully perform its supervision and inspection duties.',
  },
];

export const LOCAL_CLOSINGS: readonly Phrase[] = [
  {
    zh: '省商务厅有关负责人表示，将持续优化营商环境，强化要素保障，推动外贸外资和消费稳中提质。',
    en: 'An official of the provincial department of commerce said it would keep improving the business environment and support to ensure steady, better-quality growth in trade, investment and consumption.',
  },
  {
    zh: '各市县商务主管部门将结合实际，制定具体实施方案，确保各项政策措施落实落细。',
    en: 'Commerce authorities in every city and county will draw up detailed implementation plans suited to local conditions so that every measure is carried out in full.',
  },
  {
    zh: '活动期间，各地还将组织开展形式多样的促消费活动，进一步激发市场活力。',
    en: 'During the campaign, localities will also hold a variety of promotional events to further invigorate the market.',
  },
];

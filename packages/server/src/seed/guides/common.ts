/** Texts several service items share. */
import type { Bi } from './types.js';

export const bi = (zh: string, en: string): Bi => ({ zh, en });

/** The ministry's address (public letters of its bureaus name it). */
export const AT_MOFCOM = bi(
  '商务部（北京市东城区东长安街2号）；地方事项在所在地省级商务主管部门',
  'Ministry of Commerce, 2 Dong Chang An Street, Beijing; local matters at the provincial commerce department',
);

export const WORKING_DAYS = bi(
  '法定工作日（具体受理时间以办理机关公布为准）',
  'Working days (hours as published by the handling office)',
);

/** Administrative Licensing Law, art. 58: licensing is free unless a law or regulation says otherwise. */
export const LICENCE_FREE = bi(
  '不收费（《中华人民共和国行政许可法》第五十八条：行政机关实施行政许可不得收取任何费用，法律、行政法规另有规定的除外）',
  'Free of charge (Administrative Licensing Law, art. 58: no fee for an administrative licence unless a law or regulation provides otherwise).',
);

export const FREE = bi('不收费', 'Free of charge');

/** The note of a time limit the law counts in calendar days. */
export const calendarDays = (days: number, what: Bi) => ({
  question: bi(
    '为什么没有以工作日计的法定时限？',
    'Why is no statutory limit in working days given?',
  ),
  answer: bi(
    `法规规定的期限为${days}日（自然日）：${what.zh}。按工作日换算会产生误差，故不换算。`,
    `The regulation sets ${days} calendar days: ${what.en}. Converting it to working days would be wrong, so it is not converted.`,
  ),
});

/**
 * Service items of the trade remedy guide: anti-dumping and countervailing investigation
 * applications. Sources: docs/data/guides-seed.md.
 */
import { AT_MOFCOM, bi, calendarDays, FREE, WORKING_DAYS } from './common.js';
import type { Bi, SeedService } from './types.js';

/** The evidence a trade remedy application carries (anti-dumping and countervailing alike). */
const remedyMaterials = (what: Bi) => [
  { name: bi('书面申请书', 'Written application'), form: 'original' as const, copies: 1 },
  {
    name: bi(`${what.zh}存在的证据`, `Evidence of ${what.en}`),
    form: 'original' as const,
    copies: 1,
  },
  {
    name: bi('对国内产业损害的证据', 'Evidence of injury to the domestic industry'),
    form: 'original' as const,
    copies: 1,
  },
  {
    name: bi(`${what.zh}与损害之间因果关系的证据`, `Evidence that ${what.en} caused the injury`),
    form: 'original' as const,
    copies: 1,
  },
];

const REMEDY_APPLICANT = [
  bi(
    '申请人是国内产业或者代表国内产业的自然人、法人或者有关组织',
    'The applicant is the domestic industry, or a person or organization acting for it',
  ),
  bi(
    '支持申请的国内生产者产量占支持者和反对者总产量的50%以上，且不低于国内同类产品总产量的25%',
    'Supporters produce more than 50% of the output of those supporting or opposing, and at least 25% of total domestic output',
  ),
];

export const REMEDY_SERVICES: readonly SeedService[] = [
  {
    id: 'anti-dumping-application',
    code: 'SAMPLE-MOFCOM-TR-001',
    organ: 'mofcom',
    name: bi('反倾销调查申请', 'Application for an anti-dumping investigation'),
    legalBasis: [
      {
        title: bi(
          '《中华人民共和国反倾销条例》（国务院令第328号）',
          'Regulations of the PRC on Anti-Dumping (State Council Order No. 328)',
        ),
        documentId: 'state-council-order-328',
      },
      {
        title: bi(
          '国务院关于修改《中华人民共和国反倾销条例》的决定（国务院令第401号）',
          'Decision of the State Council on Amending the Anti-Dumping Regulations (State Council Order No. 401)',
        ),
        documentId: 'state-council-order-401',
      },
      {
        title: bi(
          '《反倾销调查立案暂行规则》',
          'Interim Rules on Initiating Anti-Dumping Investigations',
        ),
        documentId: null,
      },
    ],
    conditions: REMEDY_APPLICANT,
    materials: remedyMaterials(bi('倾销', 'dumping')),
    steps: [
      {
        id: '1',
        title: bi('提交申请', 'Apply'),
        text: bi(
          '向商务部提交书面申请书及证据。',
          'Hand the written application and evidence to MOFCOM.',
        ),
      },
      {
        id: '2',
        title: bi('审查申请', 'Examination'),
        text: bi(
          '审查申请人资格、申请书内容及证据。',
          "The applicant's standing, the application and the evidence are examined.",
        ),
      },
      {
        id: '3',
        title: bi('立案决定', 'Initiation decision'),
        text: bi('自收到申请书及证据之日起60天内决定：', 'Within 60 days of receipt, one of:'),
        mode: 'any',
      },
      {
        id: '3.1',
        title: bi('立案调查', 'Initiate'),
        text: bi(
          '公告立案并通知申请人和已知利害关系方。',
          'Initiation is announced and the parties notified.',
        ),
      },
      {
        id: '3.2',
        title: bi('不立案', 'Not initiate'),
        text: bi('书面通知申请人。', 'The applicant is told in writing.'),
      },
      {
        id: '4',
        title: bi('调查与裁决', 'Investigation and rulings'),
        text: bi(
          '问卷、实地核查、听证，作出初裁和终裁。',
          'Questionnaires, verification and hearings; preliminary and final rulings.',
        ),
      },
    ],
    statutory: null,
    promised: null,
    fees: FREE,
    where: AT_MOFCOM,
    when: WORKING_DAYS,
    onlineUrl: null,
    phone: null,
    faq: [
      calendarDays(
        60,
        bi(
          '自收到申请书及有关证据之日起60天内决定是否立案',
          'whether to initiate is decided within 60 days of receiving the application',
        ),
      ),
    ],
    sources: [
      'https://www.cnpre.com/sadclist/lawsshow_pi.php?id=3612 (interim rules: applicant standing)',
      'http://m.longlongle.cn/fagui/19646.html (interim rules, 50% and 25%)',
      'https://www.977y.com/ask/44063.html (60 days to decide on initiation)',
    ],
    sample: ['code', 'fees'],
  },
  {
    id: 'countervailing-application',
    code: 'SAMPLE-MOFCOM-TR-002',
    organ: 'mofcom',
    name: bi('反补贴调查申请', 'Application for a countervailing investigation'),
    legalBasis: [
      {
        title: bi(
          '《中华人民共和国反补贴条例》（国务院令第402号）',
          'Regulations of the PRC on Countervailing Measures (State Council Order No. 402)',
        ),
        documentId: null,
      },
    ],
    conditions: REMEDY_APPLICANT,
    materials: remedyMaterials(bi('补贴', 'the subsidy')),
    steps: [
      {
        id: '1',
        title: bi('提交申请', 'Apply'),
        text: bi(
          '向商务部提出反补贴调查的书面申请并附证据。',
          'Apply to MOFCOM in writing with evidence.',
        ),
      },
      {
        id: '2',
        title: bi('审查与磋商', 'Examination and consultation'),
        text: bi('以下两项均需完成：', 'Both of:'),
        mode: 'all',
      },
      {
        id: '2.1',
        title: bi('审查申请', 'Examination'),
        text: bi(
          '审查申请是否由国内产业或代表国内产业提出及证据。',
          'Whether the industry applies, and the evidence.',
        ),
      },
      {
        id: '2.2',
        title: bi('邀请磋商', 'Consultation'),
        text: bi(
          '立案前邀请产品可能被调查的国家（地区）政府就补贴事项磋商。',
          'Before initiating, the exporting government is invited to consult.',
        ),
      },
      {
        id: '3',
        title: bi('立案决定', 'Initiation decision'),
        text: bi(
          '自收到申请书及证据之日起60天内决定是否立案，立案的予以公告。',
          'Within 60 days, decide; initiation is announced.',
        ),
      },
    ],
    statutory: null,
    promised: null,
    fees: FREE,
    where: AT_MOFCOM,
    when: WORKING_DAYS,
    onlineUrl: null,
    phone: null,
    faq: [
      calendarDays(
        60,
        bi(
          '自收到申请书及有关证据之日起60天内决定是否立案',
          'whether to initiate is decided within 60 days of receiving the application',
        ),
      ),
    ],
    sources: [
      'http://www.jianbiaoku.com/webarbs/book/164605/4714973.shtml (the regulations, arts. 13–19)',
    ],
    sample: ['code', 'fees'],
  },
];

/**
 * Service items of the cooperation guide on foreign labour service cooperation.
 * Sources: docs/data/guides-seed.md.
 */
import { bi, LICENCE_FREE, WORKING_DAYS } from './common.js';
import type { SeedService } from './types.js';

export const LABOUR_SERVICES: readonly SeedService[] = [
  {
    id: 'foreign-labour-licence',
    code: 'SAMPLE-MOFCOM-CO-003',
    organ: 'mofcom',
    name: bi('对外劳务合作经营资格核准', 'Licence to operate foreign labour service cooperation'),
    legalBasis: [
      {
        title: bi(
          '《对外劳务合作管理条例》（国务院令第620号）',
          'Regulations on the Administration of Foreign Labour Service Cooperation (State Council Order No. 620)',
        ),
        documentId: 'state-council-order-620',
      },
    ],
    conditions: [
      bi('符合企业法人条件', 'An enterprise legal person'),
      bi('实缴注册资本不低于600万元人民币', 'Paid-in registered capital of at least RMB 6 million'),
      bi(
        '有3名以上熟悉对外劳务合作业务的管理人员',
        'At least three managers who know the business',
      ),
      bi(
        '有健全的内部管理制度和突发事件应急处置制度',
        'Sound internal rules and an emergency plan',
      ),
      bi(
        '法定代表人没有故意犯罪记录',
        'The legal representative has no record of an intentional crime',
      ),
    ],
    materials: [
      { name: bi('申请报告', 'Application'), form: 'original', copies: 1 },
      {
        name: bi('营业执照或企业法人证明材料', 'Business licence or proof of legal person status'),
        form: 'copy',
        copies: 1,
      },
      { name: bi('实缴注册资本证明材料', 'Proof of paid-in capital'), form: 'copy', copies: 1 },
      {
        name: bi('经营管理制度、突发事件应急处置制度', 'Management rules and emergency plan'),
        form: 'original',
        copies: 1,
      },
      {
        name: bi('管理人员从业证明材料', "Managers' proof of experience"),
        form: 'copy',
        copies: 1,
      },
      {
        name: bi(
          '法定代表人无故意犯罪记录证明',
          'Proof of no criminal record of the legal representative',
        ),
        form: 'original',
        copies: 1,
      },
    ],
    steps: [
      {
        id: '1',
        title: bi('提出申请', 'Apply'),
        text: bi(
          '向所在地省级或者设区的市级商务主管部门提交申请和证明材料。',
          'Apply to the provincial or city commerce department.',
        ),
      },
      {
        id: '2',
        title: bi('审查', 'Review'),
        text: bi(
          '自收到证明材料之日起20个工作日内审查并作出决定。',
          'Reviewed and decided within 20 working days of receiving the materials.',
        ),
      },
      {
        id: '3',
        title: bi('决定', 'Decision'),
        text: bi('结果为以下之一：', 'One of:'),
        mode: 'any',
      },
      {
        id: '3.1',
        title: bi('批准', 'Approved'),
        text: bi('颁发对外劳务合作经营资格证书。', 'The licence certificate is issued.'),
      },
      {
        id: '3.2',
        title: bi('不予批准', 'Refused'),
        text: bi('书面通知申请人并说明理由。', 'The applicant is told in writing, with reasons.'),
      },
      {
        id: '4',
        title: bi('办理登记', 'Register'),
        text: bi(
          '持证书依法办理登记后方可经营。',
          'Register with the market regulator before operating.',
        ),
      },
    ],
    statutory: 20,
    promised: null,
    fees: LICENCE_FREE,
    where: bi(
      '所在地省级或者设区的市级人民政府商务主管部门',
      'The provincial or city commerce department where the enterprise is',
    ),
    when: WORKING_DAYS,
    onlineUrl: null,
    phone: null,
    faq: [
      {
        question: bi(
          '没有资格证书能招收外派劳务人员吗？',
          'Can an enterprise without the licence recruit workers to send abroad?',
        ),
        answer: bi(
          '不能。未取得资格证书并依法登记的，不得从事对外劳务合作。',
          'No. Without the licence and registration it may not do this business.',
        ),
      },
    ],
    sources: [
      'http://www.plnmw.com/InformationService/ehddcbeoni.html (art. 7, 20 working days)',
      'http://saitsu.com/index.php/List/list_detail/rid/4/id/123.shtml (art. 6 conditions)',
      'http://wisor.cc/policy/show.php?from=client&itemid=18946 (provincial measures: materials)',
    ],
    sample: ['code'],
  },
];

/**
 * Service items of the China market and WTO guides: commercial franchise filing and the
 * foreign trade barrier investigation application.
 * Sources: docs/data/guides-seed.md.
 */
import { AT_MOFCOM, bi, calendarDays, FREE, WORKING_DAYS } from './common.js';
import type { SeedService } from './types.js';

export const MARKET_SERVICES: readonly SeedService[] = [
  {
    id: 'franchise-filing',
    code: 'SAMPLE-MOFCOM-CM-001',
    organ: 'mofcom',
    name: bi('商业特许经营备案', 'Record-filing of commercial franchises'),
    legalBasis: [
      {
        title: bi(
          '《商业特许经营管理条例》（国务院令第485号）',
          'Regulations on the Administration of Commercial Franchising (State Council Order No. 485)',
        ),
        documentId: 'state-council-order-485',
      },
      {
        title: bi(
          '《商业特许经营备案管理办法》（商务部令2011年第5号）',
          'Administrative Measures for the Record-Filing of Commercial Franchises (MOFCOM Order No. 5 of 2011)',
        ),
        documentId: 'mofcom-order-2011-5',
      },
    ],
    conditions: [
      bi(
        '特许人是企业，拥有成熟的经营模式，能持续提供经营指导、技术支持和业务培训',
        'The franchisor is an enterprise with a proven business model and can keep giving guidance, support and training',
      ),
      bi(
        '拥有至少2个直营店，并且经营时间超过1年（“两店一年”）',
        'At least two directly run outlets, operated for more than one year',
      ),
      bi(
        '自首次订立特许经营合同之日起15日内申请备案',
        'Files within 15 days after signing the first franchise contract',
      ),
      bi(
        '跨省经营的向商务部备案，省内经营的向省级商务主管部门备案',
        'Franchising across provinces files with MOFCOM; within one province with the provincial department',
      ),
    ],
    materials: [
      { name: bi('营业执照副本复印件', 'Copy of the business licence'), form: 'copy', copies: 1 },
      {
        name: bi(
          '商标、专利等经营资源的注册证书',
          'Trademark, patent or other certificates of the business resources',
        ),
        form: 'copy',
        copies: 1,
      },
      { name: bi('特许经营合同样本', 'Sample franchise contract'), form: 'copy', copies: 1 },
      {
        name: bi('特许经营操作手册目录', 'Contents of the operations manual'),
        form: 'copy',
        copies: 1,
      },
      {
        name: bi('两个直营店经营超过1年的证明', 'Proof of two outlets run for over a year'),
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        id: '1',
        title: bi('取得系统账号', 'Get an account'),
        text: bi(
          '向受理窗口提交纸质材料，取得商业特许经营信息管理系统登录号和密码。',
          'Hand in paper materials at the counter to get a login for the franchise information system.',
        ),
      },
      {
        id: '2',
        title: bi('网上填报', 'File online'),
        text: bi(
          '登录系统如实、完整填报备案信息并上传材料扫描件。',
          'Enter the filing completely and upload scans.',
        ),
      },
      {
        id: '3',
        title: bi('审核', 'Review'),
        text: bi('审核结果为以下之一：', 'One of:'),
        mode: 'any',
      },
      {
        id: '3.1',
        title: bi('材料齐全', 'Complete'),
        text: bi(
          '自收到材料之日起10日内予以备案并在系统中公告。',
          'Filed and announced within 10 days of receipt.',
        ),
      },
      {
        id: '3.2',
        title: bi('材料不全', 'Incomplete'),
        text: bi(
          '在7日内补充提交，补齐之日起10日内予以备案。',
          'Complete within 7 days; filed within 10 days after.',
        ),
      },
      {
        id: '4',
        title: bi('年度报告', 'Yearly report'),
        text: bi(
          '每年3月31日前报告上一年度合同订立、撤销、终止、续签情况。',
          "By 31 March, report the previous year's contracts signed, cancelled, ended or renewed.",
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
        10,
        bi(
          '备案机关自收到符合规定的材料之日起10日内予以备案',
          'the office files within 10 days of receiving complete materials',
        ),
      ),
      {
        question: bi('备案信息变化了怎么办？', 'What if the filed facts change?'),
        answer: bi(
          '工商登记信息、经营资源信息或店铺分布变化的，自变化之日起30日内申请变更。',
          'Apply for a change within 30 days when registration, resources or outlets change.',
        ),
      },
    ],
    sources: [
      'https://m.trustexporter.com/m21-d467497.htm (the 2011 measures, arts. 7–14)',
      'https://daoyushang.007swz.com/xinxi/cisyobw.html (legal basis and procedure)',
      'https://www.lawparks.com/ask/business-franchise-filing-rules (two outlets, one year)',
    ],
    sample: ['code', 'fees'],
  },
  {
    id: 'trade-barrier-investigation',
    code: 'SAMPLE-MOFCOM-WTO-001',
    organ: 'mofcom',
    name: bi('对外贸易壁垒调查申请', 'Application for a foreign trade barrier investigation'),
    legalBasis: [
      {
        title: bi(
          '《对外贸易壁垒调查规则》（商务部令2005年第4号）',
          'Rules on Investigations of Foreign Trade Barriers (MOFCOM Order No. 4 of 2005)',
        ),
        documentId: null,
      },
    ],
    conditions: [
      bi(
        '申请人是与被诉贸易壁垒涉及的产品生产或服务供应有直接关系的国内企业、国内产业，或其代表',
        'A domestic enterprise or industry directly concerned by the barrier, or one acting for it',
      ),
    ],
    materials: [
      {
        name: bi('书面申请书', 'Written application'),
        form: 'original',
        copies: 1,
        note: bi(
          '写明申请人情况、被诉措施、受影响的产品或服务及损害',
          'The applicant, the measure, the products or services affected, the harm',
        ),
      },
      {
        name: bi('贸易壁垒措施或做法存在的证据', 'Evidence of the measure'),
        form: 'original',
        copies: 1,
      },
      {
        name: bi('受到或可能受到损害的证据', 'Evidence of harm or threatened harm'),
        form: 'original',
        copies: 1,
        note: bi('无法提供的，书面说明理由', 'If none can be given, explain why in writing'),
      },
    ],
    steps: [
      {
        id: '1',
        title: bi('提交申请', 'Apply'),
        text: bi(
          '向商务部提交书面申请及证据；立案前可撤回申请。',
          'Apply in writing with evidence; the application may be withdrawn before initiation.',
        ),
      },
      {
        id: '2',
        title: bi('审查立案', 'Initiation'),
        text: bi('商务部审查后决定是否立案调查。', 'MOFCOM decides whether to investigate.'),
      },
      {
        id: '3',
        title: bi('调查结论与处理', 'Findings and action'),
        text: bi('认定构成贸易壁垒的，视情采取以下之一：', 'If a barrier is found, one of:'),
        mode: 'any',
      },
      {
        id: '3.1',
        title: bi('双边磋商', 'Bilateral consultation'),
        text: bi('与有关国家（地区）进行双边磋商。', 'Consult the country or region concerned.'),
      },
      {
        id: '3.2',
        title: bi('多边争端解决', 'WTO dispute settlement'),
        text: bi('启动多边争端解决机制。', 'Start WTO dispute settlement.'),
      },
      {
        id: '3.3',
        title: bi('其他适当措施', 'Other measures'),
        text: bi('采取其他适当的措施。', 'Take other appropriate measures.'),
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
      {
        question: bi('什么是贸易壁垒？', 'What is a trade barrier?'),
        answer: bi(
          '外国（地区）政府采取或支持的、违反其与我国签订的经贸条约或协定、或对我国产品或服务进入其市场造成不合理阻碍的措施或做法。',
          'A measure of a foreign government that breaches its trade agreements with China or unreasonably hinders Chinese products or services in its market.',
        ),
      },
    ],
    sources: [
      'http://doupeng.com.cn/wmbk/4284603.html (the 2002 interim rules, chapter 2: application and evidence)',
    ],
    sample: [
      'code',
      'fees',
      'legal basis (the 2005 rules that replaced the interim rules, named from memory)',
      'step 3 and the FAQ (from the rules as remembered)',
    ],
  },
];

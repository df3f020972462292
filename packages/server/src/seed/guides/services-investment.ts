/**
 * Service items of the investment and cooperation guides: the foreign investment information
 * report, outbound investment filing and approval.
 * Sources: docs/data/guides-seed.md.
 */
import { AT_MOFCOM, bi, FREE, LICENCE_FREE, WORKING_DAYS } from './common.js';
import type { SeedService } from './types.js';

const OUTBOUND_MEASURES = {
  title: bi(
    '《境外投资管理办法》（商务部令2014年第3号）',
    'Administrative Measures on Overseas Investments (MOFCOM Order No. 3 of 2014)',
  ),
  documentId: 'mofcom-order-2014-3',
};

const OUTBOUND_FAQ = [
  {
    question: bi(
      '商务部备案和发展改革委备案是一回事吗？',
      'Is the MOFCOM filing the same as the NDRC filing?',
    ),
    answer: bi(
      '不是。发展改革部门管理境外投资项目，商务部门管理企业境外投资并颁发《企业境外投资证书》，两者分别办理。',
      "No. The NDRC handles the investment project; the commerce departments handle the enterprise's investment and issue the Enterprise Overseas Investment Certificate. Both are done.",
    ),
  },
];

export const INVESTMENT_SERVICES: readonly SeedService[] = [
  {
    id: 'fdi-information-report',
    code: 'SAMPLE-MOFCOM-IN-001',
    organ: 'mofcom',
    name: bi('外商投资信息报告', 'Foreign investment information report'),
    legalBasis: [
      {
        title: bi('《中华人民共和国外商投资法》', 'Foreign Investment Law of the PRC'),
        documentId: null,
      },
      {
        title: bi(
          '《外商投资信息报告办法》（商务部 市场监管总局令2019年第2号）',
          'Measures for Reporting Foreign Investment Information (MOFCOM and SAMR Order No. 2 of 2019)',
        ),
        documentId: 'mofcom-samr-order-2019-2',
      },
      {
        title: bi(
          '关于外商投资信息报告有关事项的公告（商务部公告2019年第62号）',
          'Announcement on Matters Relating to the Reporting of Foreign Investment Information (MOFCOM Announcement No. 62 of 2019)',
        ),
        documentId: 'mofcom-announcement-2019-62',
      },
    ],
    conditions: [
      bi(
        '外国投资者直接或者间接在中国境内进行投资活动，由外国投资者或者外商投资企业报送投资信息',
        'A foreign investor investing in China directly or indirectly: the investor or the foreign-invested enterprise reports',
      ),
      bi(
        '初始报告、变更报告通过企业登记系统在线提交，年度报告通过国家企业信用信息公示系统提交；注销报告由市场监管总局向商务部共享',
        'Initial and change reports are filed online with the company registration; annual reports through the National Enterprise Credit Information Publicity System; deregistration data is shared by SAMR',
      ),
    ],
    materials: [
      {
        name: bi('初始报告或变更报告（在线填报）', 'Initial or change report (online)'),
        form: 'electronic',
        copies: 1,
      },
      { name: bi('年度报告（在线填报）', 'Annual report (online)'), form: 'electronic', copies: 1 },
    ],
    steps: [
      {
        id: '1',
        title: bi('确定报告类型', 'Which report'),
        text: bi('按情形报送以下之一：', 'One of, as the case is:'),
        mode: 'any',
      },
      {
        id: '1.1',
        title: bi('初始报告', 'Initial report'),
        text: bi(
          '设立登记或境内非外商投资企业变更为外商投资企业时。',
          'At incorporation, or when a domestic enterprise becomes foreign-invested.',
        ),
      },
      {
        id: '1.2',
        title: bi('变更报告', 'Change report'),
        text: bi(
          '初始报告信息发生变更时，随变更登记提交。',
          'When reported facts change, with the change registration.',
        ),
      },
      {
        id: '1.3',
        title: bi('年度报告', 'Annual report'),
        text: bi(
          '每年1月1日至6月30日报送上一年度信息。',
          'From 1 January to 30 June, for the previous year.',
        ),
      },
      {
        id: '2',
        title: bi('在线提交', 'Submit online'),
        text: bi(
          '在企业登记系统或国家企业信用信息公示系统中填报并提交。',
          'Fill in and submit in the registration or publicity system.',
        ),
      },
      {
        id: '3',
        title: bi('信息共享', 'Shared with MOFCOM'),
        text: bi(
          '市场监管部门将报告信息推送商务主管部门。',
          'The market regulator passes the report to the commerce departments.',
        ),
      },
    ],
    statutory: null,
    promised: null,
    fees: FREE,
    where: bi('网上办理，无需到现场', 'Online; no visit needed'),
    when: bi(
      '全天在线；年度报告在每年1月1日至6月30日',
      'Online at any time; annual reports 1 January to 30 June',
    ),
    onlineUrl: 'https://www.gsxt.gov.cn/',
    phone: null,
    faq: [
      {
        question: bi('外资比例很小也要报告吗？', 'Must a small foreign share report?'),
        answer: bi(
          '要。有外国投资者直接或间接投资的企业都应按办法报送。',
          'Yes: any enterprise with direct or indirect foreign investment reports.',
        ),
      },
    ],
    sources: [
      'http://swj.shangluo.gov.cn/pc/index/article/254227 (the measures, Chinese and English)',
      'http://jiyuan.gov.cn/gov_special/zsyz/wstz_zsyz/syzy/t948121.html',
      'https://360docs.net/doc/2811144452.html (draft of announcement 2019-62: which system takes which report)',
    ],
    sample: ['code', 'annual report window (1 January – 30 June, from the measures as remembered)'],
  },
  {
    id: 'outbound-investment-filing',
    code: 'SAMPLE-MOFCOM-CO-001',
    organ: 'mofcom',
    name: bi('企业境外投资备案', 'Filing of enterprise overseas investment'),
    legalBasis: [OUTBOUND_MEASURES],
    conditions: [
      bi('在中华人民共和国境内依法设立的企业', 'An enterprise lawfully established in China'),
      bi(
        '境外投资不涉及敏感国家和地区、敏感行业（涉及的实行核准管理）',
        'The investment concerns no sensitive country, region or industry (those need approval)',
      ),
      bi(
        '不危害国家主权、安全和社会公共利益，不违反我国缔结或者参加的国际条约，不出口禁止出口的产品和技术',
        'It does not harm national sovereignty, security or public interest, breach treaties, or export prohibited products or technology',
      ),
    ],
    materials: [
      {
        name: bi('境外投资备案表（加盖印章）', 'Overseas investment filing form (sealed)'),
        form: 'original',
        copies: 1,
      },
      { name: bi('营业执照复印件', 'Copy of the business licence'), form: 'copy', copies: 1 },
    ],
    steps: [
      {
        id: '1',
        title: bi('在线填表', 'Fill in online'),
        text: bi(
          '通过商务部境外投资管理系统填写备案表。',
          "Fill in the form in MOFCOM's overseas investment system.",
        ),
      },
      {
        id: '2',
        title: bi('提交', 'Submit'),
        text: bi('按企业类别向以下之一提交：', 'To one of, by kind of enterprise:'),
        mode: 'any',
      },
      {
        id: '2.1',
        title: bi('中央企业', 'Central SOEs'),
        text: bi('报商务部备案。', 'File with MOFCOM.'),
      },
      {
        id: '2.2',
        title: bi('地方企业', 'Local enterprises'),
        text: bi('报所在地省级商务主管部门备案。', 'File with the provincial commerce department.'),
      },
      {
        id: '3',
        title: bi('备案发证', 'Filing and certificate'),
        text: bi(
          '材料齐全的予以备案，颁发《企业境外投资证书》。',
          'Complete filings are recorded and the Enterprise Overseas Investment Certificate issued.',
        ),
      },
    ],
    statutory: 3,
    promised: null,
    fees: FREE,
    where: AT_MOFCOM,
    when: WORKING_DAYS,
    onlineUrl: null,
    phone: null,
    faq: OUTBOUND_FAQ,
    sources: [
      'http://zc.91kongming.com/portal.php?aid=2937&mod=view (the 2014 measures, arts. 1–7)',
      'https://shutu.cn/template/p9491536.html (draft: filing within three working days)',
      'http://www.5208668.com/101106 (NDRC and MOFCOM roles)',
    ],
    sample: [
      'code',
      'materials',
      'statutory (3 working days: the draft says so; final text not re-read)',
    ],
  },
  {
    id: 'outbound-investment-approval',
    code: 'SAMPLE-MOFCOM-CO-002',
    organ: 'mofcom',
    name: bi('企业境外投资核准', 'Approval of enterprise overseas investment'),
    legalBasis: [OUTBOUND_MEASURES],
    conditions: [
      bi(
        '境外投资涉及敏感国家和地区（与我国未建交的国家、受联合国制裁的国家等）或敏感行业（涉及出口我国限制出口的产品和技术、影响一国以上利益的行业）',
        'The investment concerns a sensitive country or region (no diplomatic relations, UN sanctions…) or a sensitive industry (restricted exports, affecting more than one country)',
      ),
    ],
    materials: [
      { name: bi('申请书', 'Application letter'), form: 'original', copies: 1 },
      {
        name: bi('境外投资申请表', 'Overseas investment application form'),
        form: 'original',
        copies: 1,
      },
      {
        name: bi('境外投资相关合同或协议', 'Contracts or agreements of the investment'),
        form: 'copy',
        copies: 1,
      },
      {
        name: bi(
          '限制出口产品或技术的准予出口材料',
          'Export permission for restricted products or technology',
        ),
        form: 'copy',
        copies: 1,
        note: bi('涉及时提交', 'Where concerned'),
      },
      { name: bi('营业执照复印件', 'Copy of the business licence'), form: 'copy', copies: 1 },
    ],
    steps: [
      {
        id: '1',
        title: bi('提出申请', 'Apply'),
        text: bi(
          '中央企业向商务部提出；地方企业经省级商务主管部门报商务部。',
          'Central SOEs apply to MOFCOM; local enterprises through the provincial department.',
        ),
      },
      {
        id: '2',
        title: bi('征求意见', 'Consultation'),
        text: bi(
          '商务部征求驻外使（领）馆经商机构意见。',
          "MOFCOM asks the embassy's economic and commercial office.",
        ),
      },
      {
        id: '3',
        title: bi('核准决定', 'Decision'),
        text: bi(
          '自受理之日起作出是否核准的决定，核准的颁发《企业境外投资证书》。',
          'A decision is made; if approved, the certificate is issued.',
        ),
      },
    ],
    statutory: 20,
    promised: null,
    fees: LICENCE_FREE,
    where: AT_MOFCOM,
    when: WORKING_DAYS,
    onlineUrl: null,
    phone: null,
    faq: OUTBOUND_FAQ,
    sources: [
      'http://zc.91kongming.com/portal.php?aid=2937&mod=view (arts. 6–7: approval for sensitive countries and industries)',
    ],
    sample: ['code', 'materials', 'statutory (20 working days, from the measures as remembered)'],
  },
];

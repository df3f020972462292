/**
 * Service items of the foreign-trade guide on technology import and export: contract
 * registration and the licence for restricted technology.
 * Sources: docs/data/guides-seed.md.
 */
import { AT_MOFCOM, bi, FREE, LICENCE_FREE, WORKING_DAYS } from './common.js';
import type { SeedService } from './types.js';

const TECH_REGULATIONS = bi(
  '《中华人民共和国技术进出口管理条例》（国务院令第331号）',
  'Regulations of the PRC on the Administration of Technology Import and Export (State Council Order No. 331)',
);

export const TRADE_SERVICES: readonly SeedService[] = [
  {
    id: 'tech-contract-registration',
    code: 'SAMPLE-MOFCOM-FT-001',
    organ: 'mofcom',
    name: bi('技术进出口合同登记', 'Registration of technology import and export contracts'),
    legalBasis: [
      { title: TECH_REGULATIONS, documentId: null },
      {
        title: bi(
          '《技术进出口合同登记管理办法》（商务部令2009年第3号）',
          'Measures for the Registration of Technology Import and Export Contracts (MOFCOM Order No. 3 of 2009)',
        ),
        documentId: null,
      },
    ],
    conditions: [
      bi(
        '合同属于自由进出口技术合同：专利权转让、专利申请权转让、专利实施许可、技术秘密许可、技术服务及含有技术进出口的其他合同',
        'A contract for freely importable or exportable technology: patent assignment, patent application assignment, patent licence, know-how licence, technical services, or another contract that includes technology import or export',
      ),
      bi(
        '在合同生效后60天内办理；支付方式为提成的，在首次提成基准金额形成后60天内办理',
        'Registered within 60 days after the contract takes effect; for royalty payments, within 60 days after the first royalty base amount arises',
      ),
      bi(
        '政府核准的投资项目和政府投资项目中由国务院或其投资主管部门核准、审批的项目项下的技术进口合同向商务部登记，其他合同向省级商务主管部门登记',
        'Technology import contracts of investment projects approved by the State Council or its investment department register with MOFCOM; other contracts with the provincial commerce department',
      ),
    ],
    materials: [
      {
        name: bi('技术进出口合同登记申请书', 'Application for contract registration'),
        form: 'electronic',
        copies: 1,
      },
      {
        name: bi(
          '技术进出口合同副本（外文合同附中文译本）',
          'Copy of the contract (with a Chinese translation)',
        ),
        form: 'copy',
        copies: 1,
      },
      {
        name: bi('签约双方法律地位的证明文件', "Proof of both parties' legal status"),
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        id: '1',
        title: bi('网上填报', 'File online'),
        text: bi(
          '登录商务部“技术进出口合同信息管理系统”填报合同信息。',
          "Enter the contract in MOFCOM's Technology Import and Export Contract Information System.",
        ),
      },
      {
        id: '2',
        title: bi('提交材料', 'Hand in the materials'),
        text: bi('按登记机关要求提交下列之一：', 'As the registering office asks, one of:'),
        mode: 'any',
      },
      {
        id: '2.1',
        title: bi('在线上传', 'Upload'),
        text: bi('在系统中上传材料扫描件。', 'Upload scans in the system.'),
      },
      {
        id: '2.2',
        title: bi('窗口提交', 'At the counter'),
        text: bi('到登记机关窗口提交纸质材料。', 'Hand in paper copies at the office.'),
      },
      {
        id: '3',
        title: bi('核对登记', 'Check and register'),
        text: bi('登记机关核对合同登记内容。', 'The office checks the registration details.'),
      },
      {
        id: '4',
        title: bi('领取登记证', 'Collect the certificate'),
        text: bi(
          '领取《技术进出口合同登记证》。',
          'Collect the Technology Import/Export Contract Registration Certificate.',
        ),
      },
    ],
    statutory: 3,
    promised: null,
    fees: FREE,
    where: AT_MOFCOM,
    when: WORKING_DAYS,
    onlineUrl: 'http://jsjckqy.fwmys.mofcom.gov.cn/',
    phone: null,
    faq: [
      {
        question: bi('不登记合同就不生效吗？', 'Is an unregistered contract void?'),
        answer: bi(
          '不是。自由进出口技术合同自依法成立时生效，登记是技术进出口信息管理制度的一部分。',
          'No. A contract for free technology takes effect when lawfully concluded; registration serves the information system of technology trade.',
        ),
      },
      {
        question: bi('登记证遗失怎么办？', 'What if the certificate is lost?'),
        answer: bi(
          '公开挂失后，凭挂失证明、补办申请和相关部门证明到商务主管部门办理补发。',
          'Declare the loss publicly, then apply to the commerce department for a replacement with the proof of the declaration.',
        ),
      },
    ],
    sources: [
      'https://twwiki.net/wiki/j94jjowgo0gqjmz.html',
      'https://renrendoc.com/paper/130863898.html',
      'http://wk.yl1001.com/ (a copy of the 2009 measures, arts. 14–17)',
    ],
    sample: [
      'code',
      'statutory (3 working days, from the measures as remembered)',
      'materials',
      'fees',
    ],
  },
  {
    id: 'restricted-tech-import-licence',
    code: 'SAMPLE-MOFCOM-FT-002',
    organ: 'mofcom',
    name: bi('限制进口技术的进口许可', 'Import licence for restricted technology'),
    legalBasis: [{ title: TECH_REGULATIONS, documentId: null }],
    conditions: [
      bi(
        '技术列入《中国禁止进口限制进口技术目录》的限制进口部分（禁止进口的技术不得进口）',
        'The technology is on the restricted part of the catalogue of technologies prohibited or restricted from import (prohibited technology cannot be imported)',
      ),
      bi(
        '技术引进项目需经有关部门批准的，已取得批准文件',
        'Where the project needs approval by another department, that approval is obtained',
      ),
    ],
    materials: [
      {
        name: bi('技术进口申请书', 'Application for technology import'),
        form: 'original',
        copies: 1,
      },
      {
        name: bi('有关部门的批准文件（需要时）', "Other departments' approval (where needed)"),
        form: 'copy',
        copies: 1,
      },
      {
        name: bi(
          '技术进口合同副本（取得意向书后）',
          'Copy of the contract (after the letter of intent)',
        ),
        form: 'copy',
        copies: 1,
      },
    ],
    steps: [
      {
        id: '1',
        title: bi('提出申请', 'Apply'),
        text: bi(
          '向国务院商务主管部门提出技术进口申请并附有关文件。',
          'Apply to MOFCOM with the documents.',
        ),
      },
      {
        id: '2',
        title: bi('审查', 'Review'),
        text: bi(
          '商务部会同国务院有关部门审查，自收到申请之日起30个工作日内作出批准或者不批准的决定。',
          'MOFCOM reviews with the departments concerned and decides within 30 working days of receiving the application.',
        ),
      },
      {
        id: '3',
        title: bi('领取许可意向书并签约', 'Letter of intent, then the contract'),
        text: bi(
          '批准的，发给技术进口许可意向书；申请人可对外签订技术进口合同。',
          'If approved, a letter of intent is issued; the applicant may sign the contract.',
        ),
      },
      {
        id: '4',
        title: bi('申领许可证', 'Apply for the licence'),
        text: bi(
          '提交合同副本等文件，申请技术进口许可证。',
          'Hand in a copy of the contract and apply for the licence.',
        ),
      },
    ],
    statutory: 30,
    promised: null,
    fees: LICENCE_FREE,
    where: AT_MOFCOM,
    when: WORKING_DAYS,
    onlineUrl: null,
    phone: null,
    faq: [
      {
        question: bi('自由进口的技术也要许可吗？', 'Does free technology need a licence?'),
        answer: bi(
          '不需要，办理技术进出口合同登记即可。',
          'No; the contract is registered instead.',
        ),
      },
    ],
    sources: ['http://www.wwpfw.com/waihuikaihu/160470.html (text of the regulations, arts. 1–13)'],
    sample: [
      'code',
      'steps 3–4 (licence after the letter of intent, from the regulations as remembered)',
    ],
  },
];

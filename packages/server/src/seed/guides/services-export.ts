/**
 * Service items of the foreign-trade guide on export control, and the foreign-trade operator
 * registration withdrawn on 2022-12-30. Sources: docs/data/guides-seed.md.
 */
import { AT_MOFCOM, bi, FREE, LICENCE_FREE, WORKING_DAYS } from './common.js';
import type { SeedService } from './types.js';

export const EXPORT_SERVICES: readonly SeedService[] = [
  {
    id: 'dual-use-export-licence',
    code: 'SAMPLE-MOFCOM-FT-003',
    organ: 'mofcom',
    name: bi('两用物项出口许可', 'Export licence for dual-use items'),
    legalBasis: [
      {
        title: bi(
          '《中华人民共和国两用物项出口管制条例》（国务院令第792号，2024年12月1日起施行）',
          'Regulations of the PRC on the Export Control of Dual-Use Items (State Council Order No. 792, in force since 1 December 2024)',
        ),
        documentId: 'state-council-order-792',
      },
      {
        title: bi('《中华人民共和国出口管制法》', 'Export Control Law of the PRC'),
        documentId: null,
      },
      {
        title: bi(
          '关于发布《中华人民共和国两用物项出口管制清单》的公告（商务部公告2024年第51号）',
          'Announcement on Issuing the Export Control List of Dual-Use Items (MOFCOM Announcement No. 51 of 2024)',
        ),
        documentId: 'mofcom-announcement-2024-51',
      },
    ],
    conditions: [
      bi(
        '出口的货物、技术或服务列入两用物项出口管制清单，或属于商务部公告实施临时管制的物项',
        'The goods, technology or services are on the dual-use export control list or under a temporary control announced by MOFCOM',
      ),
      bi(
        '出口包括贸易性出口及对外赠送、展览、合作、援助和以其他方式进行的转移',
        'Export includes trade, gifts, exhibitions, cooperation, aid and any other transfer abroad',
      ),
      bi(
        '接收方保证不擅自改变最终用途、不向第三方转让',
        'The recipient undertakes not to change the end use or transfer the items to third parties without approval',
      ),
    ],
    materials: [
      { name: bi('两用物项出口许可申请表', 'Application form'), form: 'electronic', copies: 1 },
      {
        name: bi(
          '申请人的法定代表人、主要经营管理人以及经办人的身份证明',
          'Identity documents of the legal representative, managers and the person handling the case',
        ),
        form: 'copy',
        copies: 1,
      },
      {
        name: bi('合同或者协议的副本', 'Copy of the contract or agreement'),
        form: 'copy',
        copies: 1,
      },
      {
        name: bi('物项的技术说明', 'Technical description of the items'),
        form: 'original',
        copies: 1,
      },
      {
        name: bi('最终用户证明和最终用途证明', 'End-user and end-use certificates'),
        form: 'original',
        copies: 1,
        note: bi('外文的附中文译件', 'With a Chinese translation where in another language'),
      },
    ],
    steps: [
      {
        id: '1',
        title: bi('在线申请', 'Apply online'),
        text: bi(
          '通过两用物项和技术进出口管制政务平台提交电子申请。',
          'Apply through the dual-use items export control platform.',
        ),
      },
      {
        id: '2',
        title: bi('审查', 'Review'),
        text: bi('商务部审查，以下两项均需完成：', 'MOFCOM reviews; both of:'),
        mode: 'all',
      },
      {
        id: '2.1',
        title: bi('材料审查', 'Documents'),
        text: bi(
          '审查申请材料和最终用户、最终用途。',
          'The documents, end user and end use are examined.',
        ),
      },
      {
        id: '2.2',
        title: bi('会同审查', 'Joint review'),
        text: bi(
          '需要时会同有关部门审查，征询专家意见。',
          'Where needed, with other departments and experts.',
        ),
      },
      {
        id: '3',
        title: bi('作出决定', 'Decision'),
        text: bi(
          '作出准予或者不予许可的决定；对国家安全有重大影响的报国务院批准，不受时限限制。',
          'A licence is granted or refused; items of major security impact go to the State Council, without the time limit.',
        ),
      },
      {
        id: '4',
        title: bi('领证出口', 'Licence and export'),
        text: bi(
          '领取两用物项出口许可证件，出口时向海关出具。',
          'Collect the licence and show it to Customs when exporting.',
        ),
      },
    ],
    statutory: 45,
    promised: null,
    fees: LICENCE_FREE,
    where: AT_MOFCOM,
    when: WORKING_DAYS,
    onlineUrl: null,
    phone: null,
    faq: [
      {
        question: bi('条例何时施行？', 'Since when do the regulations apply?'),
        answer: bi(
          '国务院2024年10月19日公布，自2024年12月1日起施行，统一了此前分散的两用物项出口管制法规。',
          'Published on 19 October 2024, in force since 1 December 2024; they unify the earlier separate dual-use export rules.',
        ),
      },
      {
        question: bi('许可有哪些形式？', 'What kinds of licence are there?'),
        answer: bi(
          '有单项许可和通用许可；通用许可在有效期内可多次出口。',
          'Single licences and general licences; a general licence covers repeated exports while valid.',
        ),
      },
    ],
    sources: [
      'https://dandreapartners.cn/article-detail/BG6112Yb',
      'http://orisbrush.com/news/guonei/2024-10-19/1502484.html (Xinhua text of the regulations)',
      'http://adventure-safaris.com/uav-news/201508/03/10945_4.html (2015 licensing procedure: materials, 45 working days)',
      'https://npo00795p.npoall.com/news/itemid-191604.html (2025 draft licence measures; the ministry address)',
    ],
    sample: [
      'code',
      'statutory (45 working days as in the earlier dual-use rules; not re-read in order 792)',
    ],
  },
  {
    id: 'foreign-trade-operator-registration',
    code: 'SAMPLE-MOFCOM-FT-004',
    organ: 'mofcom',
    withdrawnOn: '2022-12-30',
    withdrawnNote: bi(
      '2022年12月30日，第十三届全国人大常委会第三十八次会议通过关于修改《中华人民共和国对外贸易法》的决定，删去第九条，取消对外贸易经营者备案登记。自该日起，从事货物进出口或者技术进出口不再办理此项备案登记。',
      'On 30 December 2022 the NPC Standing Committee amended the Foreign Trade Law, deleting its article 9 and abolishing the registration of foreign trade operators. Since then no registration is needed to import or export goods or technology.',
    ),
    name: bi('对外贸易经营者备案登记', 'Record-filing and registration of foreign trade operators'),
    legalBasis: [
      {
        title: bi(
          '《中华人民共和国对外贸易法》第九条（已删除）',
          'Foreign Trade Law of the PRC, article 9 (deleted)',
        ),
        documentId: null,
      },
      {
        title: bi(
          '《对外贸易经营者备案登记办法》（商务部令2004年第14号）',
          'Measures for the Record-Filing and Registration of Foreign Trade Operators (MOFCOM Order No. 14 of 2004)',
        ),
        documentId: 'mofcom-order-2004-14',
      },
    ],
    conditions: [
      bi(
        '依法办理工商登记或者其他执业手续的法人、其他组织或者个人',
        'A legal person, organization or individual registered to do business',
      ),
    ],
    materials: [
      { name: bi('对外贸易经营者备案登记表', 'Registration form'), form: 'original', copies: 1 },
      { name: bi('营业执照复印件', 'Copy of the business licence'), form: 'copy', copies: 1 },
    ],
    steps: [
      {
        id: '1',
        title: bi('网上填表', 'Fill in online'),
        text: bi('在线填写备案登记表。', 'Fill in the form online.'),
      },
      {
        id: '2',
        title: bi('提交材料', 'Hand in'),
        text: bi('向备案登记机关提交材料。', 'Hand in the materials.'),
      },
      {
        id: '3',
        title: bi('备案登记', 'Registration'),
        text: bi('备案登记机关办理备案登记。', 'The office registers the operator.'),
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
        question: bi('现在从事进出口还要办什么？', 'What is needed now to import or export?'),
        answer: bi(
          '无需再办理对外贸易经营者备案登记；报关等手续按海关的规定办理。',
          'No operator registration any more; customs formalities follow the Customs rules.',
        ),
      },
      {
        question: bi('为什么还列出这一事项？', 'Why is the item still listed?'),
        answer: bi(
          '保留以便旧的链接和材料能说明它已取消及取消的依据。',
          'So that old links and papers explain that and why it was abolished.',
        ),
      },
    ],
    sources: ['http://rddy.org.cn/show-44368.html (the 2022-12-30 amendment deleting article 9)'],
    sample: ['code', 'materials and steps (the 2004 measures as remembered)'],
  },
];

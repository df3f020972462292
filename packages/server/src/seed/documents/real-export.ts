/**
 * Real documents, part 3: export control and trade rules, international cooperation, and the
 * amendments and repeals between the real documents. Sources are named per record and in
 * docs/data/documents-seed.md.
 */
import type { RealDocument, RealRelation } from './real-types.js';

export const REAL_EXPORT_COOPERATION: readonly RealDocument[] = [
  {
    id: 'mofcom-gacc-announcement-2023-23',
    fileNumber: '商务部 海关总署公告2023年第23号',
    type: 'announcement',
    category: 'foreign-trade',
    organs: ['mofcom', 'gacc'],
    sites: ['main', 'cys'],
    zh: {
      title: '关于对镓、锗相关物项实施出口管制的公告',
      summary:
        '经国务院批准，对金属镓、氮化镓、砷化镓等镓相关物项和金属锗、二氧化锗等锗相关物项实施出口管制，未经许可不得出口，自2023年8月1日起正式实施。',
      body: [
        '根据《中华人民共和国出口管制法》《中华人民共和国对外贸易法》《中华人民共和国海关法》有关规定，为维护国家安全和利益，经国务院批准，决定对镓、锗相关物项实施出口管制。有关事项公告如下：',
        '一、满足以下特性的物项，未经许可，不得出口：',
        '（一）镓相关物项。',
        '1.金属镓（单质）（参考海关商品编号：8110929010、8112929090、8112999000）。',
      ],
    },
    en: {
      title: 'Announcement on Implementing Export Control on Gallium- and Germanium-Related Items',
      summary:
        'With State Council approval, gallium and germanium items may be exported only under licence from 1 August 2023.',
    },
    writtenOn: '2023-07-03',
    publishedOn: '2023-07-03',
    effectiveOn: '2023-08-01',
    validity: 'in-force',
    source:
      'Text, published 3 July, in force 1 August 2023 (Xinhua): https://overwatchpit.com/Qd5whXlwbJ/cn/chemicals/shang-wu-bu-hai-guan-zong-shu-dui-jia-zhe-xiang-guan-wu-xiang-shi-shi-chu-kou-guan-zhi and http://hmao2.com/topic/topic_view?key=175589. Not verified: its status after the dual-use list of 2024-12-01.',
  },
  {
    id: 'mofcom-announcement-2023-21',
    fileNumber: '商务部公告2023年第21号',
    type: 'announcement',
    category: 'foreign-trade',
    organs: ['mofcom', 'gacc', 'mee'],
    sites: ['main', 'wms'],
    zh: {
      title:
        '商务部 海关总署 生态环境部关于公布《禁止进口货物目录（第八批）》和《禁止出口货物目录（第七批）》的公告',
      summary:
        '为保护人的健康和安全、保护环境，履行《关于持久性有机污染物的斯德哥尔摩公约》，公布禁止进口货物目录（第八批）和禁止出口货物目录（第七批），自发布之日起施行。',
      body: [
        '为保护人的健康和安全，保护环境，履行《关于持久性有机污染物的斯德哥尔摩公约》，依据《中华人民共和国对外贸易法》《中华人民共和国药品管理法》《中华人民共和国货物进出口管理条例》，现公布《禁止进口货物目录（第八批）》和《禁止出口货物目录（第七批）》。',
        '本公告自发布之日起施行。用于实验室规模的研究或用作参考标准的，不适用本公告禁止进出口相关要求。',
      ],
    },
    writtenOn: '2023-06-06',
    publishedOn: '2023-06-06',
    effectiveOn: '2023-06-06',
    validity: 'in-force',
    source:
      'Text dated 2023-06-06, numbered 商务部公告2023年第21号: CHLAWS data set, https://huggingface.co/datasets/cfa532/CHLAWS/viewer/default/train?p=6751.',
  },
  {
    id: 'mofcom-announcement-2024-51',
    fileNumber: '商务部 工业和信息化部 海关总署 国家密码管理局公告2024年第51号',
    type: 'announcement',
    category: 'foreign-trade',
    organs: ['mofcom', 'miit', 'gacc', 'sca'],
    sites: ['main', 'cys'],
    zh: {
      title: '关于发布《中华人民共和国两用物项出口管制清单》的公告',
      summary:
        '经国务院批准，公布统一的《中华人民共和国两用物项出口管制清单》，按10大行业领域、5种物项类型系统整合现行管制物项，统一编配出口管制编码，自2024年12月1日起实施。',
      body: ['经国务院批准，现公布《中华人民共和国两用物项出口管制清单》，自2024年12月1日起实施。'],
    },
    en: {
      title: 'Announcement on Issuing the Export Control List of Dual-Use Items of the PRC',
      summary:
        'One list of all controlled dual-use items in 10 sectors and 5 item types, with unified export control codes, from 1 December 2024.',
    },
    writtenOn: '2024-11-15',
    publishedOn: '2024-11-15',
    effectiveOn: '2024-12-01',
    validity: 'in-force',
    source:
      'Published 2024-11-15 with MIIT, customs and the State Cryptography Administration, in force 2024-12-01: https://sicomedia.com/2024/1117/43728.shtml. Not verified: the exact spelling of the joint number (the four organs are given as in the source).',
  },
  {
    id: 'mofcom-order-2020-4',
    fileNumber: '商务部令2020年第4号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['mofcom'],
    sites: ['main', 'tfs'],
    zh: {
      title: '不可靠实体清单规定',
      summary:
        '建立不可靠实体清单制度，对危害中国国家主权、安全、发展利益或者严重损害中国企业、其他组织或者个人合法权益的外国实体采取相应措施。',
      body: [
        '《不可靠实体清单规定》已经国务院批准，现予公布，自公布之日起施行。',
        '第一条 为了维护国家主权、安全、发展利益，维护公平、自由的国际经贸秩序，保护中国企业、其他组织或者个人的合法权益，根据《中华人民共和国对外贸易法》、《中华人民共和国国家安全法》等有关法律，制定本规定。',
      ],
    },
    en: {
      title: 'Provisions on the Unreliable Entity List',
      summary:
        'Measures against foreign entities that endanger China’s sovereignty, security or development interests or seriously harm Chinese parties.',
    },
    writtenOn: '2020-09-19',
    publishedOn: '2020-09-19',
    effectiveOn: '2020-09-19',
    validity: 'in-force',
    source:
      'Text (source: MOFCOM website), signed 2020-09-19, effective on publication: https://xrxxw.com/article/view/259518.html.',
  },
  {
    id: 'mofcom-order-2021-1',
    fileNumber: '商务部令2021年第1号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['mofcom'],
    sites: ['main', 'tfs'],
    zh: {
      title: '阻断外国法律与措施不当域外适用办法',
      summary:
        '建立应对外国法律与措施不当域外适用的工作机制，规定报告义务、评估确认、禁令及豁免和司法救济，共16条。',
      body: [
        '《阻断外国法律与措施不当域外适用办法》已经国务院批准，现予公布，自公布之日起施行。',
        '第一条 为了阻断外国法律与措施不当域外适用对中国的影响，维护国家主权、安全、发展利益，保护中国公民、法人或者其他组织的合法权益，根据《中华人民共和国国家安全法》等有关法律，制定本办法。',
      ],
    },
    en: {
      title:
        'Rules on Counteracting Unjustified Extra-territorial Application of Foreign Legislation and Other Measures',
      summary:
        'A working mechanism, reporting within 30 days, assessment, prohibition orders, exemptions and remedies in court; 16 articles.',
    },
    writtenOn: '2021-01-09',
    publishedOn: '2021-01-09',
    effectiveOn: '2021-01-09',
    validity: 'in-force',
    source:
      'Text signed 2021-01-09, effective on publication: http://dosane.com/politics/2021_01_09_577300.shtml; 16 articles: http://www.lawyers.org.cn/info/334a375a82634781b509185951304151.',
  },
  {
    id: 'mofcom-order-2009-5',
    fileNumber: '商务部令2009年第5号',
    type: 'order',
    category: 'international-cooperation',
    organs: ['mofcom'],
    sites: ['main', 'hzs'],
    zh: {
      title: '境外投资管理办法',
      summary:
        '规范我国企业通过新设、并购等方式在境外设立非金融企业或者取得既有非金融企业权益的核准、管理和监督。',
      body: [
        '# 第一章 总则',
        '第一条 为促进和规范境外投资，根据《国务院对确需保留的行政审批项目设定行政许可的决定》，制定本办法。',
      ],
    },
    en: {
      title: 'Measures for the Administration of Overseas Investment (2009)',
      summary:
        'Approval and supervision of non-financial enterprises set up or acquired abroad by Chinese enterprises.',
    },
    writtenOn: '2009-03-16',
    publishedOn: '2009-03-16',
    effectiveOn: '2009-05-01',
    validity: 'repealed',
    source:
      'Text and index data (产生日期 2009-03-16, republished 2009-04-13 by a local bureau): https://www9599116.com/downxxgk.php?fid=133993655840952. Not verified: the effective date 2009-05-01 (from memory).',
  },
  {
    id: 'mofcom-order-2014-3',
    fileNumber: '商务部令2014年第3号',
    type: 'order',
    category: 'international-cooperation',
    organs: ['mofcom'],
    sites: ['main', 'hzs'],
    zh: {
      title: '境外投资管理办法',
      summary:
        '境外投资实行“备案为主、核准为辅”的管理模式，仅对敏感国家和地区、敏感行业的境外投资实行核准，其余实行备案。',
      body: [
        '《境外投资管理办法》已经2014年8月19日商务部第27次部务会议审议通过，现予发布，自2014年10月6日起施行。',
        '# 第一章 总则',
        '第一条 为了促进和规范境外投资，提高境外投资便利化水平，根据《国务院关于投资体制改革的决定》、《国务院对确需保留的行政审批项目设定行政许可的决定》及相关法律规定，制定本办法。',
      ],
    },
    en: {
      title: 'Administrative Measures on Overseas Investments',
      summary:
        'Record-filing as the rule and approval only for sensitive countries, regions and industries.',
    },
    writtenOn: '2014-09-06',
    publishedOn: '2014-09-06',
    effectiveOn: '2014-10-06',
    validity: 'in-force',
    source:
      'Bilingual text, signed 2014-09-06, effective 2014-10-06: https://www.bizchinalaw.com/archives/33360.',
  },
  {
    id: 'mofcom-order-2006-16',
    fileNumber: '商务部令2006年第16号',
    type: 'order',
    category: 'international-cooperation',
    organs: ['mofcom'],
    sites: ['main', 'hzs'],
    zh: {
      title: '中国企业境外商务投诉服务暂行办法',
      summary:
        '商务部中国企业境外商务投诉服务中心免费为中国企业提供境外商务投诉服务，包括政策信息、法律咨询和协调解决。',
      body: [
        '《中国企业境外商务投诉服务暂行办法》已经2006年7月13日商务部第7次部务会议审议通过，现予公布，自公布之日起施行。',
      ],
    },
    en: {
      title:
        'Interim Measures concerning the Overseas Commercial Complaint Services for Chinese Enterprises',
      summary:
        'A government-funded centre gives Chinese enterprises free policy information, legal advice and coordination when their interests abroad are harmed.',
    },
    writtenOn: '2006-08-16',
    publishedOn: '2006-08-16',
    effectiveOn: '2006-08-16',
    validity: 'in-force',
    source:
      'English text (Order No. 16, adopted 2006-07-13, signed 2006-08-16, effective on promulgation): https://international.laws.com/german-laws/page/81. Not verified: its current status.',
  },
  {
    id: 'state-council-order-620',
    fileNumber: '国务院令第620号',
    type: 'order',
    category: 'international-cooperation',
    organs: ['state-council'],
    sites: ['main', 'hzs'],
    zh: {
      title: '对外劳务合作管理条例',
      summary:
        '规范对外劳务合作，保障劳务人员合法权益：对外劳务合作企业的条件、与劳务人员的合同、政府服务和管理及法律责任。',
      body: ['《对外劳务合作管理条例》现予公布，自2012年8月1日起施行。'],
    },
    en: {
      title: 'Regulations on the Administration of Foreign Labour Service Cooperation',
      summary:
        'Conditions for foreign labour cooperation enterprises, contracts with workers, public services and liabilities.',
    },
    writtenOn: '2012-06-04',
    publishedOn: '2012-06-04',
    effectiveOn: '2012-08-01',
    validity: 'in-force',
    source:
      'Order 第620号, adopted 2012-05-16, signed 2012-06-04, in force 2012-08-01: https://jendow.com.tw/wiki/對外勞務合作管理條例.',
  },
];

/** Amendments and repeals between the real documents: [later, earlier, kind, date]. */
export const REAL_RELATIONS: readonly RealRelation[] = [
  ['state-council-order-401', 'state-council-order-328', 'amends', '2004-06-01'],
  ['mofcom-order-2011-5', 'mofcom-order-2007-15', 'repeals', '2012-02-01'],
  ['mofcom-order-2009-6', 'mofcom-order-2006-10', 'amends', '2009-06-22'],
  ['mofcom-order-2014-3', 'mofcom-order-2009-5', 'repeals', '2014-10-06'],
  ['mofcom-order-2017-2', 'mofcom-order-2016-3', 'amends', '2017-07-30'],
  ['mofcom-samr-order-2019-2', 'mofcom-order-2016-3', 'repeals', '2020-01-01'],
  ['ndrc-mofcom-order-2018-18', 'ndrc-mofcom-order-2017-4', 'amends', '2018-07-28'],
  ['ndrc-mofcom-order-2019-27', 'ndrc-mofcom-order-2017-4', 'repeals', '2019-07-30'],
  ['ndrc-mofcom-order-2019-25', 'ndrc-mofcom-order-2018-18', 'repeals', '2019-07-30'],
  ['ndrc-mofcom-order-2020-32', 'ndrc-mofcom-order-2019-25', 'repeals', '2020-07-23'],
  ['ndrc-mofcom-order-2020-38', 'ndrc-mofcom-order-2019-27', 'repeals', '2021-01-27'],
  ['ndrc-mofcom-order-2021-47', 'ndrc-mofcom-order-2020-32', 'repeals', '2022-01-01'],
  ['ndrc-mofcom-order-2022-52', 'ndrc-mofcom-order-2020-38', 'repeals', '2023-01-01'],
  ['ndrc-mofcom-order-2024-23', 'ndrc-mofcom-order-2021-47', 'repeals', '2024-11-01'],
];

/**
 * Real documents, part 2: foreign investment. Sources are named per record and in
 * docs/data/documents-seed.md.
 */
import type { RealDocument } from './real-types.js';

const NDRC_MOFCOM = ['ndrc', 'mofcom'] as const;
const FDI_SITES = ['main', 'wzs'] as const;
const MEMORY =
  'no stored copy was found in this research: number and dates from memory of the official text (发展改革委 商务部令), not re-verified.';

/** One of the foreign-investment catalogues the NDRC and the ministry publish as joint orders. */
function catalogue(
  year: number,
  sequence: number,
  zhTitle: string,
  enTitle: string,
  dates: readonly [string, string, string],
  validity: RealDocument['validity'],
  source: string,
): RealDocument {
  const [writtenOn, publishedOn, effectiveOn] = dates;
  const [y, m, d] = effectiveOn.split('-').map(Number);
  return {
    id: `ndrc-mofcom-order-${year}-${sequence}`,
    fileNumber: `发展改革委 商务部令${year}年第${sequence}号`,
    type: 'order',
    category: 'foreign-investment',
    organs: NDRC_MOFCOM,
    sites: FDI_SITES,
    zh: {
      title: zhTitle,
      summary: zhTitle.includes('负面清单')
        ? '统一列出股权要求、高管要求等外商投资准入方面的特别管理措施；负面清单之外的领域，按照内外资一致原则实施管理。'
        : '列明鼓励和引导外国投资者投资的特定行业、领域和地区，外商投资项目按规定享受相应优惠政策。',
      body: [`《${zhTitle}》现予发布，自${y}年${m}月${d}日起施行。`],
    },
    en: {
      title: enTitle,
      summary: zhTitle.includes('负面清单')
        ? 'Lists the special administrative measures (equity and management requirements) for foreign investment access; outside the list, domestic and foreign investment are treated alike.'
        : 'Lists the industries, fields and regions where foreign investment is encouraged.',
    },
    writtenOn,
    publishedOn,
    effectiveOn,
    validity,
    source,
  };
}

export const REAL_INVESTMENT: readonly RealDocument[] = [
  catalogue(
    2017,
    4,
    '外商投资产业指导目录（2017年修订）',
    'Catalogue of Industries for Guiding Foreign Investment (Revised 2017)',
    ['2017-06-28', '2017-06-28', '2017-07-28'],
    'repealed',
    `Number (发改委2017年第4号令) and text: https://chinese-bridge.com/wanboguanwangmanbetx/zcfg/info_21.aspx?itemid=757&lcid=4 (posted 2017-07-06). Its restrictive part was replaced by the 2018 negative list and its encouraged part by the 2019 encouraged catalogue: https://www.lantai.cn/news_view.aspx?nid=2&typeid=5&id=818. Dates: ${MEMORY}`,
  ),
  catalogue(
    2018,
    18,
    '外商投资准入特别管理措施（负面清单）（2018年版）',
    'Special Administrative Measures (Negative List) for Foreign Investment Access (2018 Edition)',
    ['2018-06-28', '2018-06-28', '2018-07-28'],
    'repealed',
    `Successive negative lists 2017–2021: https://epaper.cs.com.cn/zgzqb/html/2024-09/09/nw.D110000zgzqb_20240909_3-A01.htm. ${MEMORY}`,
  ),
  catalogue(
    2019,
    25,
    '外商投资准入特别管理措施（负面清单）（2019年版）',
    'Special Administrative Measures (Negative List) for Foreign Investment Access (2019 Edition)',
    ['2019-06-30', '2019-06-30', '2019-07-30'],
    'repealed',
    `Replaced by the 2020 edition ("同名文件2019版同时废止"): https://scholarmate.com/S/ea3iNC. ${MEMORY}`,
  ),
  catalogue(
    2019,
    27,
    '鼓励外商投资产业目录（2019年版）',
    'Catalogue of Industries for Encouraging Foreign Investment (2019 Edition)',
    ['2019-06-30', '2019-06-30', '2019-07-30'],
    'repealed',
    `First encouraged catalogue, merging the encouraged part of the guiding catalogue and the central-western catalogue: https://www.lantai.cn/news_view.aspx?nid=2&typeid=5&id=818. ${MEMORY}`,
  ),
  catalogue(
    2020,
    32,
    '外商投资准入特别管理措施（负面清单）（2020年版）',
    'Special Administrative Measures (Negative List) for Foreign Investment Access (2020 Edition)',
    ['2020-06-23', '2020-06-23', '2020-07-23'],
    'repealed',
    `Published 2020-06-23, replacing the 2019 edition: https://scholarmate.com/S/ea3iNC. Order number and effective date: ${MEMORY}`,
  ),
  catalogue(
    2020,
    38,
    '鼓励外商投资产业目录（2020年版）',
    'Catalogue of Industries for Encouraging Foreign Investment (2020 Edition)',
    ['2020-12-27', '2020-12-27', '2021-01-27'],
    'repealed',
    `In force from 2021-01-27: https://www.lantai.cn/news_view.aspx?nid=2&typeid=5&id=818. Order number and publication date: ${MEMORY}`,
  ),
  catalogue(
    2021,
    47,
    '外商投资准入特别管理措施（负面清单）（2021年版）',
    'Special Administrative Measures (Negative List) for Foreign Investment Access (2021 Edition)',
    ['2021-12-27', '2021-12-27', '2022-01-01'],
    'repealed',
    `Repealed by the 2024 edition: http://gpccc.cn/最新动态/detail?id=24014. Order number and dates: ${MEMORY}`,
  ),
  catalogue(
    2022,
    52,
    '鼓励外商投资产业目录（2022年版）',
    'Catalogue of Industries for Encouraging Foreign Investment (2022 Edition)',
    ['2022-10-26', '2022-10-26', '2023-01-01'],
    'in-force',
    `Draft of 2022-05-10 described at https://www.lantai.cn/news_view.aspx?nid=2&typeid=5&id=818. ${MEMORY} Later editions not checked.`,
  ),
  catalogue(
    2024,
    23,
    '外商投资准入特别管理措施（负面清单）（2024年版）',
    'Special Administrative Measures (Negative List) for Foreign Investment Access (2024 Edition)',
    ['2024-09-06', '2024-09-08', '2024-11-01'],
    'in-force',
    'Order 第23号 published 2024-09-08, effective 2024-11-01, repealing the 2021 edition: http://gpccc.cn/最新动态/detail?id=24014 and China Securities Journal, https://epaper.cs.com.cn/zgzqb/html/2024-09/09/nw.D110000zgzqb_20240909_3-A01.htm; signed 2024-09-06: http://lnedubook.cn/anquanshipanpeizimenhuwang/61191.html.',
  ),
  {
    id: 'ndrc-mofcom-order-2020-37',
    fileNumber: '发展改革委 商务部令2020年第37号',
    type: 'order',
    category: 'foreign-investment',
    organs: NDRC_MOFCOM,
    sites: FDI_SITES,
    zh: {
      title: '外商投资安全审查办法',
      summary:
        '建立外商投资安全审查工作机制，明确申报范围、审查程序和决定，对影响或者可能影响国家安全的外商投资进行安全审查。',
      body: ['《外商投资安全审查办法》现予公布，自2021年1月18日起施行。'],
    },
    en: {
      title: 'Measures for the Security Review of Foreign Investment',
      summary:
        'A working mechanism, the scope of mandatory filing, review procedures and decisions for foreign investment that affects or may affect national security.',
    },
    writtenOn: '2020-12-19',
    publishedOn: '2020-12-19',
    effectiveOn: '2021-01-18',
    validity: 'in-force',
    source:
      'Published 2020-12-19 (https://www.hanspub.org/journal/paperinformation?paperid=78786), in force 2021-01-18, as 发展改革委 商务部令2020年第37号 at http://www.mofcom.gov.cn/article/b/f/202012/20201203024662.shtml (cited by http://jp.wuyou-consulting.com/news_view.aspx?fid=t2%3A28%3A2&id=468&typeid=28).',
  },
  {
    id: 'mofcom-order-2006-10',
    fileNumber:
      '商务部 国务院国有资产监督管理委员会 国家税务总局 国家工商行政管理总局 中国证券监督管理委员会 国家外汇管理局令2006年第10号',
    type: 'order',
    category: 'foreign-investment',
    organs: ['mofcom', 'sasac', 'sat', 'saic', 'csrc', 'safe'],
    sites: FDI_SITES,
    zh: {
      title: '关于外国投资者并购境内企业的规定',
      summary:
        '规范外国投资者以股权并购、资产并购方式并购境内企业设立外商投资企业的审批、登记和外汇管理，以及以股权作为支付手段的并购。',
      body: [
        '《外国投资者并购境内企业暂行规定》已由中华人民共和国商务部第7次部务会议修订通过，现将修订后的《关于外国投资者并购境内企业的规定》公布，自2006年9月8日起施行。',
        '# 第一章 总则',
        '第一条 为了促进和规范外国投资者来华投资，引进国外的先进技术和管理经验，提高利用外资的水平，实现资源的合理配置，保证就业、维护公平竞争和国家经济安全，依据外商投资企业的法律、行政法规及《公司法》和其他相关法律、行政法规，制定本规定。',
      ],
    },
    en: {
      title:
        'Provisions on the Merger and Acquisition of Domestic Enterprises by Foreign Investors',
      summary:
        'Approval, registration and foreign-exchange rules for share and asset acquisitions of domestic enterprises by foreign investors.',
    },
    writtenOn: '2006-08-08',
    publishedOn: '2006-08-08',
    effectiveOn: '2006-09-08',
    validity: 'amended',
    source:
      'Joint order of six organs, 二OO六年第10号, signed 2006-08-08, in force 2006-09-08: http://148guquan.com/gsgqzr/wzqy/62.html and http://bycpa.com/b5/html/news/200810/347.html (often cited in short as 商务部令2006年第10号). Amended by 商务部令2009年第6号 (see that record).',
  },
  {
    id: 'mofcom-order-2009-6',
    fileNumber: '商务部令2009年第6号',
    type: 'order',
    category: 'foreign-investment',
    organs: ['mofcom'],
    sites: FDI_SITES,
    zh: {
      title: '关于修改《关于外国投资者并购境内企业的规定》的决定',
      summary:
        '为与《反垄断法》和《国务院关于经营者集中申报标准的规定》相一致，删除第五章“反垄断审查”，在附则中新增经营者集中事先申报的规定，并作相应文字修改。',
      body: [
        '为保证《关于外国投资者并购境内企业的规定》与《反垄断法》和《国务院关于经营者集中申报标准的规定》相一致，对《关于外国投资者并购境内企业的规定》作如下修改：',
        '一、删除第五章“反垄断审查”，在“附则”中新增一条作为第五十一条，表述为：“依据《反垄断法》的规定，外国投资者并购境内企业达到《国务院关于经营者集中申报标准的规定》规定的申报标准的，应当事先向商务部申报，未申报不得实施交易。”此后条文、章节顺序依次调整。',
      ],
    },
    en: {
      title:
        'Decision on Amending the Provisions on the Merger and Acquisition of Domestic Enterprises by Foreign Investors',
      summary:
        'Deletes the chapter on anti-monopoly review and requires prior notification of concentrations that meet the State Council thresholds.',
    },
    writtenOn: '2009-06-22',
    publishedOn: '2009-06-22',
    effectiveOn: '2009-06-22',
    validity: 'in-force',
    source:
      'Bilingual text dated 22 June 2009: https://www.xiaomilidoc.com/p-1064143.html. Not verified: the effective date (taken as the date of the decision).',
  },
  {
    id: 'mofcom-order-2016-3',
    fileNumber: '商务部令2016年第3号',
    type: 'order',
    category: 'foreign-investment',
    organs: ['mofcom'],
    sites: FDI_SITES,
    zh: {
      title: '外商投资企业设立及变更备案管理暂行办法',
      summary: '不涉及国家规定实施准入特别管理措施的外商投资企业设立及变更，由审批改为备案管理。',
      body: ['《外商投资企业设立及变更备案管理暂行办法》现予公布，自公布之日起施行。'],
    },
    en: {
      title:
        'Interim Administrative Measures for the Record-Filing of the Incorporation and Change of Foreign-Funded Enterprises',
      summary:
        'Foreign-funded enterprises outside the special administrative measures are filed instead of approved.',
    },
    writtenOn: '2016-10-08',
    publishedOn: '2016-10-08',
    effectiveOn: '2016-10-08',
    validity: 'repealed',
    source:
      'Amended by 商务部令2017年第2号, http://www.fdi.gov.cn/1800000121_39_4869_0_7.html; its record-filing replaced by information reporting from 2020-01-01 (商务部公告2019年第62号, http://xabzw.com). Dates: from memory of the official text, not re-verified.',
  },
  {
    id: 'mofcom-order-2017-2',
    fileNumber: '商务部令2017年第2号',
    type: 'order',
    category: 'foreign-investment',
    organs: ['mofcom'],
    sites: FDI_SITES,
    zh: {
      title: '商务部关于修改《外商投资企业设立及变更备案管理暂行办法》的决定',
      summary:
        '不涉及特别管理措施和关联并购的外国投资者并购境内非外商投资企业以及对上市公司实施战略投资，纳入备案管理范围。',
      body: [
        '《商务部关于修改〈外商投资企业设立及变更备案管理暂行办法〉的决定》已经商务部第101次部务会议审议通过，现予公布，自公布之日起施行。',
      ],
    },
    en: {
      title:
        'Decision on Revising the Interim Administrative Measures for the Record-Filing of the Incorporation and Change of Foreign-Funded Enterprises',
      summary:
        'Brings acquisitions of domestic enterprises and strategic investment in listed companies by foreign investors under record-filing.',
    },
    writtenOn: '2017-07-30',
    publishedOn: '2017-07-30',
    effectiveOn: '2017-07-30',
    validity: 'expired',
    source:
      'Decree No. 2, 2017 of MOFCOM, 2017-07-30, adopted at the 101st executive meeting, effective on promulgation: http://www.fdi.gov.cn/1800000121_39_4869_0_7.html. Shown as expired since the measures it amended were repealed (an inference, not a published status).',
  },
  {
    id: 'mofcom-samr-order-2019-2',
    fileNumber: '商务部 市场监管总局令2019年第2号',
    type: 'order',
    category: 'foreign-investment',
    organs: ['mofcom', 'samr'],
    sites: FDI_SITES,
    zh: {
      title: '外商投资信息报告办法',
      summary:
        '依据《外商投资法》建立外商投资信息报告制度：外国投资者或者外商投资企业通过企业登记系统和国家企业信用信息公示系统报送初始、变更、注销和年度报告。',
      body: ['《外商投资信息报告办法》现予公布，自2020年1月1日起施行。'],
    },
    en: {
      title: 'Measures for Reporting Foreign Investment Information',
      summary:
        'Initial, change, deregistration and annual reports of foreign investors and foreign-funded enterprises under the Foreign Investment Law.',
    },
    writtenOn: '2019-12-30',
    publishedOn: '2019-12-30',
    effectiveOn: '2020-01-01',
    validity: 'in-force',
    source:
      'Named in 商务部公告2019年第62号, http://xabzw.com (see that record). Number and dates: from memory of the official text, not re-verified.',
  },
  {
    id: 'mofcom-announcement-2019-62',
    fileNumber: '商务部公告2019年第62号',
    type: 'announcement',
    category: 'foreign-investment',
    organs: ['mofcom'],
    sites: FDI_SITES,
    zh: {
      title: '关于外商投资信息报告有关事项的公告',
      summary:
        '落实外商投资信息报告制度，明确初始报告、变更报告、年度报告的报送方式以及相关部门间的信息共享。',
      body: [
        '为贯彻落实党中央、国务院扩大对外开放、促进外商投资的决策部署，建设更高水平开放型经济新体制，全面推进外商投资管理体系和管理能力现代化，落实外商投资信息报告制度，做好《外商投资信息报告办法》实施工作，引导外国投资者及外商投资企业便捷、准确报告投资信息，现就有关事项公告如下：',
        '一、外国投资者直接在中国境内投资设立公司、合伙企业的，外国（地区）企业在中国境内从事生产经营活动的，外国（地区）企业在中国境内设立从事生产经营活动的常驻代表机构等，应按照《外商投资信息报告办法》的规定，通过企业登记系统在线提交初始报告、变更报告，通过国家企业信用信息公示系统在线提交年度报告。',
      ],
    },
    en: {
      title: 'Announcement on Matters Relating to the Reporting of Foreign Investment Information',
      summary:
        'How initial, change and annual reports are submitted, and what the authorities share with each other.',
    },
    writtenOn: '2019-12-31',
    publishedOn: '2019-12-31',
    effectiveOn: '2020-01-01',
    validity: 'in-force',
    source:
      'Text: http://xabzw.com/商务部公告2019年第62号 and a copy dated 2020-01-03, http://nasir-english.com/xxgk/zzjg/zfjg/qysswj/tzgga/content/post_977082.html. Not verified: the exact date (2019-12-31 from memory).',
  },
];

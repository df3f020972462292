/**
 * Real documents, part 1: domestic trade, foreign trade and State Council regulations.
 * Sources are named per record and in docs/data/documents-seed.md.
 */
import type { RealDocument } from './real-types.js';

const PROMULGATED = (title: string, on: string) => `《${title}》现予公布，自${on}起施行。`;

export const REAL_TRADE: readonly RealDocument[] = [
  {
    id: 'mofcom-order-2004-14',
    fileNumber: '商务部令2004年第14号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['mofcom'],
    sites: ['main', 'wms'],
    zh: {
      title: '对外贸易经营者备案登记办法',
      summary:
        '依据《中华人民共和国对外贸易法》第九条制定，规定从事货物进出口或者技术进出口的对外贸易经营者应当向商务部或者其委托的机构办理备案登记；未按规定办理备案登记的，海关不予办理进出口货物的报关验放手续。',
      body: [
        PROMULGATED('对外贸易经营者备案登记办法', '2004年7月1日'),
        '第一条 为促进对外贸易发展，根据《中华人民共和国对外贸易法》（以下简称《外贸法》）第九条的有关规定，制定本办法。',
        '第二条 从事货物进出口或者技术进出口的对外贸易经营者，应当向中华人民共和国商务部（以下简称商务部）或商务部委托的机构办理备案登记；但是，法律、行政法规和商务部规定不需要备案登记的除外。',
        '第三条 商务部是全国对外贸易经营者备案登记工作的主管部门。',
      ],
    },
    en: {
      title: 'Measures for the Record-Filing and Registration of Foreign Trade Operators',
      summary:
        'Foreign trade operators importing or exporting goods or technology file a record with the Ministry of Commerce or an authority it appoints; customs do not clear the goods of an operator that has not.',
    },
    writtenOn: '2004-06-25',
    publishedOn: '2004-06-25',
    effectiveOn: '2004-07-01',
    validity: 'in-force',
    source:
      'English text with promulgation date 2004-06-25 and effective date 2004-07-01: enread.com, http://enread.com/job/law/35646.html. Not verified: its status after the 2022 amendment of the Foreign Trade Law removed the registration requirement (shown as in force).',
  },
  {
    id: 'mofcom-mps-order-2005-8',
    fileNumber: '商务部 公安部令2005年第8号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['mofcom', 'mps'],
    sites: ['main', 'ltfzs'],
    zh: {
      title: '典当管理办法',
      summary:
        '规范典当行为，明确典当行的设立、变更和终止，典当经营范围、当金利率和综合费用，以及商务主管部门的监督管理和公安机关的治安管理。',
      body: [
        '《典当管理办法》已经商务部部务会议审议通过，并经公安部同意，现予公布，自2005年4月1日起施行。',
        '# 第一章 总则',
        '第一条 为规范典当行为，加强监督管理，促进典当业规范发展，根据有关法律规定，制定本办法。',
        '第二条 在中华人民共和国境内设立典当行，从事典当活动，适用本办法。',
        '第三条 本办法所称典当，是指当户将其动产、财产权利作为当物质押或者将其房地产作为当物抵押给典当行，交付一定比例费用，取得当金，并在约定期限内支付当金利息、偿还当金、赎回当物的行为。',
        '第四条 商务主管部门对典当业实施监督管理，公安机关对典当业进行治安管理。',
      ],
    },
    en: {
      title: 'Measures for the Administration of Pawning',
      summary:
        'Rules on pawnshops: their establishment, business scope, interest and fees, supervision by commerce departments and public-security administration by the police.',
    },
    writtenOn: '2005-02-09',
    publishedOn: '2005-02-09',
    effectiveOn: '2005-04-01',
    validity: 'in-force',
    source:
      'Text and effective date 2005-04-01: copy of the ministry page (商务部 公安部2005年第8号令), https://m.tripcoinc.com/zwgk/wjk/zcfgk/content/post_2532440.html; cited as 商务部、公安部令2005年第8号 in 商流通发〔2012〕423号, http://bjrcscbwh.cn/law/law_view.asp?id=403985. Not verified: the signing date (2005-02-09, from memory of the official text).',
  },
  {
    id: 'mofcom-notice-2012-423',
    fileNumber: '商流通发〔2012〕423号',
    type: 'notice',
    category: 'domestic-trade',
    organs: ['mofcom'],
    sites: ['ltfzs', 'main'],
    zh: {
      title: '商务部关于印发《典当行业监管规定》的通知',
      summary:
        '为完善典当业监管制度、防范行业风险，商务部依据《典当管理办法》制定《典当行业监管规定》，印发各省级商务主管部门贯彻实施。',
      body: [
        '各省、自治区、直辖市、计划单列市及新疆生产建设兵团商务主管部门：',
        '为进一步完善典当业监管制度，提升典当业监管水平，切实保证典当业规范经营，防范行业风险，促进典当业健康有序发展，根据《典当管理办法》（商务部、公安部令2005年第8号）及有关法律法规，我部制定了《典当行业监管规定》，现印发给你们，请认真贯彻实施。',
        '商务部',
        '2012年12月5日',
        '# 典当行业监管规定',
        '# 第一章 总则',
        '第一条 为进一步提高典当行业监管工作水平，规范典当企业经营行为，促进典当行业健康持续发展，充分发挥典当行业在社会经济发展中的作用，依据《典当管理办法》（商务部、公安部令2005年第8号）及有关法律法规，制定本规定。',
      ],
    },
    en: {
      title:
        'Notice of the Ministry of Commerce on Issuing the Provisions on the Supervision of the Pawn Industry',
      summary:
        'Issues the Provisions on the Supervision of the Pawn Industry, made under the Measures for the Administration of Pawning, to the provincial commerce departments.',
    },
    writtenOn: '2012-12-05',
    publishedOn: '2012-12-05',
    effectiveOn: null,
    validity: 'in-force',
    source:
      'Text and date 2012-12-05: copy of the notice, http://bjrcscbwh.cn/law/law_view.asp?id=403985. Not verified: the date of publication online (the date of the document is given).',
  },
  {
    id: 'mofcom-order-2012-9',
    fileNumber: '商务部令2012年第9号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['mofcom'],
    sites: ['main', 'scyxs'],
    zh: {
      title: '单用途商业预付卡管理办法（试行）',
      summary:
        '首次针对单用途商业预付卡业务发布的部门规章：发卡企业实行备案管理，细化实名购卡、非现金购卡、限额发行制度，建立预收资金存管制度和单用途商业预付卡业务信息系统。',
      body: [PROMULGATED('单用途商业预付卡管理办法（试行）', '2012年11月1日')],
    },
    en: {
      title:
        'Measures for the Administration of Single-Purpose Commercial Prepaid Cards (for Trial Implementation)',
      summary:
        'Record-filing of card issuers, real-name and non-cash purchase, issuing limits and custody of prepaid funds.',
    },
    writtenOn: '2012-09-21',
    publishedOn: '2012-09-21',
    effectiveOn: '2012-11-01',
    validity: 'in-force',
    source:
      'Release 2012-09-21 and effective date 2012-11-01: gov.cn, http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2012-09/27/content_2234633.htm; number 商务部2012年第9号令: https://www.lilvbiao.com/tag/15112. Not verified: later amendments (shown as in force).',
  },
  {
    id: 'mofcom-order-2019-1',
    fileNumber: '商务部令2019年第1号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['mofcom'],
    sites: ['main', 'tfs'],
    zh: {
      title: '商务部关于废止和修改部分规章的决定',
      summary:
        '为深化“放管服”改革，商务部对有关规章进行清理：废止《对外劳务合作经营资格管理办法》《外商投资国际货物运输代理企业管理办法》两部规章，修改《拍卖管理办法》等10部规章。',
      body: [
        '《商务部关于废止和修改部分规章的决定》已经2019年11月1日商务部第19次部务会议审议通过，现予公布。',
      ],
    },
    en: {
      title: 'MOFCOM Decision to Abolish and Modify Some Regulations',
      summary:
        'Abolishes two regulations (on foreign labour cooperation qualifications and on foreign-invested international freight forwarders) and amends ten, among them the Administrative Measures for Auction.',
    },
    writtenOn: '2019-11-30',
    publishedOn: '2019-11-30',
    effectiveOn: null,
    validity: 'in-force',
    source:
      'MOFCOM English site, http://english.mofcom.gov.cn/article/policyrelease/announcement/202001/20200102930420.shtml (dated 2019-11-30, adopted 2019-11-01). Not verified: the effective date.',
  },
  {
    id: 'state-council-order-485',
    fileNumber: '国务院令第485号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['state-council'],
    sites: ['main'],
    zh: {
      title: '商业特许经营管理条例',
      summary: '规范商业特许经营活动的行政法规：特许人的条件和备案、信息披露、合同要求及法律责任。',
      body: [PROMULGATED('商业特许经营管理条例', '2007年5月1日')],
    },
    en: {
      title: 'Regulations on the Administration of Commercial Franchising',
      summary:
        'Conditions and record-filing of franchisors, disclosure of information, franchise contracts and liabilities.',
    },
    writtenOn: '2007-02-06',
    publishedOn: '2007-02-06',
    effectiveOn: '2007-05-01',
    validity: 'in-force',
    source:
      'Order text (adopted at the 167th executive meeting of the State Council on 2007-01-31, signed 2007-02-06, in force 2007-05-01): http://cunguan.youth.cn/flfg/201010/t20101022_1378567.htm and http://db.cye.com.cn/edu/20070408013203.htm.',
  },
  {
    id: 'mofcom-order-2007-15',
    fileNumber: '商务部令2007年第15号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['mofcom'],
    sites: ['main', 'scjss'],
    zh: {
      title: '商业特许经营备案管理办法',
      summary:
        '根据《商业特许经营管理条例》制定，规定商务部和省级商务主管部门为备案机关、备案实行全国联网，以及特许人申请备案应当提交的材料。',
      body: [
        '《商业特许经营备案管理办法》已于2007年4月6日经中华人民共和国商务部第六次部务会讨论通过，现予以公布，自2007年5月1日起施行。',
        '第一条 为加强对商业特许经营活动的管理，规范特许经营市场秩序，根据《商业特许经营管理条例》（以下简称《条例》）的有关规定，制定本办法。',
        '第二条 在中华人民共和国境内（以下简称中国境内）从事商业特许经营活动，适用本办法。',
      ],
    },
    en: {
      title: 'Administrative Measures for the Record-Filing of Commercial Franchises (2007)',
      summary:
        'Record-filing authorities, the national online filing system and the documents a franchisor files.',
    },
    writtenOn: '2007-04-30',
    publishedOn: '2007-04-30',
    effectiveOn: '2007-05-01',
    validity: 'repealed',
    source:
      'Text, adopted 2007-04-06, signed 2007-04-30, in force 2007-05-01: http://law963.infoeach.com/view-OTYzfDgyNzk4.html; repealed by 商务部令2011年第5号: http://heb-h5.kuaiban.com/l_zizhi/xingzheng/210105002002802.html.',
  },
  {
    id: 'mofcom-order-2011-5',
    fileNumber: '商务部令2011年第5号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['mofcom'],
    sites: ['main', 'scjss'],
    zh: {
      title: '商业特许经营备案管理办法',
      summary:
        '修订后的商业特许经营备案管理办法，共21条，自2012年2月1日起施行；2007年4月30日发布的《商业特许经营备案管理办法》（商务部令2007年第15号）同时废止。',
      body: [
        '《商业特许经营备案管理办法》已经2011年11月7日商务部第56次部务会议审议通过，现予发布，自2012年2月1日起施行。',
      ],
    },
    en: {
      title: 'Administrative Measures for the Record-Filing of Commercial Franchises (2011)',
      summary:
        'The revised record-filing measures, 21 articles, in force from 1 February 2012, repealing those of 2007.',
    },
    writtenOn: '2011-12-12',
    publishedOn: '2011-12-12',
    effectiveOn: '2012-02-01',
    validity: 'in-force',
    source:
      'Adopted 2011-11-07, issued 2011-12-12 as 商务部令第5号, 21 articles, in force 2012-02-01, repealing 商务部令2007年第15号: http://heb-h5.kuaiban.com/l_zizhi/xingzheng/210105002002802.html.',
  },
  {
    id: 'state-council-order-443',
    fileNumber: '国务院令第443号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['state-council'],
    sites: ['main'],
    zh: {
      title: '直销管理条例',
      summary:
        '规范直销行为的行政法规：直销企业及其分支机构的设立和变更、直销员的招募和培训、直销活动、保证金及监督管理。',
      body: [PROMULGATED('直销管理条例', '2005年12月1日')],
    },
    en: {
      title: 'Regulations on the Administration of Direct Selling',
      summary:
        'Licensing of direct-selling companies, recruitment and training of sales staff, deposits and supervision.',
    },
    writtenOn: '2005-08-23',
    publishedOn: '2005-08-23',
    effectiveOn: '2005-12-01',
    validity: 'in-force',
    source:
      'Order 第443号 signed by the Premier, in force 2005-12-01 (Guangming Daily, 2005-09-03): https://neamco.com/01gmrb/2005-09/03/content_299763.htm; published 2005-08-23 and amended by the State Council decision of 2017-03-01 (not in this corpus, so shown as in force): http://zhixiaotianxia.cn/?m=content&c=index&a=show&catid=251&id=5664.',
  },
  {
    id: 'state-council-order-715',
    fileNumber: '国务院令第715号',
    type: 'order',
    category: 'domestic-trade',
    organs: ['state-council'],
    sites: ['main', 'ltfzs'],
    zh: {
      title: '报废机动车回收管理办法',
      summary:
        '规范报废机动车回收活动：回收企业资质认定、回收拆解要求、“五大总成”再制造利用及监督管理。',
      body: [PROMULGATED('报废机动车回收管理办法', '2019年6月1日')],
    },
    en: {
      title: 'Measures for the Administration of the Recycling of End-of-Life Motor Vehicles',
      summary:
        'Qualification of recycling companies, dismantling and the reuse of the five main assemblies.',
    },
    writtenOn: '2019-04-22',
    publishedOn: '2019-04-22',
    effectiveOn: '2019-06-01',
    validity: 'in-force',
    source:
      'State Council order 国务院令第715号 (its implementing rules are 商务部令2020年第2号: https://www.zhetiaohe.com/ss/7f11a6b7b1b07361eeb34fbea7cf2f87de153697c9cdb11122c56999f9c1e3ee8a1120df8465fab03fed903f55e504bbcce11d596d7bd15b5cec0db548d3c4ce39950949117b8f2760d4c3d37db5a26b.html). Not verified: the dates (2019-04-22, in force 2019-06-01, from memory of the official text).',
  },
  {
    id: 'state-council-order-328',
    fileNumber: '国务院令第328号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['state-council'],
    sites: ['main', 'trb'],
    zh: {
      title: '中华人民共和国反倾销条例',
      summary:
        '规定倾销与损害的确定、反倾销调查、反倾销措施（临时措施、价格承诺、反倾销税）及其期限与复审。',
      body: [PROMULGATED('中华人民共和国反倾销条例', '2002年1月1日')],
    },
    en: {
      title: 'Regulations of the PRC on Anti-Dumping',
      summary:
        'Determination of dumping and injury, investigations, provisional measures, price undertakings, anti-dumping duties and reviews.',
    },
    writtenOn: '2001-11-26',
    publishedOn: '2001-11-26',
    effectiveOn: '2002-01-01',
    validity: 'amended',
    source:
      'Promulgated 2001-11-26, in force 2002-01-01: China Law & Practice, https://www.chinalawandpractice.com/2002/01/31/prc-anti-dumping-regulations. Amended by 国务院令第401号 (see that record).',
  },
  {
    id: 'state-council-order-401',
    fileNumber: '国务院令第401号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['state-council'],
    sites: ['main', 'trb'],
    zh: {
      title: '国务院关于修改《中华人民共和国反倾销条例》的决定',
      summary:
        '根据2004年修订的《中华人民共和国对外贸易法》和政府机构改革，将反倾销调查的主管机关调整为商务部，并相应修改条例有关条款。',
      body: ['国务院决定对《中华人民共和国反倾销条例》作如下修改。本决定自2004年6月1日起施行。'],
    },
    en: {
      title: 'Decision of the State Council on Amending the Regulations of the PRC on Anti-Dumping',
      summary:
        'Makes the Ministry of Commerce the investigating authority and amends the regulations accordingly.',
    },
    writtenOn: '2004-03-31',
    publishedOn: '2004-03-31',
    effectiveOn: '2004-06-01',
    validity: 'in-force',
    source:
      'The amended regulations in force from 2004-06-01: http://www.hjuga.com/20250108/1/1314250. Not verified: the number 第401号 and the date of the decision (2004-03-31), from memory of the official text.',
  },
  {
    id: 'state-council-order-332',
    fileNumber: '国务院令第332号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['state-council'],
    sites: ['main', 'wms'],
    zh: {
      title: '中华人民共和国货物进出口管理条例',
      summary:
        '规定货物进出口的禁止、限制（配额、许可证）和自由进出口管理，国营贸易和指定经营，进出口监测和临时措施。',
      body: [PROMULGATED('中华人民共和国货物进出口管理条例', '2002年1月1日')],
    },
    en: {
      title: 'Regulations of the PRC on the Administration of the Import and Export of Goods',
      summary:
        'Prohibited, restricted (quota, licence) and free import and export of goods, state trading and monitoring.',
    },
    writtenOn: '2001-12-10',
    publishedOn: '2001-12-10',
    effectiveOn: '2002-01-01',
    validity: 'in-force',
    source:
      'Adopted 2001-10-31, published by 国务院令第332号 on 2001-12-10, in force 2002-01-01: Inner Mongolia government procurement site, https://www.ccgp-neimenggu.gov.cn/docs/中华人民共和国货物进出口管理条例.',
  },
  {
    id: 'state-council-order-792',
    fileNumber: '国务院令第792号',
    type: 'order',
    category: 'foreign-trade',
    organs: ['state-council'],
    sites: ['main', 'cys'],
    zh: {
      title: '中华人民共和国两用物项出口管制条例',
      summary:
        '根据《中华人民共和国出口管制法》制定，共6章50条：取消两用物项出口经营者登记制度，细化许可便利措施，严格最终用户和最终用途管理，细化管控名单并建立关注名单制度。',
      body: [
        PROMULGATED('中华人民共和国两用物项出口管制条例', '2024年12月1日'),
        '# 第一章 总则',
        '第一条 为了维护国家安全和利益，履行防扩散等国际义务，加强和规范两用物项出口管制，根据《中华人民共和国出口管制法》（以下简称出口管制法）等法律，制定本条例。',
        '第二条 国家对两用物项的出口管制，适用本条例。',
        '本条例所称两用物项，是指既有民事用途，又有军事用途或者有助于提升军事潜力，特别是可以用于设计、开发、生产或者使用大规模杀伤性武器及其运载工具的货物、技术和服务，包括相关的技术资料等数据。',
      ],
    },
    en: {
      title: 'Regulations of the PRC on the Export Control of Dual-Use Items',
      summary:
        'Made under the Export Control Law: 6 chapters, 50 articles; abolishes the registration of dual-use exporters, details licence facilitation, end-user and end-use controls, the control list and a new watch list.',
    },
    writtenOn: '2024-10-19',
    publishedOn: '2024-10-19',
    effectiveOn: '2024-12-01',
    validity: 'in-force',
    source:
      'Text (Xinhua, 2024-10-19): http://orisbrush.com/news/guonei/2024-10-19/1502484.html; effective 2024-12-01 and 6 chapters 50 articles: http://www.wuasc.cn/page153?article_id=3695. The order number 第792号 is the one the issue gives; not verified: the signing date (the date of publication is given).',
  },
];

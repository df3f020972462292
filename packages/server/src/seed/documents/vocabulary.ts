/**
 * The words generated documents are made of, per policy category: subjects (Chinese and
 * English), the issuer codes of the ministry's departments that issue them, and the sites that
 * publish them. The subjects carry the two-character terms people search for (外资, 备案, 典当,
 * 商贸, 出口…), so a search on them has real matches.
 */

/** The four categories of the reference distribution, with their counts there. */
export const CATEGORY_COUNTS = {
  'domestic-trade': 459,
  'foreign-trade': 1360,
  'foreign-investment': 448,
  'international-cooperation': 356,
} as const;
export type Category = keyof typeof CATEGORY_COUNTS;
export const CATEGORIES = Object.keys(CATEGORY_COUNTS) as Category[];

/** Issues of the periodical bulletin (文告) in the reference data. */
export const BULLETIN_COUNT = 454;

/** A subject: what a document is about, in Chinese and English. */
export type Subject = readonly [zh: string, en: string];

export interface CategoryVocabulary {
  readonly subjects: readonly Subject[];
  /** Issuer codes of 发 (notices, opinions), 函 (letters) and 批 (replies), ministry-wide. */
  readonly fa: readonly string[];
  readonly han: readonly string[];
  readonly pi: readonly string[];
  /** Codes of the former Ministry of Foreign Trade and Economic Cooperation (before 2003). */
  readonly moftec: readonly string[];
  /** Department sites' focus (registry) that publish the category. */
  readonly focus: readonly string[];
  /** Organs that issue jointly with the ministry in this category. */
  readonly partners: readonly string[];
  /** A typical addressee line. */
  readonly addressee: string;
}

const PROVINCES_ADDRESSEE = '各省、自治区、直辖市、计划单列市及新疆生产建设兵团商务主管部门：';

export const VOCABULARY: Readonly<Record<Category, CategoryVocabulary>> = {
  'domestic-trade': {
    subjects: [
      ['典当行业监管', 'the supervision of the pawn industry'],
      ['典当行年审', 'the annual review of pawnshops'],
      ['拍卖行业管理', 'the administration of auctions'],
      ['商贸流通标准化', 'standardisation in commerce and distribution'],
      ['商贸物流发展', 'the development of commercial logistics'],
      ['农产品批发市场建设', 'the building of wholesale markets for farm produce'],
      ['单用途商业预付卡备案', 'the record-filing of single-purpose prepaid cards'],
      ['二手车流通', 'the circulation of used cars'],
      ['报废机动车回收', 'the recycling of end-of-life vehicles'],
      ['再生资源回收体系建设', 'the building of a recycling system for renewable resources'],
      ['成品油流通管理', 'the administration of refined oil distribution'],
      ['商业特许经营备案', 'the record-filing of commercial franchising'],
      ['直销行业管理', 'the administration of direct selling'],
      ['家政服务业发展', 'the development of domestic services'],
      ['餐饮业高质量发展', 'the high-quality development of catering'],
      ['中华老字号保护', 'the protection of China Time-honoured Brands'],
      ['步行街改造提升', 'the upgrading of pedestrian streets'],
      ['城市一刻钟便民生活圈建设', 'building 15-minute convenience circles in cities'],
      ['县域商业体系建设', 'the building of county-level commerce'],
      ['冷链物流发展', 'the development of cold-chain logistics'],
      ['促进消费', 'promoting consumption'],
      ['汽车以旧换新', 'the trade-in of old cars'],
      ['家电以旧换新', 'the trade-in of household appliances'],
      ['电子商务进农村', 'e-commerce in rural areas'],
      ['零售业创新转型', 'innovation in retail'],
      ['商业保理企业管理', 'the administration of commercial factoring companies'],
      ['融资租赁企业监督管理', 'the supervision of financial leasing companies'],
      ['生活必需品市场供应', 'the supply of daily necessities'],
      ['市场运行监测', 'market monitoring'],
      ['商务诚信体系建设', 'building integrity in commerce'],
    ],
    fa: ['商流通发', '商建发', '商运发', '商秩发', '商财发', '商改发', '商服贸发', '商电发'],
    han: ['商流通函', '商建函', '商运函', '商办流通函', '商办建函', '商办运函', '商秩函'],
    pi: ['商流通批', '商建批'],
    moftec: ['国经贸贸易', '国经贸市场'],
    focus: ['consumption', 'services', 'ecommerce'],
    partners: ['mps', 'mof', 'samr', 'saic', 'ndrc', 'sat', 'mot'],
    addressee: PROVINCES_ADDRESSEE,
  },
  'foreign-trade': {
    subjects: [
      ['出口许可证管理', 'the administration of export licences'],
      ['进口许可证管理', 'the administration of import licences'],
      ['自动进口许可管理', 'automatic import licensing'],
      ['货物出口配额', 'export quotas for goods'],
      ['农产品进口关税配额', 'tariff quotas for agricultural imports'],
      ['加工贸易转型升级', 'upgrading processing trade'],
      ['加工贸易禁止类商品目录', 'the catalogue of goods prohibited in processing trade'],
      ['对外贸易经营者备案登记', 'the record-filing of foreign trade operators'],
      ['两用物项出口管制', 'export control of dual-use items'],
      ['技术进出口合同登记', 'the registration of technology import and export contracts'],
      ['出口商品质量', 'the quality of export goods'],
      ['外贸稳增长', 'stabilising foreign trade growth'],
      ['跨境电子商务综合试验区', 'integrated pilot zones for cross-border e-commerce'],
      ['外贸综合服务企业', 'integrated foreign-trade service companies'],
      ['市场采购贸易方式试点', 'the pilot of market procurement trade'],
      ['服务外包产业发展', 'the development of service outsourcing'],
      ['服务贸易创新发展试点', 'pilots of innovative service trade'],
      ['技术出口管制', 'export control of technology'],
      ['机电产品进口管理', 'the administration of imports of mechanical and electrical products'],
      ['机电产品国际招标', 'international tendering for mechanical and electrical products'],
      ['反倾销调查', 'anti-dumping investigations'],
      ['反补贴调查', 'countervailing investigations'],
      ['保障措施调查', 'safeguard investigations'],
      ['出口信用保险', 'export credit insurance'],
      ['进口贸易促进创新示范区', 'import trade promotion zones'],
      ['边境贸易', 'border trade'],
      ['外贸转型升级基地', 'bases for upgrading foreign trade'],
      ['贸易调整援助', 'trade adjustment assistance'],
      ['出口退税', 'export tax rebates'],
      ['重点商品进出口管理', 'the import and export of key commodities'],
    ],
    fa: ['商贸发', '商产发', '商服贸发', '商贸救发', '商财发', '商规发', '商电发'],
    han: ['商贸函', '商产函', '商服贸函', '商办贸函', '商办产函', '商贸救函'],
    pi: ['商贸批', '商产批'],
    moftec: ['外经贸贸发', '外经贸贸函', '外经贸发', '外经贸机电发'],
    focus: ['trade', 'remedy', 'services'],
    partners: ['gacc', 'mof', 'sat', 'safe', 'ndrc', 'miit'],
    addressee: PROVINCES_ADDRESSEE,
  },
  'foreign-investment': {
    subjects: [
      ['外资企业备案管理', 'the record-filing of foreign-funded enterprises'],
      ['外商投资企业设立审批', 'the approval of foreign-funded enterprises'],
      ['外资并购境内企业', 'acquisitions of domestic enterprises by foreign investors'],
      ['外商投资性公司', 'foreign-funded investment companies'],
      ['外商投资准入负面清单', 'the negative list for foreign investment access'],
      ['外资统计', 'foreign investment statistics'],
      [
        '外商投资企业年度投资经营信息联合报告',
        'the joint annual report of foreign-funded enterprises',
      ],
      ['稳外资', 'stabilising foreign investment'],
      ['国家级经济技术开发区', 'national economic and technological development zones'],
      ['自由贸易试验区', 'pilot free trade zones'],
      ['外商投资企业投诉工作', 'complaints of foreign-funded enterprises'],
      ['外资研发中心', 'foreign-funded R&D centres'],
      ['跨国公司地区总部', 'regional headquarters of multinationals'],
      ['外商投资融资租赁', 'foreign-funded financial leasing'],
      ['外商投资商业领域', 'foreign investment in commerce'],
      [
        '中西部地区承接外资产业转移',
        'central and western regions taking over foreign-funded industries',
      ],
      ['外商投资安全审查', 'the security review of foreign investment'],
      ['外资招商引资', 'attracting foreign investment'],
      ['港澳台投资', 'investment from Hong Kong, Macao and Taiwan'],
      [
        '外资项目进口设备免税确认',
        'duty exemption of equipment imported for foreign-funded projects',
      ],
    ],
    fa: ['商资发', '商外资发', '商财发', '商资规'],
    han: ['商资函', '商办资函', '商资一函'],
    pi: ['商资批', '商外资批'],
    moftec: ['外经贸资发', '外经贸资函', '外经贸资二函'],
    focus: ['investment'],
    partners: ['ndrc', 'samr', 'saic', 'safe', 'sat', 'mof', 'csrc', 'sasac'],
    addressee: PROVINCES_ADDRESSEE,
  },
  'international-cooperation': {
    subjects: [
      ['境外投资备案', 'the record-filing of overseas investment'],
      ['对外承包工程管理', 'the administration of foreign contracted projects'],
      ['对外劳务合作', 'foreign labour service cooperation'],
      ['境外经贸合作区', 'overseas economic and trade cooperation zones'],
      ['对外援助项目管理', 'the administration of foreign aid projects'],
      ['援外培训', 'training under foreign aid'],
      ['“一带一路”经贸合作', 'economic and trade cooperation along the Belt and Road'],
      ['对外投资合作统计', 'statistics of outbound investment and cooperation'],
      ['境外企业安全风险防范', 'the security of overseas enterprises'],
      ['对外投资合作国别（地区）指南', 'country guides for outbound investment'],
      ['自由贸易协定实施', 'the implementation of free trade agreements'],
      ['多双边经贸合作', 'bilateral and multilateral economic cooperation'],
      ['境外中资企业商会', 'chambers of Chinese enterprises abroad'],
      ['对外投资合作企业合规', 'the compliance of outbound investing enterprises'],
      ['区域全面经济伙伴关系协定', 'the Regional Comprehensive Economic Partnership'],
      ['境外经贸纠纷', 'economic disputes abroad'],
    ],
    fa: ['商合发', '商援发', '商财发', '商合规'],
    han: ['商合函', '商办合函', '商援函', '商国际函'],
    pi: ['商合批', '商援批'],
    moftec: ['外经贸合发', '外经贸合函', '外经贸援发'],
    focus: ['cooperation', 'region'],
    partners: ['mofa', 'mof', 'safe', 'ndrc', 'sasac', 'mps'],
    addressee: PROVINCES_ADDRESSEE,
  },
};

/** What a document does about its subject: [Chinese, English (an -ing phrase)]. */
export const ACTIONS: readonly Subject[] = [
  ['进一步做好', 'further improving'],
  ['加强', 'strengthening'],
  ['规范', 'regulating'],
  ['促进', 'promoting'],
  ['推进', 'advancing'],
  ['做好', 'carrying out'],
  ['开展', 'launching'],
  ['调整', 'adjusting'],
  ['完善', 'improving'],
  ['支持', 'supporting'],
];

/** Chinese company-name parts for replies (批复) about one enterprise. */
export const COMPANY_WORDS = [
  '华信',
  '中联',
  '恒通',
  '海丰',
  '金桥',
  '东方',
  '远洋',
  '新纪元',
  '华贸',
  '永盛',
  '长城',
  '瑞丰',
  '天成',
  '国泰',
  '宏达',
  '中兴',
  '万达',
  '嘉禾',
  '通商',
  '盛世',
] as const;
export const COMPANY_TRADES = [
  '贸易',
  '投资',
  '实业',
  '物流',
  '国际经济技术合作',
  '电子商务',
  '商业管理',
  '供应链管理',
] as const;

/** Words and phrases the news templates fill in, in Chinese and English. */
import type { Phrase } from './context.js';

export const PRODUCTS: readonly Phrase[] = [
  { zh: '大豆', en: 'soybeans' },
  { zh: '铁矿砂', en: 'iron ore' },
  { zh: '集成电路', en: 'integrated circuits' },
  { zh: '新能源汽车', en: 'new energy vehicles' },
  { zh: '锂离子蓄电池', en: 'lithium-ion batteries' },
  { zh: '光伏产品', en: 'photovoltaic products' },
  { zh: '葡萄酒', en: 'wine' },
  { zh: '牛肉', en: 'beef' },
  { zh: '鲜榴莲', en: 'fresh durians' },
  { zh: '咖啡豆', en: 'coffee beans' },
  { zh: '棉花', en: 'cotton' },
  { zh: '原油', en: 'crude oil' },
  { zh: '液化天然气', en: 'liquefied natural gas' },
  { zh: '铜精矿', en: 'copper concentrate' },
  { zh: '水产品', en: 'aquatic products' },
  { zh: '家用电器', en: 'household appliances' },
  { zh: '纺织服装', en: 'textiles and garments' },
  { zh: '工程机械', en: 'construction machinery' },
];

/** Products of trade remedy cases. */
export const REMEDY_PRODUCTS: readonly Phrase[] = [
  { zh: '溴丁基橡胶', en: 'bromobutyl rubber' },
  { zh: '聚甲醛共聚物', en: 'polyformaldehyde copolymer' },
  { zh: '丙酸', en: 'propionic acid' },
  { zh: '不锈钢钢坯和不锈钢热轧板/卷', en: 'stainless steel billets and hot-rolled plates/coils' },
  { zh: '苯酚', en: 'phenol' },
  { zh: '乙二醇和二甘醇的单丁醚', en: 'monobutyl ethers of ethylene glycol and diethylene glycol' },
  { zh: '色散位移单模光纤', en: 'dispersion unshifted single-mode optical fibre' },
  { zh: '间甲酚', en: 'm-cresol' },
];

export const REMEDY_STAGES: readonly Phrase[] = [
  { zh: '立案调查', en: 'initiates an anti-dumping investigation' },
  { zh: '反倾销调查初裁', en: 'issues a preliminary anti-dumping ruling' },
  { zh: '反倾销调查终裁', en: 'issues a final anti-dumping ruling' },
  { zh: '期终复审调查', en: 'initiates an expiry review' },
];

/** Partners of trade remedy cases: [中文, English]. */
export const REMEDY_ORIGINS: readonly Phrase[] = [
  { zh: '美国', en: 'the United States' },
  { zh: '欧盟', en: 'the European Union' },
  { zh: '日本', en: 'Japan' },
  { zh: '韩国', en: 'the Republic of Korea' },
  { zh: '印度', en: 'India' },
  { zh: '英国', en: 'the United Kingdom' },
];

/** Recurring trade fairs: name, host city, month, and the year of their first session. */
export interface Fair extends Phrase {
  city: Phrase;
  month: number;
  firstYear: number;
}

export const FAIRS: readonly Fair[] = [
  {
    zh: '中国国际进口博览会',
    en: 'China International Import Expo',
    city: { zh: '上海', en: 'Shanghai' },
    month: 11,
    firstYear: 2018,
  },
  {
    zh: '中国国际服务贸易交易会',
    en: 'China International Fair for Trade in Services',
    city: { zh: '北京', en: 'Beijing' },
    month: 9,
    firstYear: 2012,
  },
  {
    zh: '中国国际消费品博览会',
    en: 'China International Consumer Products Expo',
    city: { zh: '海口', en: 'Haikou' },
    month: 4,
    firstYear: 2021,
  },
  {
    zh: '中国—东盟博览会',
    en: 'China-ASEAN Expo',
    city: { zh: '南宁', en: 'Nanning' },
    month: 9,
    firstYear: 2004,
  },
  {
    zh: '中国国际投资贸易洽谈会',
    en: 'China International Fair for Investment and Trade',
    city: { zh: '厦门', en: 'Xiamen' },
    month: 9,
    firstYear: 1997,
  },
  {
    zh: '中国国际供应链促进博览会',
    en: 'China International Supply Chain Expo',
    city: { zh: '北京', en: 'Beijing' },
    month: 11,
    firstYear: 2023,
  },
  {
    zh: '中国—中东欧国家博览会',
    en: 'China-CEEC Expo',
    city: { zh: '宁波', en: 'Ningbo' },
    month: 5,
    firstYear: 2019,
  },
];

export const POLICIES: readonly Phrase[] = [
  {
    zh: '关于促进服务消费高质量发展的意见',
    en: 'Opinions on Promoting High-Quality Development of Service Consumption',
  },
  {
    zh: '关于推动外贸稳规模优结构的意见',
    en: 'Opinions on Stabilizing the Scale and Optimizing the Structure of Foreign Trade',
  },
  {
    zh: '关于加快内外贸一体化发展的若干措施',
    en: 'Measures to Accelerate the Integration of Domestic and Foreign Trade',
  },
  { zh: '数字商务三年行动计划', en: 'Three-Year Action Plan for Digital Commerce' },
  { zh: '推动消费品以旧换新行动方案', en: 'Action Plan for Trade-ins of Consumer Goods' },
  { zh: '县域商业三年行动计划', en: 'Three-Year Action Plan for County-Level Commerce' },
  {
    zh: '零售业创新提升工程实施方案',
    en: 'Implementation Plan for Retail Innovation and Upgrading',
  },
  {
    zh: '城市一刻钟便民生活圈建设三年行动计划',
    en: 'Three-Year Action Plan for 15-Minute Convenient Living Circles',
  },
  {
    zh: '关于拓展跨境电商出口推进海外仓建设的意见',
    en: 'Opinions on Expanding Cross-Border E-Commerce Exports and Building Overseas Warehouses',
  },
  {
    zh: '关于进一步优化外商投资环境加大吸引外商投资力度的意见',
    en: 'Opinions on Further Optimizing the Foreign Investment Environment and Attracting More Foreign Investment',
  },
];

export const PRESS_TOPICS: readonly Phrase[] = [
  { zh: '消费品以旧换新', en: 'consumer goods trade-ins' },
  { zh: '稳外贸稳外资', en: 'stabilizing foreign trade and investment' },
  { zh: '服务消费', en: 'service consumption' },
  { zh: '跨境电商', en: 'cross-border e-commerce' },
  { zh: '自贸试验区建设', en: 'the pilot free trade zones' },
  { zh: '中国国际进口博览会筹备', en: 'preparations for the China International Import Expo' },
  { zh: '双边经贸合作', en: 'bilateral economic and trade cooperation' },
  { zh: '出口管制', en: 'export control' },
  { zh: '县域商业体系建设', en: 'county-level commercial systems' },
];

export const OFFICIALS: readonly Phrase[] = [
  { zh: '部长', en: 'Minister of Commerce' },
  {
    zh: '国际贸易谈判代表兼副部长',
    en: 'China International Trade Representative and Vice Minister',
  },
  { zh: '副部长', en: 'Vice Minister of Commerce' },
  { zh: '部长助理', en: 'Assistant Minister of Commerce' },
];

export const GUESTS: readonly Phrase[] = [
  { zh: '贸易部长', en: 'Minister of Trade' },
  { zh: '经济部长', en: 'Minister of Economy' },
  { zh: '工商部长', en: 'Minister of Industry and Commerce' },
  { zh: '投资部长', en: 'Minister of Investment' },
  { zh: '外交与贸易部长', en: 'Minister of Foreign Affairs and Trade' },
  { zh: '财政部长', en: 'Minister of Finance' },
];

export const FESTIVALS: readonly Phrase[] = [
  { zh: '春节假期', en: 'the Spring Festival holiday' },
  { zh: '“五一”假期', en: 'the May Day holiday' },
  { zh: '端午节假期', en: 'the Dragon Boat Festival holiday' },
  { zh: '中秋国庆假期', en: 'the Mid-Autumn Festival and National Day holiday' },
];

/** What a department, office or window works on, by department focus. */
export const TOPICS: Readonly<Record<string, readonly Phrase[]>> = {
  general: [
    { zh: '政务公开', en: 'government information disclosure' },
    { zh: '政务服务“一网通办”', en: 'one-stop online government services' },
    { zh: '商务法治建设', en: 'the rule of law in commerce' },
    { zh: '商务统计', en: 'commerce statistics' },
  ],
  trade: [
    { zh: '外贸新业态新模式', en: 'new forms and models of foreign trade' },
    { zh: '加工贸易梯度转移', en: 'the relocation of processing trade inland' },
    { zh: '贸易便利化', en: 'trade facilitation' },
    { zh: '二手车出口', en: 'used car exports' },
  ],
  investment: [
    { zh: '外资企业圆桌会议', en: 'round tables with foreign-invested enterprises' },
    { zh: '外商投资准入负面清单', en: 'the negative list for foreign investment' },
    { zh: '自贸试验区制度创新', en: 'institutional innovation in the pilot free trade zones' },
    { zh: '国家级经济技术开发区', en: 'national economic and technological development zones' },
  ],
  consumption: [
    { zh: '消费品以旧换新', en: 'consumer goods trade-ins' },
    { zh: '步行街改造提升', en: 'pedestrian street upgrades' },
    { zh: '县域商业体系建设', en: 'county-level commercial systems' },
    { zh: '农产品流通', en: 'the distribution of farm produce' },
  ],
  services: [
    { zh: '服务外包', en: 'service outsourcing' },
    { zh: '数字贸易', en: 'digital trade' },
    { zh: '家政服务业', en: 'domestic services' },
    { zh: '技术贸易', en: 'technology trade' },
  ],
  ecommerce: [
    { zh: '“丝路电商”合作', en: 'Silk Road E-Commerce cooperation' },
    { zh: '电子商务进农村', en: 'e-commerce in rural areas' },
    { zh: '直播电商规范发展', en: 'the sound development of livestream e-commerce' },
    { zh: '即时零售', en: 'instant retail' },
  ],
  cooperation: [
    { zh: '境外经贸合作区', en: 'overseas economic and trade cooperation zones' },
    { zh: '对外承包工程', en: 'overseas contracted projects' },
    { zh: '高标准自贸区网络', en: 'a network of high-standard free trade areas' },
    { zh: '世贸组织改革', en: 'WTO reform' },
  ],
  remedy: [
    { zh: '贸易救济调查', en: 'trade remedy investigations' },
    { zh: '出口管制合规', en: 'export control compliance' },
    { zh: '产业损害预警', en: 'industry injury early warning' },
    { zh: '两用物项出口许可', en: 'export licensing of dual-use items' },
  ],
  region: [
    {
      zh: '区域全面经济伙伴关系协定实施',
      en: 'implementation of the Regional Comprehensive Economic Partnership',
    },
    { zh: '共建“一带一路”经贸合作', en: 'Belt and Road economic and trade cooperation' },
    { zh: '双边经贸合作机制', en: 'bilateral economic and trade mechanisms' },
    { zh: '自由贸易协定谈判', en: 'free trade agreement negotiations' },
  ],
};

/** Supervision tasks of a special commissioner's office. */
export const INSPECTIONS: readonly Phrase[] = [
  { zh: '外商投资信息报告抽查', en: 'spot checks of foreign investment information reports' },
  { zh: '对外投资合作境外安全风险防范检查', en: 'checks on overseas security risk prevention' },
  { zh: '单用途商业预付卡专项检查', en: 'a special inspection of single-purpose prepaid cards' },
  { zh: '商务领域安全生产检查', en: 'work safety inspections in commerce' },
  { zh: '出口许可证管理核查', en: 'verification of export licence management' },
];

export const OVERSEAS_PROJECTS: readonly Phrase[] = [
  { zh: '公路', en: 'highway' },
  { zh: '水电站', en: 'hydropower station' },
  { zh: '光伏电站', en: 'solar power plant' },
  { zh: '港口', en: 'port' },
  { zh: '工业园', en: 'industrial park' },
  { zh: '供水', en: 'water supply project' },
  { zh: '医院', en: 'hospital' },
];

export const MILESTONES: readonly Phrase[] = [
  { zh: '开工', en: 'breaks ground' },
  { zh: '竣工', en: 'is completed' },
  { zh: '正式移交', en: 'is handed over' },
  { zh: '投入运营', en: 'enters operation' },
];

export const EXHIBITIONS: readonly Phrase[] = [
  { zh: '国际博览会', en: 'International Fair' },
  { zh: '国际食品展', en: 'International Food Exhibition' },
  { zh: '国际建材展', en: 'International Building Materials Exhibition' },
  { zh: '国际汽车及零配件展', en: 'International Auto Parts Exhibition' },
  { zh: '国际消费电子展', en: 'International Consumer Electronics Show' },
];

export const COUNTRY_MEASURES: readonly Phrase[] = [
  { zh: '调整部分商品进口关税', en: 'adjusts import tariffs on some goods' },
  { zh: '出台吸引外资新举措', en: 'announces new measures to attract foreign investment' },
  { zh: '发布投资法实施细则', en: 'issues implementing rules for its investment law' },
  { zh: '延长部分商品进口免税期限', en: 'extends duty-free treatment for some imports' },
  { zh: '推出电子签证便利措施', en: 'introduces e-visa facilitation' },
  { zh: '公布新一批经济特区名单', en: 'names a new group of special economic zones' },
];

export const CAMPAIGNS: readonly Phrase[] = [
  { zh: '消费促进月', en: 'Consumption Promotion Month' },
  { zh: '新春消费季', en: 'Spring Festival Shopping Season' },
  { zh: '金秋购物节', en: 'Autumn Shopping Festival' },
  { zh: '汽车以旧换新', en: 'Car Trade-In' },
  { zh: '夜间消费', en: 'Night-Time Economy' },
];

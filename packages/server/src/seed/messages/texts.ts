/**
 * Texts of the demo messages: what people ask the ministry about (trade, investment, licences,
 * e-commerce complaints, consumption, services), a few in English, with the department that
 * answers each topic. `{…}` slots are filled by the generator. The questions as sent carry the
 * asker's details; the published ones are written already redacted (`＊＊＊`).
 */

/** One topic: the site that answers it, and its texts in one language. */
export interface MessageTopic {
  /** The department that handles it (the main site forwards it there). */
  department: string;
  kind: 'consultation' | 'suggestion' | 'complaint';
  lang: 'zh-CN' | 'en';
  subject: string;
  question: string;
  reply: string;
}

export const SLOTS = {
  product: [
    '机电产品',
    '纺织服装',
    '农产品',
    '汽车零部件',
    '锂电池',
    '光伏组件',
    '医疗器械',
    '化工原料',
  ],
  city: ['广州', '深圳', '杭州', '宁波', '青岛', '厦门', '成都', '郑州', '苏州', '天津'],
  platform: ['某电商平台', '某直播带货平台', '某跨境电商平台', '某外卖平台', '某二手交易平台'],
  country: ['越南', '德国', '巴西', '沙特阿拉伯', '印度尼西亚', '墨西哥', '肯尼亚', '澳大利亚'],
  item: ['冰箱', '手机', '羽绒服', '儿童座椅', '空气净化器', '预付卡', '家具'],
  product_en: ['machinery', 'textiles', 'solar panels', 'auto parts', 'medical devices'],
} as const;

export const TOPICS: readonly MessageTopic[] = [
  {
    department: 'wms',
    kind: 'consultation',
    lang: 'zh-CN',
    subject: '关于{product}出口许可证申领的咨询',
    question:
      '我公司位于{city}，计划向{country}出口一批{product}。请问该类商品是否需要申领出口许可证？申领需要提交哪些材料，办理时限是多久？',
    reply:
      '您好！{product}是否实行出口许可证管理，请查询当年《出口许可证管理货物目录》。需申领的，可通过商务部业务系统统一平台在线提交申请表、进出口合同及营业执照等材料，发证机构一般在3个工作日内办结。感谢您的关注。',
  },
  {
    department: 'wms',
    kind: 'consultation',
    lang: 'zh-CN',
    subject: '对外贸易经营者备案登记是否还需要办理',
    question:
      '听说对外贸易经营者备案登记已经取消，我们{city}的新设企业首次开展进出口业务，还需要到商务部门办理什么手续？',
    reply:
      '您好！根据修改后的《对外贸易法》，对外贸易经营者备案登记已取消，企业可直接到海关办理进出口货物收发货人备案。如有其他问题，可咨询当地商务主管部门。',
  },
  {
    department: 'wms',
    kind: 'suggestion',
    lang: 'zh-CN',
    subject: '建议进一步简化加工贸易手续',
    question:
      '我们是{city}的一家加工贸易企业，主要生产{product}。建议进一步推进加工贸易手册电子化，减少纸质材料，提高通关效率。',
    reply:
      '感谢您的建议！我部将会同海关总署持续推进加工贸易监管改革，扩大企业集团加工贸易监管模式试点，您的意见已转有关业务处室研究参考。',
  },
  {
    department: 'wzs',
    kind: 'consultation',
    lang: 'zh-CN',
    subject: '外商投资企业信息报告如何填报',
    question:
      '我们是一家在{city}新设立的外商投资企业，投资方来自{country}。请问外商投资信息报告应在什么时间、通过什么系统报送？',
    reply:
      '您好！外国投资者或外商投资企业应通过企业登记系统及国家企业信用信息公示系统报送投资信息，设立时在办理企业登记时一并报送初始报告，此后每年1月1日至6月30日报送上一年度的年度报告。',
  },
  {
    department: 'wzs',
    kind: 'consultation',
    lang: 'zh-CN',
    subject: '外资准入负面清单适用问题',
    question:
      '{country}投资者拟在{city}投资设立从事{product}研发和生产的企业，请问是否属于外商投资准入负面清单的限制领域？',
    reply:
      '您好！外商投资准入负面清单之外的领域，按照内外资一致原则实施管理。您所述项目是否涉及清单所列领域，请对照最新版负面清单条目核实，也可向{city}商务主管部门咨询。',
  },
  {
    department: 'dzsws',
    kind: 'complaint',
    lang: 'zh-CN',
    subject: '投诉{platform}拒绝七天无理由退货',
    question:
      '我在{platform}购买了一台{item}，收到后未拆封，申请七天无理由退货被商家拒绝，平台客服也不处理。请问该如何维权？',
    reply:
      '您好！网络购物七天无理由退货是《消费者权益保护法》规定的权利。建议您保留订单和沟通记录，先向平台申请介入；协商不成的，可拨打12315或通过全国12315平台投诉。您反映的情况我们已转请平台所在地商务主管部门督促整改。',
  },
  {
    department: 'dzsws',
    kind: 'complaint',
    lang: 'zh-CN',
    subject: '跨境电商订单迟迟不发货',
    question:
      '我通过{platform}购买的进口{item}付款已经二十多天，一直显示“待发货”，联系卖家没有回复，平台也没有给出处理结果。',
    reply:
      '您好！您反映的问题已转交平台运营企业核查。跨境电商零售进口商品的退换货和售后服务由跨境电商企业承担，建议您同时通过平台投诉渠道反映，必要时可向市场监管部门投诉。',
  },
  {
    department: 'dzsws',
    kind: 'suggestion',
    lang: 'zh-CN',
    subject: '建议规范直播电商虚假宣传',
    question:
      '近期在{platform}看到不少主播夸大宣传{item}功效，建议加强对直播电商的规范管理，明确平台责任。',
    reply:
      '感谢您的建议！我部正会同有关部门推动直播电商行业规范发展，完善平台主体责任。您的意见我们将在相关工作中认真研究。',
  },
  {
    department: 'scyxs',
    kind: 'complaint',
    lang: 'zh-CN',
    subject: '单用途预付卡商家跑路如何退款',
    question:
      '我在{city}一家健身房办理了预付卡，余额还有三千多元，商家突然停业，无法联系。请问如何退款？',
    reply:
      '您好！单用途商业预付卡由发卡企业所在地商务主管部门监管。您反映的情况已转请{city}商务部门核实处理，建议您保留购卡凭证并向当地12315投诉，涉嫌违法的可向公安机关报案。',
  },
  {
    department: 'scyxs',
    kind: 'consultation',
    lang: 'zh-CN',
    subject: '以旧换新补贴如何申请',
    question: '请问今年家电以旧换新补贴在{city}如何申请？购买{item}可以享受多少补贴？',
    reply:
      '您好！消费品以旧换新补贴由各地组织实施，具体品类、标准和申领方式以{city}发布的实施细则为准，可通过当地商务部门官方网站或政务服务平台查询。',
  },
  {
    department: 'fms',
    kind: 'consultation',
    lang: 'zh-CN',
    subject: '技术进出口合同登记的办理流程',
    question:
      '我公司拟从{country}引进一项生产{product}的技术，请问技术进口合同登记在哪里办理？需要多长时间？',
    reply:
      '您好！属于自由进出口的技术，应在合同生效后60天内通过技术进出口合同信息管理系统办理登记，登记机关自收到完备材料之日起3个工作日内办结。',
  },
  {
    department: 'wms',
    kind: 'consultation',
    lang: 'en',
    subject: 'Export licence for {product_en}',
    question:
      'Our company plans to export {product_en} from China to a customer abroad. Do we need an export licence, and how long does the application take?',
    reply:
      'Thank you for your question. Please check the current catalogue of goods subject to export licence management. Applications are made online through the Ministry’s unified business platform and are usually processed within 3 working days.',
  },
  {
    department: 'wzs',
    kind: 'consultation',
    lang: 'en',
    subject: 'Setting up a foreign-invested enterprise',
    question:
      'I represent an investor from abroad who wants to set up a company producing {product_en}. Which authority handles the registration and investment information report?',
    reply:
      'Thank you for your question. The company is registered with the market regulation authority; the initial investment information report is submitted together with the registration. Outside the negative list, foreign and domestic investment are treated alike.',
  },
];

/** Family and given names of the (fictitious) askers: in the originals, never published. */
export const FAMILY_NAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'] as const;
export const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '杰'] as const;
export const ENGLISH_NAMES = ['Anna Müller', 'John Smith', 'Maria Silva', 'Ahmed Hassan'] as const;

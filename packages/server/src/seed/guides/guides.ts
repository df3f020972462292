/**
 * The six business guides (业务指南), in the portal's order, each a tree of sections with
 * short texts; service items are placed in the tree by id (./services-*.ts).
 */
import { bi } from './common.js';
import type { Bi, SeedGuide, SeedSection } from './types.js';

const section = (
  id: string,
  title: Bi,
  body: readonly Bi[],
  children: readonly (SeedSection | string)[] = [],
): SeedSection => ({ id, title, body, children });

export const GUIDES: readonly SeedGuide[] = [
  {
    id: 'china-market',
    title: bi('中国市场指南', 'China Market Guide'),
    summary: bi(
      '国内市场流通、商业特许经营等业务的规则与办事指引。',
      'Rules and services for doing business in the domestic market.',
    ),
    sections: [
      section('china-market.overview', bi('市场概况', 'The market'), [
        bi(
          '国内贸易包括批发、零售、餐饮、商业服务等行业，由商务主管部门按职责管理。',
          'Domestic trade covers wholesale, retail, catering and business services, overseen by the commerce departments.',
        ),
      ]),
      section(
        'china-market.franchising',
        bi('商业特许经营', 'Commercial franchising'),
        [
          bi(
            '以合同形式许可他人使用注册商标、专利、专有技术等经营资源的，应当遵守《商业特许经营管理条例》。',
            'Licensing trademarks, patents or know-how to others under a franchise contract follows the franchising regulations.',
          ),
        ],
        [
          section('china-market.franchising.disclosure', bi('信息披露', 'Disclosure'), [
            bi(
              '特许人应当在订立合同前向被特许人提供真实、准确的经营信息。',
              'The franchisor gives true and accurate information before the contract is signed.',
            ),
          ]),
          'franchise-filing',
        ],
      ),
    ],
  },
  {
    id: 'foreign-trade',
    title: bi('对外贸易指南', 'Foreign Trade Guide'),
    summary: bi(
      '货物与技术进出口、出口管制的规则与办事指引。',
      'Rules and services for trade in goods and technology and for export control.',
    ),
    sections: [
      section(
        'foreign-trade.operators',
        bi('进出口经营', 'Importing and exporting'),
        [
          bi(
            '自2022年12月30日起，从事货物或技术进出口不再需要办理对外贸易经营者备案登记。',
            'Since 30 December 2022 no foreign trade operator registration is needed to import or export.',
          ),
        ],
        ['foreign-trade-operator-registration'],
      ),
      section(
        'foreign-trade.technology',
        bi('技术进出口', 'Technology import and export'),
        [
          bi(
            '国家允许技术自由进出口，法律、行政法规另有规定的除外；禁止和限制进出口的技术列入目录管理。',
            'Technology trades freely unless a law or regulation says otherwise; prohibited and restricted technologies are listed in catalogues.',
          ),
        ],
        [
          section(
            'foreign-trade.technology.free',
            bi('自由进出口技术', 'Free technology'),
            [
              bi(
                '自由进出口技术合同实行网上登记管理。',
                'Contracts for free technology are registered online.',
              ),
            ],
            ['tech-contract-registration'],
          ),
          section(
            'foreign-trade.technology.restricted',
            bi('限制进出口技术', 'Restricted technology'),
            [
              bi(
                '限制进口的技术实行许可证管理，未经许可不得进口。',
                'Restricted technology needs an import licence.',
              ),
            ],
            ['restricted-tech-import-licence'],
          ),
        ],
      ),
      section(
        'foreign-trade.export-control',
        bi('出口管制', 'Export control'),
        [
          bi(
            '两用物项出口依照《中华人民共和国两用物项出口管制条例》实行许可管理，该条例自2024年12月1日起施行。',
            'Dual-use exports are licensed under the Regulations on the Export Control of Dual-Use Items, in force since 1 December 2024.',
          ),
        ],
        ['dual-use-export-licence'],
      ),
    ],
  },
  {
    id: 'investment',
    title: bi('投资指南', 'Investment Guide'),
    summary: bi(
      '外商投资准入、信息报告等规则与办事指引。',
      'Rules and services for foreign investment in China.',
    ),
    sections: [
      section(
        'investment.fdi-entry',
        bi('外资准入', 'Market access'),
        [
          bi(
            '国家对外商投资实行准入前国民待遇加负面清单管理制度；负面清单之外的领域，按照内外资一致原则实施管理。',
            'Foreign investment enjoys pre-establishment national treatment with a negative list; outside the list, domestic and foreign investment are treated alike.',
          ),
        ],
        [
          section('investment.fdi-entry.negative-list', bi('负面清单', 'The negative list'), [
            bi(
              '负面清单规定禁止投资的领域和限制投资领域的股权、高管等要求。',
              'The list names prohibited fields and the equity and management requirements of restricted ones.',
            ),
          ]),
          section('investment.fdi-entry.security-review', bi('安全审查', 'Security review'), [
            bi(
              '影响或者可能影响国家安全的外商投资依法进行安全审查。',
              'Foreign investment that affects or may affect national security is reviewed.',
            ),
          ]),
        ],
      ),
      section(
        'investment.reporting',
        bi('信息报告', 'Information reporting'),
        [
          bi(
            '外国投资者或者外商投资企业通过企业登记系统和国家企业信用信息公示系统向商务主管部门报送投资信息。',
            'Foreign investors or enterprises report investment information through the registration and publicity systems.',
          ),
        ],
        ['fdi-information-report'],
      ),
    ],
  },
  {
    id: 'cooperation',
    title: bi('对外合作指南', 'Cooperation Guide'),
    summary: bi(
      '境外投资、对外劳务合作等对外经济合作的规则与办事指引。',
      'Rules and services for outbound investment and international economic cooperation.',
    ),
    sections: [
      section(
        'cooperation.outbound',
        bi('境外投资', 'Outbound investment'),
        [
          bi(
            '企业境外投资实行备案和核准管理：涉及敏感国家和地区、敏感行业的实行核准，其他情形实行备案。',
            'Outbound investment is filed, or approved where it concerns sensitive countries, regions or industries.',
          ),
        ],
        ['outbound-investment-filing', 'outbound-investment-approval'],
      ),
      section(
        'cooperation.labour',
        bi('对外劳务合作', 'Foreign labour service cooperation'),
        [
          bi(
            '组织劳务人员赴其他国家或者地区为国外的企业或者机构工作，须取得对外劳务合作经营资格。',
            'Sending workers abroad to work for foreign employers needs an operating licence.',
          ),
        ],
        ['foreign-labour-licence'],
      ),
    ],
  },
  {
    id: 'trade-remedy',
    title: bi('贸易救济指南', 'Trade Remedy Guide'),
    summary: bi(
      '反倾销、反补贴、保障措施调查的申请与应对指引。',
      'How to apply for and respond to anti-dumping, countervailing and safeguard investigations.',
    ),
    sections: [
      section(
        'trade-remedy.instruments',
        bi('贸易救济措施', 'Trade remedies'),
        [
          bi(
            '进口产品以倾销或补贴方式进入中国市场并对国内产业造成实质损害的，可以依法申请调查并采取措施。',
            'Where dumped or subsidized imports materially injure a domestic industry, an investigation may be sought.',
          ),
        ],
        [
          section(
            'trade-remedy.instruments.anti-dumping',
            bi('反倾销', 'Anti-dumping'),
            [
              bi(
                '倾销是指进口产品以低于其正常价值的出口价格进入中国市场。',
                'Dumping: imports enter China at an export price below normal value.',
              ),
            ],
            ['anti-dumping-application'],
          ),
          section(
            'trade-remedy.instruments.countervailing',
            bi('反补贴', 'Countervailing'),
            [
              bi(
                '补贴是指出口国（地区）政府或者其任何公共机构提供的并为接受者带来利益的财政资助以及其他形式的支持。',
                'A subsidy: a financial contribution or other support by a foreign government or public body that benefits the recipient.',
              ),
            ],
            ['countervailing-application'],
          ),
        ],
      ),
      section('trade-remedy.responding', bi('应诉指引', 'Responding abroad'), [
        bi(
          '企业在境外遭遇贸易救济调查时，应及时登记应诉、按时答卷，并可向商务主管部门报告。',
          'Enterprises facing investigations abroad should register, answer questionnaires on time, and may inform the commerce departments.',
        ),
      ]),
    ],
  },
  {
    id: 'wto',
    title: bi('WTO咨询', 'WTO Consultation'),
    summary: bi(
      '世界贸易组织规则、贸易政策与贸易壁垒的咨询指引。',
      'Guidance on WTO rules, trade policies and trade barriers.',
    ),
    sections: [
      section('wto.rules', bi('世贸组织规则', 'WTO rules'), [
        bi(
          '中国自2001年12月11日起成为世界贸易组织成员，遵守其多边贸易规则。',
          'China has been a WTO member since 11 December 2001 and follows its multilateral rules.',
        ),
      ]),
      section(
        'wto.barriers',
        bi('贸易壁垒', 'Trade barriers'),
        [
          bi(
            '国内企业、产业认为外国措施构成贸易壁垒的，可以申请调查。',
            'Domestic enterprises or industries may ask for an investigation of a foreign trade barrier.',
          ),
        ],
        ['trade-barrier-investigation'],
      ),
    ],
  },
];

/**
 * The ministry's departments and bureaus (司局), each with its own subsite `<id>.mofcom.gov.cn`.
 * `focus` picks the news topics its site publishes.
 */
export type DepartmentFocus =
  | 'general'
  | 'trade'
  | 'investment'
  | 'consumption'
  | 'services'
  | 'ecommerce'
  | 'cooperation'
  | 'remedy'
  | 'region';

/** [id, 中文名, English name, focus] */
export type DepartmentRow = readonly [string, string, string, DepartmentFocus];

export const DEPARTMENTS: readonly DepartmentRow[] = [
  ['bgt', '办公厅', 'General Office', 'general'],
  ['zys', '政策研究室', 'Policy Research Department', 'general'],
  ['zhs', '综合司', 'Department of Comprehensive Affairs', 'general'],
  ['rss', '人事司', 'Department of Personnel', 'general'],
  ['tfs', '条约法律司', 'Department of Treaty and Law', 'cooperation'],
  ['cws', '财务司', 'Department of Finance', 'general'],
  ['scjss', '市场体系建设司', 'Department of Market System Development', 'consumption'],
  ['ltfzs', '流通业发展司', 'Department of Circulation Industry Development', 'consumption'],
  [
    'scyxs',
    '市场运行和消费促进司',
    'Department of Market Operation and Consumption Promotion',
    'consumption',
  ],
  [
    'fms',
    '服务贸易和商贸服务业司',
    'Department of Trade in Services and Commercial Services',
    'services',
  ],
  ['wms', '对外贸易司', 'Department of Foreign Trade', 'trade'],
  ['cys', '机电和科技产业司', 'Department of Mechanic, Electronic and Hi-Tech Industry', 'trade'],
  ['wzs', '外国投资管理司', 'Department of Foreign Investment Administration', 'investment'],
  [
    'hzs',
    '对外投资和经济合作司',
    'Department of Outward Investment and Economic Cooperation',
    'cooperation',
  ],
  ['yws', '对外援助司', 'Department of Foreign Aid', 'cooperation'],
  ['sms', '世界贸易组织司', 'Department of WTO Affairs', 'cooperation'],
  [
    'gjs',
    '国际经贸关系司',
    'Department of International Trade and Economic Affairs',
    'cooperation',
  ],
  ['yzs', '亚洲司', 'Department of Asian Affairs', 'region'],
  ['xyf', '西亚非洲司', 'Department of West Asian and African Affairs', 'region'],
  ['ozs', '欧洲司', 'Department of European Affairs', 'region'],
  ['oys', '欧亚司', 'Department of Eurasian Affairs', 'region'],
  ['mzs', '美洲大洋洲司', 'Department of American and Oceanian Affairs', 'region'],
  ['tga', '台港澳司', 'Department of Taiwan, Hong Kong and Macao Affairs', 'trade'],
  ['dzsws', '电子商务和信息化司', 'Department of E-Commerce and Informatization', 'ecommerce'],
  [
    'zmqgs',
    '自由贸易试验区港建设协调司',
    'Department of Pilot Free Trade Zones and Free Trade Port Development',
    'investment',
  ],
  ['trb', '贸易救济调查局', 'Trade Remedy and Investigation Bureau', 'remedy'],
  [
    'aqygzj',
    '产业安全与进出口管制局',
    'Bureau of Industry Security, Import and Export Control',
    'remedy',
  ],
  ['xws', '外事司', 'Department of Foreign Affairs', 'general'],
  ['jgdw', '机关党委', 'Party Committee of the Ministry', 'general'],
  ['lgj', '离退休干部局', 'Bureau of Retired Officials', 'general'],
  ['tzswj', '投资促进事务局', 'Investment Promotion Agency', 'investment'],
  ['tdb', '外贸发展事务局', 'Trade Development Bureau', 'trade'],
];

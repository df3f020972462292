/**
 * The special commissioner's offices (特派员办事处), one per region, each with a subsite
 * `<id>.mofcom.gov.cn` where the id is the city's pinyin followed by `tb`.
 */

/** [id, 城市, City] */
export type CommissionerRow = readonly [string, string, string];

export const COMMISSIONERS: readonly CommissionerRow[] = [
  ['tianjintb', '天津', 'Tianjin'],
  ['daliantb', '大连', 'Dalian'],
  ['shanghaitb', '上海', 'Shanghai'],
  ['nanjingtb', '南京', 'Nanjing'],
  ['fuzhoutb', '福州', 'Fuzhou'],
  ['guangzhoutb', '广州', 'Guangzhou'],
  ['wuhantb', '武汉', 'Wuhan'],
  ['chengdutb', '成都', 'Chengdu'],
  ['xiantb', '西安', "Xi'an"],
  ['zhengzhoutb', '郑州', 'Zhengzhou'],
  ['jinantb', '济南', 'Jinan'],
  ['hangzhoutb', '杭州', 'Hangzhou'],
  ['changshatb', '长沙', 'Changsha'],
  ['kunmingtb', '昆明', 'Kunming'],
  ['nanningtb', '南宁', 'Nanning'],
  ['haerbintb', '哈尔滨', 'Harbin'],
];

/**
 * The local commerce windows (地方商务之窗): one per province, autonomous region and
 * municipality, plus the Xinjiang Production and Construction Corps. Subsite
 * `<id>.mofcom.gov.cn`.
 */

/** [id, 全称, 简称, English name, capital (中文), capital (English)] */
export type LocalRow = readonly [string, string, string, string, string, string];

export const LOCAL_WINDOWS: readonly LocalRow[] = [
  ['beijing', '北京市', '北京', 'Beijing', '北京', 'Beijing'],
  ['tianjin', '天津市', '天津', 'Tianjin', '天津', 'Tianjin'],
  ['hebei', '河北省', '河北', 'Hebei', '石家庄', 'Shijiazhuang'],
  ['shanxi', '山西省', '山西', 'Shanxi', '太原', 'Taiyuan'],
  ['neimenggu', '内蒙古自治区', '内蒙古', 'Inner Mongolia', '呼和浩特', 'Hohhot'],
  ['liaoning', '辽宁省', '辽宁', 'Liaoning', '沈阳', 'Shenyang'],
  ['jilin', '吉林省', '吉林', 'Jilin', '长春', 'Changchun'],
  ['heilongjiang', '黑龙江省', '黑龙江', 'Heilongjiang', '哈尔滨', 'Harbin'],
  ['shanghai', '上海市', '上海', 'Shanghai', '上海', 'Shanghai'],
  ['jiangsu', '江苏省', '江苏', 'Jiangsu', '南京', 'Nanjing'],
  ['zhejiang', '浙江省', '浙江', 'Zhejiang', '杭州', 'Hangzhou'],
  ['anhui', '安徽省', '安徽', 'Anhui', '合肥', 'Hefei'],
  ['fujian', '福建省', '福建', 'Fujian', '福州', 'Fuzhou'],
  ['jiangxi', '江西省', '江西', 'Jiangxi', '南昌', 'Nanchang'],
  ['shandong', '山东省', '山东', 'Shandong', '济南', 'Jinan'],
  ['henan', '河南省', '河南', 'Henan', '郑州', 'Zhengzhou'],
  ['hubei', '湖北省', '湖北', 'Hubei', '武汉', 'Wuhan'],
  ['hunan', '湖南省', '湖南', 'Hunan', '长沙', 'Changsha'],
  ['guangdong', '广东省', '广东', 'Guangdong', '广州', 'Guangzhou'],
  ['guangxi', '广西壮族自治区', '广西', 'Guangxi', '南宁', 'Nanning'],
  ['hainan', '海南省', '海南', 'Hainan', '海口', 'Haikou'],
  ['chongqing', '重庆市', '重庆', 'Chongqing', '重庆', 'Chongqing'],
  ['sichuan', '四川省', '四川', 'Sichuan', '成都', 'Chengdu'],
  ['guizhou', '贵州省', '贵州', 'Guizhou', '贵阳', 'Guiyang'],
  ['yunnan', '云南省', '云南', 'Yunnan', '昆明', 'Kunming'],
  ['xizang', '西藏自治区', '西藏', 'Xizang', '拉萨', 'Lhasa'],
  ['shaanxi', '陕西省', '陕西', 'Shaanxi', '西安', "Xi'an"],
  ['gansu', '甘肃省', '甘肃', 'Gansu', '兰州', 'Lanzhou'],
  ['qinghai', '青海省', '青海', 'Qinghai', '西宁', 'Xining'],
  ['ningxia', '宁夏回族自治区', '宁夏', 'Ningxia', '银川', 'Yinchuan'],
  ['xinjiang', '新疆维吾尔自治区', '新疆', 'Xinjiang', '乌鲁木齐', 'Urumqi'],
  [
    'bingtuan',
    '新疆生产建设兵团',
    '兵团',
    'Xinjiang Production and Construction Corps',
    '乌鲁木齐',
    'Urumqi',
  ],
];

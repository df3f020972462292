/** Simplified Chinese strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: '网站信息',
  organizer: '主办单位：',
  siteCode: '网站标识码：',
  icp: 'ICP备案号：',
  publicSecurity: '公安机关备案号：',
  phone: '电话：',
  email: '邮箱：',
  address: '地址：',
  contact: '联系我们',
  sitemap: '网站地图',
  reportError: '我为政府网站找错',
  external: '外部网站',
  notConfigured: '此处无法显示网站信息：未设置网站。',
  invalid: '无法显示网站信息：网站记录不符合命名规则。',
  invalidFields: '需更正的字段：',
  wholeRecord: '整条记录',
} satisfies Translation<FooterStrings>;

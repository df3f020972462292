/** Japanese strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'このサイトについて',
  organizer: '主催：',
  siteCode: 'ウェブサイト識別コード：',
  icp: 'ICP登録番号：',
  publicSecurity: '公安機関登録番号：',
  phone: '電話：',
  email: 'メール：',
  address: '住所：',
  contact: 'お問い合わせ',
  sitemap: 'サイトマップ',
  reportError: 'このサイトの誤りを報告',
  external: '外部サイト',
  notConfigured: 'ここにはサイト情報を表示できません：サイトが設定されていません。',
  invalid: 'サイト情報を表示できません：サイト情報が命名規則に違反しています。',
  invalidFields: '修正が必要な項目：',
  wholeRecord: 'レコード全体',
} satisfies Translation<FooterStrings>;

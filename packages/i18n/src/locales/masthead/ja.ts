/** Japanese strings of `<portal-masthead>`. */
import type { Translation } from '../../namespace.js';
import type { MastheadStrings } from './index.js';

export default {
  skipLink: 'メインコンテンツへスキップ',
  searchLabel: 'サイト内検索',
  searchButton: '検索',
  accessibility: 'アクセシビリティ',
  careMode: 'シニア向けモード',
  careModeHint: '大きな文字、強いコントラスト、動きなし',
  notConfigured: 'ここにはヘッダーを表示できません：サイトが設定されていません。',
  invalid: 'ヘッダーを表示できません：サイト情報が命名規則に違反しています。',
  invalidFields: '修正が必要な項目：',
  wholeRecord: 'レコード全体',
} satisfies Translation<MastheadStrings>;

/** Japanese strings of `<portal-policy-list>`. */
import type { Translation } from '../../namespace.js';
import type { PolicyListStrings } from './index.js';

export default {
  heading: '政策文書',
  filters: '絞り込み',
  query: 'タイトルまたは本文の語句',
  search: '検索',
  sort: '並べ替え',
  sorts: {
    newest: '新しい順',
    relevance: '関連度順',
  },
  category: '分類',
  type: '文書の種類',
  organ: '発出機関',
  year: '年',
  yearFrom: '開始',
  yearTo: '終了',
  anyYear: 'すべての年',
  moreValues: 'ほか {{n}} 件',
  validity: '効力',
  results_other: '{{n}} 件の文書',
  empty: '条件に一致する文書はありません。',
  clearFilters: '絞り込みを解除',
  notConfigured: '文書の取得元が設定されていません。',
  amendedBy: '改正文書',
  repealedBy: '廃止文書',
} satisfies Translation<PolicyListStrings>;

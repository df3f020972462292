/** Japanese strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: '文書番号で文書を探す',
  label: '文書番号',
  hint: '見たとおりに入力してください。例：商资发〔2006〕123号、商务部令2004年第14号',
  readAs: '{{number}} と読み取りました',
  submit: '検索',
  notFound: '文書番号 {{number}} の文書はありません。',
  didYouMean: '次のいずれかをお探しですか。',
  suggestionReasons: {
    'other-year': '年が異なる',
    'neighbouring-sequence': '番号が近い',
    'near-issuer': '発出機関の略称が近い',
    'transposed-digits': '数字が2桁入れ替わっている',
  },
  unreadable: 'サーバーはこの番号を読み取れませんでした。',
  errors: {
    'not-a-string': '文書番号を文字で入力してください。',
    empty: '文書番号を入力してください。',
    'too-long': '文書番号としては長すぎます。番号だけを入力してください。',
    'invalid-character':
      '文書番号に使われない文字が含まれています。削除してもう一度お試しください。',
    'unknown-form':
      '文書番号の形式ではありません。発出機関、年、番号の順に書いてください。例：商资发〔2006〕123号',
    'no-issuer': '発出機関がありません。略称または名称から書き始めてください。例：商资发、商务部令',
    'invalid-issuer': '発出機関を読み取れません。略称または名称を漢字で書いてください。例：商资发',
    'no-year':
      '年がありません。〔2006〕のように括弧で囲むか、2004年第14号のように番号の前に書いてください。',
    'malformed-year': '年を読み取れません。2006 のように4桁の数字で書いてください。',
    'ambiguous-year':
      '年と番号が続いています。商资发〔2006〕123号 のように年を括弧で囲んでください。',
    'year-out-of-range': '年は1949年から2100年までの範囲で入力してください。',
    'no-sequence': '年の後の番号がありません。例：商资发〔2006〕123号 の 123。',
    'malformed-sequence': '年の後の番号を読み取れません。123 のように数字で書いてください。',
    'sequence-out-of-range': '年の後の番号は1から99999までの範囲で入力してください。',
    'trailing-text': '番号の後に余分な文字があります。「号」より後を削除してください。',
  },
  browse: '種類・年・発出機関から探す',
  type: '文書の種類',
  anyType: 'すべての種類',
  year: '年',
  anyYear: 'すべての年',
  organ: '発出機関',
  anyOrgan: 'すべての機関',
  show: '文書を表示',
  results: '見つかった文書：{{count}} 件',
  noResults: '条件に合う文書はありません。',
} satisfies Translation<DocumentLookupStrings>;

/** Japanese strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: '該当する文書はありません。',
  notFoundHint: 'アドレスを確認するか、文書番号で検索してください。',
  fallback: 'この文書にはお使いの言語の版がありません。中国語の原文を表示しています。',
  fileNumber: '文書番号',
  indexNumber: '索引番号',
  issuer: '発出機関',
  type: '文書の種類',
  category: '分野',
  written: '作成日',
  published: '公布日',
  effective: '施行日',
  validity: '効力',
  replacedBy: '置き換えた文書',
  attachments: '添付ファイル',
  interpretations: '政策解説',
  relations: '関連文書',
  relationKinds: {
    amends: '改正する文書',
    'amended-by': '改正された文書',
    repeals: '廃止する文書',
    'repealed-by': '廃止された文書',
  },
} satisfies Translation<DocumentStrings>;

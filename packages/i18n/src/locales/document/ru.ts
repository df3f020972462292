/** Russian strings of `<portal-document>` and the document cards. */
import type { Translation } from '../../namespace.js';
import type { DocumentStrings } from './index.js';

export default {
  notFound: 'Такого документа нет.',
  notFoundHint: 'Проверьте адрес или найдите документ по его номеру.',
  fallback: 'Этого документа нет на вашем языке. Он показан на китайском.',
  fileNumber: 'Номер документа',
  indexNumber: 'Индексный номер',
  issuer: 'Издан',
  type: 'Вид документа',
  category: 'Категория',
  written: 'Дата составления',
  published: 'Дата публикации',
  effective: 'Вступает в силу',
  validity: 'Статус',
  replacedBy: 'Заменён документом',
  attachments: 'Вложения',
  interpretations: 'Разъяснения',
  relations: 'Связанные документы',
  relationKinds: {
    amends: 'Изменяет',
    'amended-by': 'Изменён документом',
    repeals: 'Отменяет',
    'repealed-by': 'Отменён документом',
  },
} satisfies Translation<DocumentStrings>;

/** Russian strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Обращения: год в цифрах',
  year: 'Год',
  caption: 'Обращения, полученные в {{year}} году, и ответы на них по месяцам поступления',
  month: 'Месяц',
  received: 'Получено',
  replied: 'Дан ответ',
  onTime: 'Ответ в срок',
  median: 'Медиана рабочих дней до ответа',
  total: 'Весь год',
  none: 'нет',
  summary_one:
    'В {{year}} году: получено {{n}} обращение, {{percent}} ответов в срок, медиана — {{days}}.',
  summary_few:
    'В {{year}} году: получено {{n}} обращения, {{percent}} ответов в срок, медиана — {{days}}.',
  summary_many:
    'В {{year}} году: получено {{n}} обращений, {{percent}} ответов в срок, медиана — {{days}}.',
  summary_other:
    'В {{year}} году: получено {{n}} обращения, {{percent}} ответов в срок, медиана — {{days}}.',
  days_one: '{{n}} рабочий день',
  days_few: '{{n}} рабочих дня',
  days_many: '{{n}} рабочих дней',
  days_other: '{{n}} рабочего дня',
  unreplied_one: 'В {{year}} году: получено {{n}} обращение, ответов пока нет.',
  unreplied_few: 'В {{year}} году: получено {{n}} обращения, ответов пока нет.',
  unreplied_many: 'В {{year}} году: получено {{n}} обращений, ответов пока нет.',
  unreplied_other: 'В {{year}} году: получено {{n}} обращения, ответов пока нет.',
  note: 'В срок: ответ в течение 5 рабочих дней после поступления. Процент считается от обращений, на которые дан ответ.',
  empty: 'В {{year}} году обращений не поступало.',
  notConfigured: 'Статистику нельзя показать здесь: она не настроена.',
} satisfies Translation<MessageStatsStrings>;

/** Arabic strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'الرسائل: حصيلة العام بالأرقام',
  year: 'السنة',
  caption: 'الرسائل الواردة في {{year}} وكيفية الرد عليها، حسب شهر الورود',
  month: 'الشهر',
  received: 'الواردة',
  replied: 'تم الرد عليها',
  onTime: 'تم الرد عليها في الموعد',
  median: 'وسيط أيام العمل حتى الرد',
  total: 'السنة كاملة',
  none: 'لا يوجد',
  summary_zero: 'في {{year}}: لم ترد أي رسالة.',
  summary_one: 'في {{year}}: وردت رسالة واحدة، ونسبة الرد في الموعد {{percent}}، والوسيط {{days}}.',
  summary_two: 'في {{year}}: وردت رسالتان، ونسبة الرد في الموعد {{percent}}، والوسيط {{days}}.',
  summary_few: 'في {{year}}: وردت {{n}} رسائل، ونسبة الرد في الموعد {{percent}}، والوسيط {{days}}.',
  summary_many:
    'في {{year}}: وردت {{n}} رسالة، ونسبة الرد في الموعد {{percent}}، والوسيط {{days}}.',
  summary_other:
    'في {{year}}: وردت {{n}} رسالة، ونسبة الرد في الموعد {{percent}}، والوسيط {{days}}.',
  days_zero: '{{n}} يوم عمل',
  days_one: 'يوم عمل واحد',
  days_two: 'يوما عمل',
  days_few: '{{n}} أيام عمل',
  days_many: '{{n}} يوم عمل',
  days_other: '{{n}} يوم عمل',
  unreplied_zero: 'في {{year}}: لم ترد أي رسالة.',
  unreplied_one: 'في {{year}}: وردت رسالة واحدة، ولم يُرد عليها بعد.',
  unreplied_two: 'في {{year}}: وردت رسالتان، ولم يُرد عليهما بعد.',
  unreplied_few: 'في {{year}}: وردت {{n}} رسائل، ولم يُرد على أي منها بعد.',
  unreplied_many: 'في {{year}}: وردت {{n}} رسالة، ولم يُرد على أي منها بعد.',
  unreplied_other: 'في {{year}}: وردت {{n}} رسالة، ولم يُرد على أي منها بعد.',
  note: 'في الموعد: تم الرد خلال 5 أيام عمل من الورود. النسبة محسوبة من الرسائل التي تم الرد عليها.',
  empty: 'في {{year}}: لم ترد أي رسالة.',
  notConfigured: 'لا يمكن عرض الإحصاءات هنا: لم يتم إعدادها.',
} satisfies Translation<MessageStatsStrings>;

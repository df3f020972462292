/** German strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Nachrichten: das Jahr in Zahlen',
  year: 'Jahr',
  caption: 'Im Jahr {{year}} eingegangene Nachrichten und ihre Beantwortung, nach Eingangsmonat',
  month: 'Monat',
  received: 'Eingegangen',
  replied: 'Beantwortet',
  onTime: 'Fristgerecht beantwortet',
  median: 'Median der Arbeitstage bis zur Antwort',
  total: 'Ganzes Jahr',
  none: 'keine',
  summary_one:
    '{{year}}: {{n}} Nachricht eingegangen, {{percent}} fristgerecht beantwortet, Median {{days}}.',
  summary_other:
    '{{year}}: {{n}} Nachrichten eingegangen, {{percent}} fristgerecht beantwortet, Median {{days}}.',
  days_one: '{{n}} Arbeitstag',
  days_other: '{{n}} Arbeitstage',
  unreplied_one: '{{year}}: {{n}} Nachricht eingegangen, noch keine beantwortet.',
  unreplied_other: '{{year}}: {{n}} Nachrichten eingegangen, noch keine beantwortet.',
  note: 'Fristgerecht: innerhalb von 5 Arbeitstagen nach Eingang beantwortet. Der Anteil bezieht sich auf die beantworteten Nachrichten.',
  empty: '{{year}}: keine Nachrichten eingegangen.',
  notConfigured: 'Die Statistik kann hier nicht angezeigt werden: Sie ist nicht eingerichtet.',
} satisfies Translation<MessageStatsStrings>;

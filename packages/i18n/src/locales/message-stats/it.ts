/** Italian strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: "Messaggi: l'anno in cifre",
  year: 'Anno',
  caption: 'Messaggi ricevuti nel {{year}} e relative risposte, per mese di arrivo',
  month: 'Mese',
  received: 'Ricevuti',
  replied: 'Con risposta',
  onTime: 'Risposta nei termini',
  median: 'Giorni lavorativi mediani per rispondere',
  total: "Tutto l'anno",
  none: 'nessuno',
  summary_one:
    'Nel {{year}}: {{n}} messaggio ricevuto, {{percent}} con risposta nei termini, mediana di {{days}}.',
  summary_many:
    'Nel {{year}}: {{n}} di messaggi ricevuti, {{percent}} con risposta nei termini, mediana di {{days}}.',
  summary_other:
    'Nel {{year}}: {{n}} messaggi ricevuti, {{percent}} con risposta nei termini, mediana di {{days}}.',
  days_one: '{{n}} giorno lavorativo',
  days_many: '{{n}} di giorni lavorativi',
  days_other: '{{n}} giorni lavorativi',
  unreplied_one: 'Nel {{year}}: {{n}} messaggio ricevuto, ancora senza risposta.',
  unreplied_many: 'Nel {{year}}: {{n}} di messaggi ricevuti, ancora senza risposta.',
  unreplied_other: 'Nel {{year}}: {{n}} messaggi ricevuti, ancora senza risposta.',
  note: "Nei termini: risposta entro 5 giorni lavorativi dall'arrivo. La percentuale è calcolata sui messaggi con risposta.",
  empty: 'Nel {{year}}: nessun messaggio ricevuto.',
  notConfigured: 'Le statistiche non possono essere mostrate qui: non sono configurate.',
} satisfies Translation<MessageStatsStrings>;

/** Spanish strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Mensajes: el año en cifras',
  year: 'Año',
  caption: 'Mensajes recibidos en {{year}} y cómo se respondieron, por mes de llegada',
  month: 'Mes',
  received: 'Recibidos',
  replied: 'Respondidos',
  onTime: 'Respondidos a tiempo',
  median: 'Mediana de días hábiles hasta la respuesta',
  total: 'Todo el año',
  none: 'ninguno',
  summary_one:
    'En {{year}}: {{n}} mensaje recibido, {{percent}} respondido a tiempo, mediana de {{days}}.',
  summary_many:
    'En {{year}}: {{n}} de mensajes recibidos, {{percent}} respondidos a tiempo, mediana de {{days}}.',
  summary_other:
    'En {{year}}: {{n}} mensajes recibidos, {{percent}} respondidos a tiempo, mediana de {{days}}.',
  days_one: '{{n}} día hábil',
  days_many: '{{n}} de días hábiles',
  days_other: '{{n}} días hábiles',
  unreplied_one: 'En {{year}}: {{n}} mensaje recibido, aún sin respuesta.',
  unreplied_many: 'En {{year}}: {{n}} de mensajes recibidos, aún sin respuesta.',
  unreplied_other: 'En {{year}}: {{n}} mensajes recibidos, aún sin respuesta.',
  note: 'A tiempo: respondido en los 5 días hábiles siguientes a la llegada. El porcentaje es sobre los mensajes respondidos.',
  empty: 'En {{year}}: no se recibió ningún mensaje.',
  notConfigured: 'Las estadísticas no pueden mostrarse aquí: no están configuradas.',
} satisfies Translation<MessageStatsStrings>;

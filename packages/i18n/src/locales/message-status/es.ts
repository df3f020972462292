/** Spanish strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Seguir su mensaje',
  intro:
    'Introduzca el número de seguimiento y el código de acceso de su justificante para ver en qué estado está su mensaje y leer la respuesta.',
  trackingNumber: 'Número de seguimiento',
  trackingNumberHint:
    'Tal como figura en su justificante, por ejemplo M26-7KQ4-9XHC. Da igual usar mayúsculas, espacios o guiones.',
  trackingMistyped:
    'Este número de seguimiento parece mal escrito: compruébelo con su justificante',
  accessCode: 'Código de acceso',
  accessCodeHint:
    '16 letras y cifras, por ejemplo 7KQ4-9XHC-2M5R-PWZ8. Nunca se guarda en este dispositivo.',
  accessCodeInvalid:
    'Introduzca el código de acceso tal como figura en su justificante: 16 letras y cifras',
  submit: 'Ver el estado',
  notFound:
    'Ningún mensaje coincide con este número de seguimiento y este código de acceso. Compruebe ambos con su justificante y vuelva a intentarlo.',
  notConfigured: 'Desde esta página no se pueden seguir mensajes: no está configurada.',
  failed: 'No se ha podido cargar el estado de su mensaje.',
  subject: 'Asunto',
  due: 'Respuesta prevista a más tardar el {{date}}',
  daysLeft_one: 'Queda {{count}} día hábil',
  daysLeft_many: 'Quedan {{count}} de días hábiles',
  daysLeft_other: 'Quedan {{count}} días hábiles',
  dueToday: 'Vence hoy',
  overdue_one: 'Con {{count}} día hábil de retraso',
  overdue_many: 'Con {{count}} de días hábiles de retraso',
  overdue_other: 'Con {{count}} días hábiles de retraso',
  repliedOn: 'Respondido el {{date}}',
  timeline: 'Tramitación',
  received: 'Recibido',
  forwarded: 'Remitido al departamento competente',
  replied: 'Respondido',
  published: 'Publicado con su respuesta',
  reply: 'Respuesta',
} satisfies Translation<MessageStatusStrings>;

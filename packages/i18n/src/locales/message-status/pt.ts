/** Portuguese strings of `<portal-message-status>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatusStrings } from './index.js';

export default {
  heading: 'Acompanhar a sua mensagem',
  intro:
    'Introduza o número de acompanhamento e o código de acesso do seu comprovativo para ver em que fase está a sua mensagem e ler a resposta.',
  trackingNumber: 'Número de acompanhamento',
  trackingNumberHint:
    'Tal como no seu comprovativo, por exemplo M26-7KQ4-9XHC. Maiúsculas, espaços e hífenes são indiferentes.',
  trackingMistyped:
    'Este número de acompanhamento parece ter um erro: confira-o com o seu comprovativo',
  accessCode: 'Código de acesso',
  accessCodeHint:
    '16 letras e algarismos, por exemplo 7KQ4-9XHC-2M5R-PWZ8. Nunca é guardado neste dispositivo.',
  accessCodeInvalid:
    'Introduza o código de acesso tal como no seu comprovativo: 16 letras e algarismos',
  submit: 'Ver o estado',
  notFound:
    'Nenhuma mensagem corresponde a este número de acompanhamento e a este código de acesso. Confira ambos com o seu comprovativo e tente novamente.',
  notConfigured: 'Não é possível acompanhar mensagens a partir desta página: não está configurada.',
  failed: 'Não foi possível carregar o estado da sua mensagem.',
  subject: 'Assunto',
  due: 'Resposta prevista até {{date}}',
  daysLeft_one: 'Falta {{count}} dia útil',
  daysLeft_many: 'Faltam {{count}} de dias úteis',
  daysLeft_other: 'Faltam {{count}} dias úteis',
  dueToday: 'O prazo termina hoje',
  overdue_one: 'Atrasada {{count}} dia útil',
  overdue_many: 'Atrasada {{count}} de dias úteis',
  overdue_other: 'Atrasada {{count}} dias úteis',
  repliedOn: 'Respondida em {{date}}',
  timeline: 'Andamento',
  received: 'Recebida',
  forwarded: 'Encaminhada ao departamento responsável',
  replied: 'Respondida',
  published: 'Publicada com a resposta',
  reply: 'Resposta',
} satisfies Translation<MessageStatusStrings>;

/** Spanish strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Preguntas y respuestas publicadas',
  query: 'Buscar en las preguntas y respuestas',
  search: 'Buscar',
  results_one: '{{n}} pregunta con respuesta encontrada',
  results_many: '{{n}} de preguntas con respuesta encontradas',
  results_other: '{{n}} preguntas con respuesta encontradas',
  empty: 'Todavía no se ha publicado ninguna pregunta con respuesta.',
  emptySearch: 'Ninguna pregunta o respuesta publicada coincide con su búsqueda.',
  clearSearch: 'Borrar la búsqueda',
  notConfigured: 'Los mensajes publicados no pueden mostrarse aquí: la lista no está configurada.',
  kindConsultation: 'Consulta',
  kindSuggestion: 'Sugerencia',
  kindComplaint: 'Queja',
  received: 'Recibido',
  replied: 'Respondido',
  question: 'Pregunta',
  reply: 'Respuesta',
  moreQuestion: 'Ver la pregunta completa',
  moreReply: 'Ver la respuesta completa',
  less: 'Ver menos',
  matched: 'Texto coincidente',
} satisfies Translation<MessageListStrings>;

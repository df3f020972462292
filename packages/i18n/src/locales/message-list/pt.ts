/** Portuguese strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Perguntas e respostas publicadas',
  query: 'Pesquisar nas perguntas e respostas',
  search: 'Pesquisar',
  results_one: '{{n}} pergunta com resposta encontrada',
  results_many: '{{n}} de perguntas com resposta encontradas',
  results_other: '{{n}} perguntas com resposta encontradas',
  empty: 'Ainda não foi publicada nenhuma pergunta com resposta.',
  emptySearch: 'Nenhuma pergunta ou resposta publicada corresponde à sua pesquisa.',
  clearSearch: 'Limpar a pesquisa',
  notConfigured:
    'As mensagens publicadas não podem ser mostradas aqui: a lista não está configurada.',
  kindConsultation: 'Consulta',
  kindSuggestion: 'Sugestão',
  kindComplaint: 'Reclamação',
  received: 'Recebida',
  replied: 'Respondida',
  question: 'Pergunta',
  reply: 'Resposta',
  moreQuestion: 'Ver a pergunta completa',
  moreReply: 'Ver a resposta completa',
  less: 'Ver menos',
  matched: 'Texto correspondente',
} satisfies Translation<MessageListStrings>;

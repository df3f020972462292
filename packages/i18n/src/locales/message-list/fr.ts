/** French strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Questions et réponses publiées',
  query: 'Rechercher dans les questions et réponses',
  search: 'Rechercher',
  results_one: '{{n}} question et réponse trouvée',
  results_many: '{{n}} de questions et réponses trouvées',
  results_other: '{{n}} questions et réponses trouvées',
  empty: "Aucune question ni réponse n'a encore été publiée.",
  emptySearch: 'Aucune question ni réponse publiée ne correspond à votre recherche.',
  clearSearch: 'Effacer la recherche',
  notConfigured:
    "Les messages publiés ne peuvent pas s'afficher ici : la liste n'est pas configurée.",
  kindConsultation: "Demande d'information",
  kindSuggestion: 'Proposition',
  kindComplaint: 'Réclamation',
  received: 'Reçu le',
  replied: 'Réponse le',
  question: 'Question posée',
  reply: 'Réponse',
  moreQuestion: 'Afficher toute la question',
  moreReply: 'Afficher toute la réponse',
  less: 'Afficher moins',
  matched: 'Texte correspondant',
} satisfies Translation<MessageListStrings>;

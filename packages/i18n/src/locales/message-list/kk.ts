/** Kazakh strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Жарияланған сұрақтар мен жауаптар',
  query: 'Сұрақтар мен жауаптардан іздеу',
  search: 'Іздеу',
  results_one: '{{n}} сұрақ пен жауап табылды',
  results_other: '{{n}} сұрақ пен жауап табылды',
  empty: 'Әзірге жарияланған сұрақ пен жауап жоқ.',
  emptySearch: 'Іздеуіңізге сәйкес жарияланған сұрақ не жауап жоқ.',
  clearSearch: 'Іздеуді тазарту',
  notConfigured: 'Жарияланған хаттарды мұнда көрсету мүмкін емес: тізім бапталмаған.',
  kindConsultation: 'Сұрақ',
  kindSuggestion: 'Ұсыныс',
  kindComplaint: 'Шағым',
  received: 'Алынды',
  replied: 'Жауап берілді',
  question: 'Сұрақ',
  reply: 'Жауап',
  moreQuestion: 'Сұрақты толық көрсету',
  moreReply: 'Жауапты толық көрсету',
  less: 'Жию',
  matched: 'Сәйкес мәтін',
} satisfies Translation<MessageListStrings>;

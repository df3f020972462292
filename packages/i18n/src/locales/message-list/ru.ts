/** Russian strings of `<portal-message-list>`. */
import type { Translation } from '../../namespace.js';
import type { MessageListStrings } from './index.js';

export default {
  heading: 'Опубликованные вопросы и ответы',
  query: 'Поиск по вопросам и ответам',
  search: 'Найти',
  results_one: 'Найден {{n}} вопрос с ответом',
  results_few: 'Найдено {{n}} вопроса с ответами',
  results_many: 'Найдено {{n}} вопросов с ответами',
  results_other: 'Найдено {{n}} вопроса с ответами',
  empty: 'Пока не опубликовано ни одного вопроса с ответом.',
  emptySearch: 'Ни один опубликованный вопрос или ответ не соответствует запросу.',
  clearSearch: 'Очистить поиск',
  notConfigured: 'Опубликованные обращения нельзя показать здесь: список не настроен.',
  kindConsultation: 'Вопрос',
  kindSuggestion: 'Предложение',
  kindComplaint: 'Жалоба',
  received: 'Получено',
  replied: 'Ответ дан',
  question: 'Вопрос',
  reply: 'Ответ',
  moreQuestion: 'Показать вопрос полностью',
  moreReply: 'Показать ответ полностью',
  less: 'Свернуть',
  matched: 'Найденный фрагмент',
} satisfies Translation<MessageListStrings>;

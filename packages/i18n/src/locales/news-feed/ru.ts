/** Russian strings of `<portal-news-feed>`. */
import type { Translation } from '../../namespace.js';
import type { NewsFeedStrings } from './index.js';

export default {
  heading: 'Новости',
  columns: {
    headlines: 'Главные новости',
    updates: 'Последние события',
    briefs: 'Краткие новости',
  },
  more: 'Ещё новости',
  loadingMore: 'Загрузка следующих новостей…',
  loading: 'Загрузка новостей…',
  empty: 'Новостей пока нет.',
  error: 'Не удалось загрузить новости.',
  errorMore: 'Не удалось загрузить следующие новости.',
  notConfigured: 'Источник новостей не настроен.',
  reasons: {
    network: 'Не удалось связаться с сервером новостей. Проверьте подключение и повторите попытку.',
    timeout: 'Сервер новостей слишком долго не отвечал.',
    server: 'На сервере новостей произошла ошибка (код {{status}}).',
    refused: 'Сервер новостей отклонил запрос (код {{status}}).',
    config: 'Лента новостей настроена неправильно.',
    unknown: 'Произошла непредвиденная ошибка.',
  },
  retry: 'Повторить',
  stale: 'Показано сохранённое содержимое: обновить не удалось.',
  loaded_one: 'Загружена {{count}} новость.',
  loaded_few: 'Загружены {{count}} новости.',
  loaded_many: 'Загружено {{count}} новостей.',
  loaded_other: 'Загружено {{count}} новости.',
  loadedMore_one: 'Загружена ещё {{count}} новость.',
  loadedMore_few: 'Загружены ещё {{count}} новости.',
  loadedMore_many: 'Загружено ещё {{count}} новостей.',
  loadedMore_other: 'Загружено ещё {{count}} новости.',
  publishedOn: 'Опубликовано {{date}}',
} satisfies Translation<NewsFeedStrings>;
